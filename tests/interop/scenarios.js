'use strict';
// The interop scenarios of issue #7. Each runs once per client and key type, against that pair's own fresh account.
// `needs` lists the server endpoints a scenario uses; while one of them is not served yet, the runner skips the
// scenario and says which. Market setup (filters, best prices) is read over plain HTTP, not through the client
// under test, so a failure points at the step the client performed.
const { units, decimalsOf, format, floorTo, ceilTo, scale, multiply } = require('./decimal');

const SYMBOL = 'BTCUSDT';

function check(condition, message, data) {
  if (!condition) {
    const error = new Error(data === undefined ? message : `${message}; got ${JSON.stringify(data, bigIntSafe)}`);
    error.isAssertion = true;
    throw error;
  }
}

function bigIntSafe(_key, value) {
  return typeof value === 'bigint' ? value.toString() : value;
}

const isDecimal = (value) => typeof value === 'string' && /^\d+(\.\d+)?$/.test(value);
const isInteger = (value) => Number.isSafeInteger(value) || typeof value === 'bigint';
const same = (a, b) => units(a) === units(b);

/** The symbol's trading rules and best prices, with helpers to build prices and quantities that pass its filters. */
async function market(ctx) {
  const info = await ctx.raw('GET', `/api/v3/exchangeInfo?symbol=${SYMBOL}`);
  const filters = Object.fromEntries(info.symbols[0].filters.map((filter) => [filter.filterType, filter]));
  const depth = await ctx.raw('GET', `/api/v3/depth?symbol=${SYMBOL}&limit=5`);
  check(depth.bids.length > 0 && depth.asks.length > 0, `the seeded ${SYMBOL} book must have bids and asks`, depth);
  const tick = units(filters.PRICE_FILTER.tickSize);
  const step = units(filters.LOT_SIZE.stepSize);
  const priceDecimals = decimalsOf(filters.PRICE_FILTER.tickSize);
  const quantityDecimals = decimalsOf(filters.LOT_SIZE.stepSize);
  const bestBid = units(depth.bids[0][0]);
  const bestAsk = units(depth.asks[0][0]);
  return {
    filters,
    bestBid,
    bestAsk,
    /** A valid price at numerator/denominator of a reference price, on the tick. */
    price: (reference, numerator, denominator) => format(floorTo(scale(reference, numerator, denominator), tick), priceDecimals),
    /** The smallest valid quantity whose notional at `price` is at least `notional` quote units. */
    quantityFor: (notional, price) => format(ceilTo(scale(units(notional), 100000000, units(price)), step), quantityDecimals),
  };
}

// A resting BUY far below the market: 80 % of the best bid stays inside PERCENT_PRICE_BY_SIDE (multiplier 0.2).
async function placeFarLimitBuy(ctx, m, label) {
  const price = m.price(m.bestBid, 8, 10);
  const quantity = m.quantityFor('10', price);
  const request = { symbol: SYMBOL, side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity, price };
  const order = await ctx.step(label, request, () => ctx.client.newOrder(request));
  check(order.symbol === SYMBOL && isInteger(order.orderId) && order.status === 'NEW', 'a far LIMIT BUY rests as NEW', order);
  check(same(order.price, price) && same(order.origQty, quantity) && same(order.executedQty, '0'),
    `the order echoes price ${price} and quantity ${quantity}, unfilled`, order);
  return { order, request };
}

async function placeMarketBuy(ctx, m) {
  const quantity = m.quantityFor('10', format(m.bestAsk, 8));
  const request = { symbol: SYMBOL, side: 'BUY', type: 'MARKET', quantity, newOrderRespType: 'FULL' };
  const order = await ctx.step('place MARKET BUY', request, () => ctx.client.newOrder(request));
  check(order.status === 'FILLED' && same(order.executedQty, quantity), `a MARKET BUY of ${quantity} fills completely`, order);
  check(Array.isArray(order.fills) && order.fills.length > 0, 'a FULL response lists its fills', order);
  const filled = order.fills.reduce((sum, fill) => sum + units(fill.qty), 0n);
  const quote = order.fills.reduce((sum, fill) => sum + multiply(units(fill.price), units(fill.qty)), 0n);
  check(filled === units(order.executedQty), 'fills add up to executedQty', order);
  check(quote === units(order.cummulativeQuoteQty), 'fills price × qty add up to cummulativeQuoteQty', order);
  return order;
}

async function expectRejection(ctx, label, request, action, code, msg) {
  let answer;
  try {
    answer = await ctx.step(label, request, action);
  } catch (error) {
    check(error.name === 'ClientApiError', `the client must surface Binance's error, not ${error.name}: ${error.message}`);
    check(error.code === code && error.msg === msg,
      `expected code ${code} msg ${JSON.stringify(msg)}, client surfaced code ${error.code} msg ${JSON.stringify(error.msg)}`);
    return;
  }
  check(false, `expected the server to reject with ${code} ${JSON.stringify(msg)}, but it accepted`, answer);
}

const SCENARIOS = [
  {
    name: 'server time',
    needs: ['GET /api/v3/time'],
    async run(ctx) {
      const before = Date.now();
      const answer = await ctx.step('read server time', {}, () => ctx.client.time());
      const after = Date.now();
      check(isInteger(answer.serverTime), 'serverTime is an integer', answer);
      // Same machine, same clock: the server's time lies between the two local readings (1 s slack for rounding).
      check(Number(answer.serverTime) >= before - 1000 && Number(answer.serverTime) <= after + 1000,
        `serverTime within [${before}, ${after}]`, answer);
    },
  },
  {
    name: 'exchangeInfo',
    needs: ['GET /api/v3/exchangeInfo'],
    async run(ctx) {
      const info = await ctx.step('read exchangeInfo', { symbol: SYMBOL }, () => ctx.client.exchangeInfo(SYMBOL));
      check(info.timezone === 'UTC' && isInteger(info.serverTime), 'timezone UTC and a serverTime', info);
      check(info.rateLimits.some((limit) => limit.rateLimitType === 'REQUEST_WEIGHT'), 'a REQUEST_WEIGHT limit', info.rateLimits);
      check(info.symbols.length === 1, `exactly the symbol asked for`, info.symbols.map((s) => s.symbol));
      const symbol = info.symbols[0];
      check(symbol.symbol === SYMBOL && symbol.status === 'TRADING' && symbol.baseAsset === 'BTC' && symbol.quoteAsset === 'USDT',
        `${SYMBOL} is TRADING BTC/USDT`, symbol);
      const types = symbol.filters.map((filter) => filter.filterType);
      check(['PRICE_FILTER', 'LOT_SIZE'].every((type) => types.includes(type)), 'PRICE_FILTER and LOT_SIZE present', types);
      const priceFilter = symbol.filters.find((filter) => filter.filterType === 'PRICE_FILTER');
      check(isDecimal(priceFilter.tickSize) && units(priceFilter.tickSize) > 0n, 'tickSize is a positive decimal string', priceFilter);
    },
  },
  {
    name: 'order book',
    needs: ['GET /api/v3/depth'],
    async run(ctx) {
      const book = await ctx.step('read depth', { symbol: SYMBOL, limit: 10 }, () => ctx.client.depth(SYMBOL, 10));
      check(isInteger(book.lastUpdateId), 'lastUpdateId is an integer', book);
      for (const side of ['bids', 'asks']) {
        const levels = book[side];
        check(Array.isArray(levels) && levels.length > 0 && levels.length <= 10, `1 to 10 ${side} in the seeded book`, book);
        check(levels.every((level) => level.length === 2 && isDecimal(level[0]) && isDecimal(level[1]) && units(level[1]) > 0n),
          `${side} are [price, quantity] decimal strings with quantity > 0`, levels);
        const prices = levels.map((level) => units(level[0]));
        const ordered = prices.every((price, i) => i === 0 || (side === 'bids' ? prices[i - 1] > price : prices[i - 1] < price));
        check(ordered, `${side} strictly ${side === 'bids' ? 'descending' : 'ascending'}`, levels);
      }
      check(units(book.bids[0][0]) < units(book.asks[0][0]), 'best bid below best ask', book);
    },
  },
  {
    name: 'klines',
    needs: ['GET /api/v3/klines'],
    async run(ctx) {
      const request = { symbol: SYMBOL, interval: '1m', limit: 5 };
      const klines = await ctx.step('read klines', request, () => ctx.client.klines(SYMBOL, '1m', 5));
      check(Array.isArray(klines) && klines.length > 0 && klines.length <= 5, '1 to 5 one-minute klines for the seeded market', klines);
      klines.forEach((k, i) => {
        check(k.length === 12 && isInteger(k[0]) && isInteger(k[6]) && isInteger(k[8]), 'a kline is 12 fields with integer times and count', k);
        check(Number(k[0]) % 60000 === 0 && Number(k[6]) === Number(k[0]) + 59999, 'open time on the minute, close time 59999 ms later', k);
        check([1, 2, 3, 4, 5, 7, 9, 10].every((j) => isDecimal(k[j])), 'prices and volumes are decimal strings', k);
        const [open, high, low, close] = [k[1], k[2], k[3], k[4]].map(units);
        check(high >= open && high >= close && low <= open && low <= close, 'high and low bound open and close', k);
        check(i === 0 || Number(k[0]) > Number(klines[i - 1][0]), 'klines in ascending open time', klines);
      });
    },
  },
  {
    name: '24h ticker',
    needs: ['GET /api/v3/ticker/24hr'],
    async run(ctx) {
      const ticker = await ctx.step('read 24h ticker', { symbol: SYMBOL }, () => ctx.client.ticker24h(SYMBOL));
      check(ticker.symbol === SYMBOL, `the ${SYMBOL} ticker`, ticker);
      const decimals = ['weightedAvgPrice', 'prevClosePrice', 'lastPrice', 'bidPrice', 'askPrice', 'openPrice', 'highPrice',
        'lowPrice', 'volume', 'quoteVolume'];
      check(decimals.every((field) => isDecimal(ticker[field])), 'price and volume fields are decimal strings', ticker);
      check(['priceChange', 'priceChangePercent'].every((field) => /^-?\d+(\.\d+)?$/.test(ticker[field])),
        'priceChange and priceChangePercent are signed decimal strings', ticker);
      check(isInteger(ticker.openTime) && isInteger(ticker.closeTime) && Number(ticker.openTime) < Number(ticker.closeTime)
        && isInteger(ticker.count), 'openTime < closeTime and an integer count', ticker);
      check(units(ticker.lowPrice) <= units(ticker.highPrice), 'lowPrice ≤ highPrice', ticker);
      // Trade ids are consecutive per symbol, so the window's count is lastId - firstId + 1 (-1/-1/0 when empty).
      const expectedCount = Number(ticker.firstId) < 0 ? 0 : Number(ticker.lastId) - Number(ticker.firstId) + 1;
      check(Number(ticker.count) === expectedCount, `count is lastId - firstId + 1 = ${expectedCount}`, ticker);
    },
  },
  {
    name: 'account balances',
    needs: ['GET /api/v3/account'],
    async run(ctx) {
      const account = await ctx.step('read account', {}, () => ctx.client.account());
      check(account.accountType === 'SPOT' && account.canTrade === true, 'a SPOT account that can trade', account);
      check(Array.isArray(account.balances) && account.balances.every((b) => isDecimal(b.free) && isDecimal(b.locked)),
        'balances with decimal free and locked', account.balances);
      const operator = await ctx.raw('GET', `/admin/v1/accounts/${ctx.accountId}`, undefined, true);
      const expected = operator.balances.filter((b) => units(b.free) > 0n || units(b.locked) > 0n);
      check(expected.length > 0, 'the operator API shows the granted balances', operator);
      for (const balance of expected) {
        const seen = account.balances.find((b) => b.asset === balance.asset);
        check(seen !== undefined && same(seen.free, balance.free) && same(seen.locked, balance.locked),
          `${balance.asset} free ${balance.free} locked ${balance.locked} as the operator API says`, seen || account.balances);
      }
    },
  },
  {
    name: 'LIMIT order far from the market, queried and cancelled',
    needs: ['GET /api/v3/exchangeInfo', 'GET /api/v3/depth', 'GET /api/v3/account', 'POST /api/v3/order', 'GET /api/v3/order', 'DELETE /api/v3/order'],
    async run(ctx) {
      const m = await market(ctx);
      const lockedUsdt = async (label) => {
        const account = await ctx.step(label, {}, () => ctx.client.account());
        const usdt = account.balances.find((b) => b.asset === 'USDT');
        check(usdt !== undefined, 'the account lists USDT', account.balances);
        return units(usdt.locked);
      };
      const lockedBefore = await lockedUsdt('read account before the order');
      const { order } = await placeFarLimitBuy(ctx, m, 'place far LIMIT BUY');
      const reserved = multiply(units(order.price), units(order.origQty));
      const lockedWhileOpen = await lockedUsdt('read account while the order rests');
      check(lockedWhileOpen - lockedBefore === reserved, `the BUY locks price × quantity = ${format(reserved, 8)} USDT`,
        { lockedBefore: format(lockedBefore, 8), lockedWhileOpen: format(lockedWhileOpen, 8) });
      const query = { symbol: SYMBOL, orderId: order.orderId };
      const queried = await ctx.step('query the order', query, () => ctx.client.getOrder(query));
      check(queried.orderId === order.orderId && queried.status === 'NEW' && queried.clientOrderId === order.clientOrderId,
        'the query finds the same NEW order', queried);
      const cancelled = await ctx.step('cancel the order', query, () => ctx.client.cancelOrder(query));
      check(cancelled.orderId === order.orderId && cancelled.status === 'CANCELED', 'the cancel answers CANCELED', cancelled);
      const after = await ctx.step('query the cancelled order', query, () => ctx.client.getOrder(query));
      check(after.status === 'CANCELED', 'the order stays CANCELED', after);
      check(await lockedUsdt('read account after the cancel') === lockedBefore, 'the cancel releases the locked USDT');
    },
  },
  {
    name: 'MARKET order fills against the seeded market',
    needs: ['GET /api/v3/exchangeInfo', 'GET /api/v3/depth', 'POST /api/v3/order', 'GET /api/v3/account'],
    async run(ctx) {
      const m = await market(ctx);
      const free = async (label) => {
        const account = await ctx.step(label, {}, () => ctx.client.account());
        return (asset) => units((account.balances.find((b) => b.asset === asset) || { free: '0' }).free);
      };
      const before = await free('read account before the order');
      const order = await placeMarketBuy(ctx, m);
      const after = await free('read account after the fill');
      const commission = (asset) => order.fills.filter((f) => f.commissionAsset === asset).reduce((sum, f) => sum + units(f.commission), 0n);
      check(after('BTC') - before('BTC') === units(order.executedQty) - commission('BTC'), 'BTC grows by executedQty less BTC commission',
        { before: format(before('BTC'), 8), after: format(after('BTC'), 8), order });
      check(before('USDT') - after('USDT') === units(order.cummulativeQuoteQty) + commission('USDT'),
        'USDT shrinks by cummulativeQuoteQty plus USDT commission', { before: format(before('USDT'), 8), after: format(after('USDT'), 8), order });
    },
  },
  {
    name: 'myTrades shows the MARKET fill',
    needs: ['GET /api/v3/exchangeInfo', 'GET /api/v3/depth', 'POST /api/v3/order', 'GET /api/v3/myTrades'],
    async run(ctx) {
      const order = await placeMarketBuy(ctx, await market(ctx));
      const query = { symbol: SYMBOL, orderId: order.orderId };
      const trades = await ctx.step('read myTrades for the order', query, () => ctx.client.myTrades(query));
      check(Array.isArray(trades) && trades.length === order.fills.length, `one trade per fill (${order.fills.length})`, trades);
      check(trades.every((t) => t.orderId === order.orderId && t.symbol === SYMBOL && t.isBuyer === true),
        'every trade is this BUY order', trades);
      const fillIds = order.fills.map((fill) => String(fill.tradeId)).sort();
      check(JSON.stringify(trades.map((t) => String(t.id)).sort()) === JSON.stringify(fillIds), 'trade ids are the fills\' tradeIds', trades);
      check(trades.reduce((sum, t) => sum + units(t.qty), 0n) === units(order.executedQty), 'trade quantities add up to executedQty', trades);
    },
  },
  {
    name: 'OCO order list placed and cancelled',
    needs: ['GET /api/v3/exchangeInfo', 'GET /api/v3/depth', 'POST /api/v3/orderList/oco', 'DELETE /api/v3/orderList'],
    async run(ctx) {
      const m = await market(ctx);
      // SELL OCO around the market: a LIMIT_MAKER 20 % above the best ask and a stop 20 % below the best bid.
      const abovePrice = m.price(m.bestAsk, 12, 10);
      const belowStopPrice = m.price(m.bestBid, 8, 10);
      const belowPrice = m.price(m.bestBid, 79, 100);
      const quantity = m.quantityFor('10', belowPrice);
      const request = {
        symbol: SYMBOL, side: 'SELL', quantity, aboveType: 'LIMIT_MAKER', abovePrice,
        belowType: 'STOP_LOSS_LIMIT', belowStopPrice, belowPrice, belowTimeInForce: 'GTC',
      };
      const list = await ctx.step('place OCO SELL', request, () => ctx.client.ocoOrderList(request));
      check(list.contingencyType === 'OCO' && list.listStatusType === 'EXEC_STARTED' && list.listOrderStatus === 'EXECUTING',
        'the OCO list is EXEC_STARTED / EXECUTING', list);
      check(list.orders.length === 2 && list.orderReports.length === 2, 'two orders in the list', list);
      const types = list.orderReports.map((report) => report.type).sort();
      check(JSON.stringify(types) === JSON.stringify(['LIMIT_MAKER', 'STOP_LOSS_LIMIT']), 'a LIMIT_MAKER and a STOP_LOSS_LIMIT', list);
      const cancel = { symbol: SYMBOL, orderListId: list.orderListId };
      const cancelled = await ctx.step('cancel the OCO list', cancel, () => ctx.client.cancelOrderList(cancel));
      check(cancelled.orderListId === list.orderListId && cancelled.listStatusType === 'ALL_DONE' && cancelled.listOrderStatus === 'ALL_DONE',
        'the cancelled list is ALL_DONE', cancelled);
      check(cancelled.orderReports.length === 2 && cancelled.orderReports.every((report) => report.status === 'CANCELED'),
        'both orders CANCELED', cancelled);
    },
  },
  {
    name: 'cancel-replace',
    needs: ['GET /api/v3/exchangeInfo', 'GET /api/v3/depth', 'POST /api/v3/order', 'POST /api/v3/order/cancelReplace', 'DELETE /api/v3/order'],
    async run(ctx) {
      const m = await market(ctx);
      const { order, request: original } = await placeFarLimitBuy(ctx, m, 'place far LIMIT BUY');
      const newPrice = m.price(m.bestBid, 75, 100);
      const request = { ...original, price: newPrice, cancelReplaceMode: 'STOP_ON_FAILURE', cancelOrderId: order.orderId };
      const answer = await ctx.step('cancel-replace it at a lower price', request, () => ctx.client.cancelReplace(request));
      check(answer.cancelResult === 'SUCCESS' && answer.newOrderResult === 'SUCCESS', 'cancel and new order both SUCCESS', answer);
      check(answer.cancelResponse.orderId === order.orderId && answer.cancelResponse.status === 'CANCELED', 'the original is CANCELED', answer);
      const replacement = answer.newOrderResponse;
      check(replacement.status === 'NEW' && same(replacement.price, newPrice) && replacement.orderId !== order.orderId,
        `a new NEW order at ${newPrice}`, answer);
      const cleanup = { symbol: SYMBOL, orderId: replacement.orderId };
      const cancelled = await ctx.step('cancel the replacement', cleanup, () => ctx.client.cancelOrder(cleanup));
      check(cancelled.status === 'CANCELED', 'the replacement cancels', cancelled);
    },
  },
  {
    name: 'signed read: unfilled order count',
    needs: ['GET /api/v3/rateLimit/order'],
    async run(ctx) {
      const counts = await ctx.step('read the unfilled order count', {}, () => ctx.client.unfilledOrderCount());
      check(Array.isArray(counts) && counts.length > 0, 'one entry per ORDERS interval', counts);
      check(counts.every((c) => c.rateLimitType === 'ORDERS' && typeof c.interval === 'string' && isInteger(c.intervalNum)
        && isInteger(c.limit) && isInteger(c.count) && c.count >= 0 && c.count <= c.limit), 'ORDERS limits with a count', counts);
      const info = await ctx.raw('GET', '/api/v3/exchangeInfo');
      const declared = info.rateLimits.filter((limit) => limit.rateLimitType === 'ORDERS')
        .map((limit) => `${limit.interval}/${limit.intervalNum}/${limit.limit}`).sort();
      check(JSON.stringify(counts.map((c) => `${c.interval}/${c.intervalNum}/${c.limit}`).sort()) === JSON.stringify(declared),
        `the intervals exchangeInfo declares: ${declared.join(', ')}`, counts);
    },
  },
  {
    name: 'rejected: bad signature on a signed read',
    needs: ['GET /api/v3/rateLimit/order'],
    async run(ctx) {
      // The right API key with a secret (HMAC) or private key (RSA, Ed25519) that does not belong to it.
      const impostor = ctx.clientWith(ctx.wrongCredentials());
      await expectRejection(ctx, 'read the unfilled order count with a wrong signing key', {}, () => impostor.unfilledOrderCount(),
        -1022, 'Signature for this request is not valid.');
    },
  },
  {
    name: 'rejected: bad signature on an order',
    needs: ['POST /api/v3/order'],
    async run(ctx) {
      const impostor = ctx.clientWith(ctx.wrongCredentials());
      const request = { symbol: SYMBOL, side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.0002', price: '50000.00' };
      await expectRejection(ctx, 'place an order with a wrong signing key', request, () => impostor.newOrder(request),
        -1022, 'Signature for this request is not valid.');
    },
  },
  {
    name: 'rejected: too much precision',
    needs: ['POST /api/v3/order'],
    async run(ctx) {
      // Nine decimals: -1111 is a parameter error, raised before any filter or balance check.
      const request = { symbol: SYMBOL, side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.000100001', price: '50000.00' };
      await expectRejection(ctx, 'place an order with a 9-decimal quantity', request, () => ctx.client.newOrder(request),
        -1111, "Parameter 'quantity' has too much precision.");
    },
  },
  {
    name: 'rejected: filter failure',
    needs: ['GET /api/v3/exchangeInfo', 'GET /api/v3/depth', 'POST /api/v3/order'],
    async run(ctx) {
      const m = await market(ctx);
      const onTick = m.price(m.bestBid, 8, 10);
      const tick = units(m.filters.PRICE_FILTER.tickSize);
      // Half a tick off the grid, with one more decimal than the tick allows.
      const price = format(units(onTick) + tick / 2n, decimalsOf(m.filters.PRICE_FILTER.tickSize) + 1);
      const request = { symbol: SYMBOL, side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: m.quantityFor('10', onTick), price };
      await expectRejection(ctx, 'place an order off the tick size', request, () => ctx.client.newOrder(request),
        -1013, 'Filter failure: PRICE_FILTER');
    },
  },
  {
    name: 'rejected: insufficient balance',
    needs: ['GET /api/v3/exchangeInfo', 'GET /api/v3/depth', 'POST /api/v3/order'],
    async run(ctx) {
      const m = await market(ctx);
      const price = m.price(m.bestBid, 9, 10);
      const operator = await ctx.raw('GET', `/admin/v1/accounts/${ctx.accountId}`, undefined, true);
      const usdt = operator.balances.find((b) => b.asset === 'USDT');
      check(usdt !== undefined, 'the account holds USDT', operator);
      // Twice the free USDT as notional (the default grant of 10000 USDT keeps this inside NOTIONAL's maximum).
      const notional = format(units(usdt.free) * 2n, 8);
      const request = { symbol: SYMBOL, side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: m.quantityFor(notional, price), price };
      await expectRejection(ctx, 'place an order worth twice the USDT balance', request, () => ctx.client.newOrder(request),
        -2010, 'Account has insufficient balance for requested action.');
    },
  },
  {
    name: 'ccxt unified API: markets, balance, book, candles, an edited order and a market order with its trades',
    ccxtOnly: true,
    needs: ['GET /api/v3/exchangeInfo', 'GET /api/v3/depth', 'GET /api/v3/klines', 'GET /api/v3/account', 'POST /api/v3/order',
      'GET /api/v3/openOrders', 'POST /api/v3/order/cancelReplace', 'GET /api/v3/order', 'DELETE /api/v3/order', 'GET /api/v3/myTrades'],
    async run(ctx) {
      const exchange = ctx.client.unified;
      const unified = 'BTC/USDT';
      const m = await market(ctx);
      // ccxt reads every symbol of exchangeInfo into its markets, the filters into precision and limits (as numbers).
      const markets = await ctx.step('load markets', {}, () => exchange.loadMarkets());
      const btc = markets[unified];
      check(btc && btc.id === SYMBOL && btc.spot === true && btc.active === true, `${unified} is an active spot market with id ${SYMBOL}`, btc);
      check(btc.precision.price === Number(m.filters.PRICE_FILTER.tickSize) && btc.precision.amount === Number(m.filters.LOT_SIZE.stepSize)
        && btc.limits.amount.min === Number(m.filters.LOT_SIZE.minQty), 'precision and amount limits are the tick size and lot size', btc);

      const balance = await ctx.step('fetch balance', {}, () => exchange.fetchBalance());
      const operator = await ctx.raw('GET', `/admin/v1/accounts/${ctx.accountId}`, undefined, true);
      const usdt = operator.balances.find((b) => b.asset === 'USDT');
      check(balance.USDT && balance.USDT.free === Number(usdt.free) && balance.USDT.used === Number(usdt.locked),
        `USDT free ${usdt.free} and used ${usdt.locked} as the operator API says`, balance.USDT);

      const book = await ctx.step('fetch order book', { limit: 5 }, () => exchange.fetchOrderBook(unified, 5));
      check(book.bids.length > 0 && book.asks.length > 0 && book.bids[0][0] < book.asks[0][0]
        && book.bids.every((level, i) => i === 0 || book.bids[i - 1][0] > level[0]), 'bids below asks, bids descending', book);

      const candles = await ctx.step('fetch OHLCV', { timeframe: '1m', limit: 3 }, () => exchange.fetchOHLCV(unified, '1m', undefined, 3));
      check(candles.length > 0 && candles.length <= 3 && candles.every((c) => c.length === 6 && c[0] % 60000 === 0 && c[2] >= c[3]),
        '1 to 3 one-minute candles [time, open, high, low, close, volume]', candles);

      const price = m.price(m.bestBid, 8, 10);
      const amount = Number(m.quantityFor('10', price));
      const order = await ctx.step('create a far limit buy', { amount, price }, () => exchange.createOrder(unified, 'limit', 'buy', amount, Number(price)));
      check(order.status === 'open' && order.price === Number(price) && order.amount === amount && order.filled === 0
        && typeof order.clientOrderId === 'string', 'an open limit buy with its price, amount and client order id', order);
      const open = await ctx.step('fetch open orders', {}, () => exchange.fetchOpenOrders(unified));
      check(open.some((o) => o.id === order.id && o.status === 'open'), 'the open orders list it', open.map((o) => [o.id, o.status]));

      // editOrder on a spot market is a cancel-replace: a new order id, the old order canceled.
      const newPrice = m.price(m.bestBid, 75, 100);
      const edited = await ctx.step('edit its price', { id: order.id, newPrice }, () => exchange.editOrder(order.id, unified, 'limit', 'buy', amount, Number(newPrice)));
      check(edited.id !== order.id && edited.status === 'open' && edited.price === Number(newPrice), `a new open order at ${newPrice}`, edited);
      const old = await ctx.step('fetch the replaced order', { id: order.id }, () => exchange.fetchOrder(order.id, unified));
      check(old.status === 'canceled', 'the replaced order is canceled', old);
      const canceled = await ctx.step('cancel the new order', { id: edited.id }, () => exchange.cancelOrder(edited.id, unified));
      check(canceled.id === edited.id && canceled.status === 'canceled', 'the cancel answers canceled', canceled);

      const marketAmount = Number(m.quantityFor('10', format(m.bestAsk, 8)));
      const bought = await ctx.step('create a market buy', { amount: marketAmount }, () => exchange.createOrder(unified, 'market', 'buy', marketAmount));
      check(bought.status === 'closed' && bought.filled === marketAmount && bought.remaining === 0, `a closed market buy of ${marketAmount}`, bought);
      const trades = await ctx.step('fetch its trades', { orderId: bought.id },
        () => exchange.fetchMyTrades(unified, undefined, undefined, { orderId: bought.id }));
      const filled = trades.reduce((sum, trade) => sum + trade.amount, 0);
      check(trades.length > 0 && trades.every((trade) => trade.order === bought.id && trade.side === 'buy' && trade.symbol === unified)
        && Math.abs(filled - marketAmount) < 1e-9, 'its trades add up to the filled amount', trades.map((t) => [t.id, t.order, t.amount]));
    },
  },
  {
    name: 'ccxt unified API: postOnly, IOC, FOK, a market buy by cost, a client order id and a stop-limit order',
    ccxtOnly: true,
    needs: ['GET /api/v3/exchangeInfo', 'GET /api/v3/depth', 'POST /api/v3/order', 'GET /api/v3/order', 'DELETE /api/v3/order',
      'DELETE /api/v3/openOrders'],
    async run(ctx) {
      const exchange = ctx.client.unified;
      const unified = 'BTC/USDT';
      const m = await market(ctx);
      await ctx.step('load markets', {}, () => exchange.loadMarkets());
      const price = Number(m.price(m.bestBid, 8, 10));
      const amount = Number(m.quantityFor('10', String(price)));

      // postOnly is Binance's LIMIT_MAKER; IOC and FOK far below the market expire without a fill.
      const maker = await ctx.step('create a postOnly buy', { amount, price }, () => exchange.createOrder(unified, 'limit', 'buy', amount, price, { postOnly: true }));
      check(maker.status === 'open' && maker.postOnly === true && maker.info.type === 'LIMIT_MAKER', 'an open LIMIT_MAKER', maker.info);
      for (const timeInForce of ['IOC', 'FOK']) {
        const order = await ctx.step(`create an ${timeInForce} buy`, { amount, price, timeInForce },
          () => exchange.createOrder(unified, 'limit', 'buy', amount, price, { timeInForce }));
        check(order.status === 'expired' && order.filled === 0 && order.timeInForce === timeInForce, `the ${timeInForce} order expires unfilled`, order.info);
      }

      // A market buy by cost is Binance's quoteOrderQty: it spends at most that much quote.
      const bought = await ctx.step('create a market buy for 20 USDT', { cost: 20 }, () => exchange.createMarketBuyOrderWithCost(unified, 20));
      check(bought.status === 'closed' && bought.cost > 0 && bought.cost <= 20 && bought.filled > 0 && bought.info.origQuoteOrderQty !== undefined
        && same(bought.info.origQuoteOrderQty, '20'), 'a filled market buy of at most 20 USDT', bought.info);

      // An order found and canceled by the client order id ccxt was given (Binance's newClientOrderId / origClientOrderId).
      const clientOrderId = `ccxt-${ctx.accountId}`;
      const named = await ctx.step('create a buy with a client order id', { clientOrderId },
        () => exchange.createOrder(unified, 'limit', 'buy', amount, price, { clientOrderId }));
      check(named.clientOrderId === clientOrderId, 'the order carries the client order id', named.info);
      const found = await ctx.step('fetch it by client order id', { clientOrderId },
        () => exchange.fetchOrder(undefined, unified, { origClientOrderId: clientOrderId }));
      check(found.id === named.id && found.status === 'open', 'the same open order', found.info);
      const gone = await ctx.step('cancel it by client order id', { clientOrderId },
        () => exchange.cancelOrder(undefined, unified, { origClientOrderId: clientOrderId }));
      check(gone.id === named.id && gone.status === 'canceled' && gone.info.origClientOrderId === clientOrderId, 'canceled, its id named as the original', gone.info);

      // A stop-limit sell below the market waits untriggered; cancelAllOrders takes it and the maker order.
      const stopPrice = Number(m.price(m.bestBid, 9, 10));
      const stop = await ctx.step('create a stop-limit sell', { stopPrice }, () => exchange.createOrder(unified, 'STOP_LOSS_LIMIT', 'sell', amount, price, { stopPrice }));
      check(stop.status === 'open' && stop.triggerPrice === stopPrice && stop.info.type === 'STOP_LOSS_LIMIT', 'an open STOP_LOSS_LIMIT with its trigger price', stop.info);
      const canceled = await ctx.step('cancel all orders', {}, () => exchange.cancelAllOrders(unified));
      const ids = canceled.map((order) => order.id).sort();
      check(JSON.stringify(ids) === JSON.stringify([maker.id, stop.id].sort()) && canceled.every((order) => order.status === 'canceled'),
        'the maker and the stop order are canceled', canceled.map((order) => [order.id, order.status]));
    },
  },
];

module.exports = { SCENARIOS };
