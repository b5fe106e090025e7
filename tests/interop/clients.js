'use strict';
// One adapter per third-party client, each built only from the client's public options (base URL override, keys,
// timeouts), exposing the same operations so that every scenario runs unchanged against both clients. Prices and
// quantities are passed as the client's typings ask: `binance` takes decimal strings, `@binance/spot` numbers.
const { MainClient } = require('binance');
const { Spot } = require('@binance/spot');

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

const CLIENTS = [
  { name: 'binance@3.6.5', create: binanceClient },
  { name: '@binance/spot@32.0.4', create: spotClient },
];

module.exports = { CLIENTS, ClientApiError };
