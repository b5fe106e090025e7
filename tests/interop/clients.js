'use strict';
// One adapter per third-party client, each built only from the client's public options (base URL override, keys,
// timeouts), exposing the same operations so that every scenario runs unchanged against every client. Prices and
// quantities are passed as the client's typings ask: `binance` takes decimal strings, `@binance/spot` numbers.
const { MainClient } = require('binance');
const { Spot } = require('@binance/spot');
const ccxt = require('ccxt');

const REQUEST_TIMEOUT_MS = 10000;

/** The error a client surfaced, reduced to Binance's { code, msg } plus what helps a failure report. */
class ClientApiError extends Error {
  constructor(code, msg, detail) {
    super(`client surfaced code=${code} msg=${JSON.stringify(msg)}`);
    this.name = 'ClientApiError';
    this.code = code;
    this.msg = msg;
    this.detail = detail;
  }
}

function binanceClient(baseUrl, credentials) {
  const client = new MainClient(
    // Keep disableTimeSync at its default (true): time sync would call getServerTime(), which ignores baseUrl and
    // targets api.binance.com (sdk-anchors.md §4a). The loopback guard would refuse it, but it must never be tried.
    { api_key: credentials.apiKey, api_secret: credentials.secret, baseUrl },
    { timeout: REQUEST_TIMEOUT_MS },
  );
  const call = async (promise) => {
    try {
      return await promise;
    } catch (error) {
      // The client rejects with { code, message, body, requestUrl } when the server answered with an error.
      if (error && typeof error === 'object' && 'body' in error && 'requestUrl' in error) {
        throw new ClientApiError(error.code, error.message, { status: error.headers && error.headers.status, body: error.body, requestUrl: error.requestUrl });
      }
      throw error;
    }
  };
  return {
    // Workaround for the client's own bug: getServerTime() ignores baseUrl (it rebuilds the URL without options), so
    // the server time is read with the client's public generic get(), which does honour baseUrl.
    time: () => call(client.get('api/v3/time')),
    exchangeInfo: (symbol) => call(client.getExchangeInfo({ symbol })),
    depth: (symbol, limit) => call(client.getOrderBook({ symbol, limit })),
    klines: (symbol, interval, limit) => call(client.getKlines({ symbol, interval, limit })),
    ticker24h: (symbol) => call(client.get24hrChangeStatistics({ symbol })),
    account: () => call(client.getAccountInformation()),
    unfilledOrderCount: () => call(client.getOrderRateLimit()),
    newOrder: (params) => call(client.submitNewOrder(params)),
    getOrder: (params) => call(client.getOrder(params)),
    cancelOrder: (params) => call(client.cancelOrder(params)),
    myTrades: (params) => call(client.getAccountTradeList(params)),
    ocoOrderList: (params) => call(client.submitNewOrderList(params)),
    cancelOrderList: (params) => call(client.cancelOCO(params)),
    cancelReplace: (params) => call(client.replaceOrder(params)),
  };
}

// Decimal-string parameters of the operations above, converted to numbers for @binance/spot's typings.
const NUMERIC_PARAMETERS = new Set([
  'quantity', 'quoteOrderQty', 'price', 'stopPrice', 'abovePrice', 'aboveStopPrice', 'belowPrice', 'belowStopPrice',
]);

function toSpotParams(params) {
  const converted = {};
  for (const [name, value] of Object.entries(params)) {
    converted[name] = NUMERIC_PARAMETERS.has(name) && typeof value === 'string' ? Number(value) : value;
  }
  return converted;
}

function spotClient(baseUrl, credentials) {
  const key = credentials.type === 'HMAC'
    ? { apiSecret: credentials.secret }
    : { privateKey: credentials.secret };
  const { restAPI } = new Spot({
    configurationRestAPI: {
      apiKey: credentials.apiKey,
      ...key,
      basePath: baseUrl,
      timeout: REQUEST_TIMEOUT_MS,
      // The connector retries failed GET/DELETE requests three times by default; a retry would hide the server's
      // first answer, so every request is sent exactly once.
      retries: 0,
    },
  });
  const call = async (promise) => {
    let response;
    try {
      response = await promise;
    } catch (error) {
      // The connector throws BadRequestError/UnauthorizedError/... carrying Binance's msg as message and code as code.
      if (error && typeof error.code === 'number' && error.constructor && /Error$/.test(error.constructor.name)
          && error.constructor.name !== 'Error') {
        throw new ClientApiError(error.code, error.message, { errorClass: error.constructor.name });
      }
      throw error;
    }
    return response.data();
  };
  return {
    time: () => call(restAPI.time()),
    exchangeInfo: (symbol) => call(restAPI.exchangeInfo({ symbol })),
    depth: (symbol, limit) => call(restAPI.depth({ symbol, limit })),
    klines: (symbol, interval, limit) => call(restAPI.klines({ symbol, interval, limit })),
    ticker24h: (symbol) => call(restAPI.ticker24hr({ symbol })),
    account: () => call(restAPI.getAccount()),
    unfilledOrderCount: () => call(restAPI.rateLimitOrder()),
    newOrder: (params) => call(restAPI.newOrder(toSpotParams(params))),
    getOrder: (params) => call(restAPI.getOrder(params)),
    cancelOrder: (params) => call(restAPI.deleteOrder(params)),
    myTrades: (params) => call(restAPI.myTrades(params)),
    ocoOrderList: (params) => call(restAPI.orderListOco(toSpotParams(params))),
    cancelOrderList: (params) => call(restAPI.deleteOrderList(params)),
    cancelReplace: (params) => call(restAPI.orderCancelReplace(toSpotParams(params))),
  };
}

// ccxt as a bot written for Binance's Spot testnet configures it: sandbox mode (the testnet's URLs, no margin or
// futures calls), spot markets only, then the testnet's spot URLs replaced by Spotnet's. The shared operations go
// through ccxt's unified methods where those keep Binance's answer (`info`), so ccxt's own parsing of it runs too, and
// through its implicit API methods (Binance's endpoints and parameters as they are) where a unified method would
// round the quantities or answer in its own shape; `ccxtOnly` scenarios drive the unified API itself.
function ccxtClient(baseUrl, credentials) {
  const exchange = new ccxt.binance({
    apiKey: credentials.apiKey,
    // HMAC secret, or the PEM private key: ccxt signs with RSA or Ed25519 when the secret is a private key.
    secret: credentials.secret,
    timeout: REQUEST_TIMEOUT_MS,
    enableRateLimit: false,
    enableLastJsonResponse: true,
    options: { defaultType: 'spot', fetchMarkets: { types: ['spot'] }, adjustForTimeDifference: false },
  });
  exchange.setSandboxMode(true);
  exchange.urls.api.public = `${baseUrl}/api/v3`;
  exchange.urls.api.private = `${baseUrl}/api/v3`;
  exchange.urls.api.v1 = `${baseUrl}/api/v1`;
  const call = async (action) => {
    // Cleared first, so that an error ccxt raises without asking the server never shows an earlier answer's code.
    exchange.last_json_response = undefined;
    try {
      return await action();
    } catch (error) {
      // ccxt throws its own error classes; Binance's { code, msg } is the JSON body it last received.
      const body = exchange.last_json_response;
      if (error instanceof ccxt.ExchangeError && body && typeof body.code === 'number') {
        throw new ClientApiError(body.code, body.msg, { errorClass: error.constructor.name, message: error.message });
      }
      throw error;
    }
  };
  const symbolOf = async (id) => {
    await exchange.loadMarkets();
    return exchange.safeSymbol(id);
  };
  return {
    unified: exchange,
    time: () => call(async () => ({ serverTime: await exchange.fetchTime() })),
    exchangeInfo: (symbol) => call(() => exchange.publicGetExchangeInfo({ symbol })),
    depth: (symbol, limit) => call(() => exchange.publicGetDepth({ symbol, limit })),
    klines: (symbol, interval, limit) => call(() => exchange.publicGetKlines({ symbol, interval, limit })),
    ticker24h: (symbol) => call(async () => (await exchange.fetchTicker(await symbolOf(symbol))).info),
    account: () => call(async () => (await exchange.fetchBalance()).info),
    unfilledOrderCount: () => call(() => exchange.privateGetRateLimitOrder()),
    newOrder: (params) => call(() => exchange.privatePostOrder(params)),
    getOrder: ({ symbol, orderId }) => call(async () => (await exchange.fetchOrder(String(orderId), await symbolOf(symbol))).info),
    cancelOrder: ({ symbol, orderId }) => call(async () => (await exchange.cancelOrder(String(orderId), await symbolOf(symbol))).info),
    myTrades: ({ symbol, ...params }) => call(async () => (await exchange.fetchMyTrades(await symbolOf(symbol), undefined, undefined, params))
      .map((trade) => trade.info)),
    ocoOrderList: (params) => call(() => exchange.privatePostOrderListOco(params)),
    cancelOrderList: (params) => call(() => exchange.privateDeleteOrderList(params)),
    cancelReplace: (params) => call(() => exchange.privatePostOrderCancelReplace(params)),
  };
}

const CLIENTS = [
  { name: 'binance@3.6.5', create: binanceClient },
  { name: '@binance/spot@32.0.4', create: spotClient },
  { name: 'ccxt@4.5.84', create: ccxtClient, ccxt: true },
];

module.exports = { CLIENTS, ClientApiError };
