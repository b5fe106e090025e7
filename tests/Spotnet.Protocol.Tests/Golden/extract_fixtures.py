#!/usr/bin/env python3
"""Extracts the JSON response examples of Binance's testnet docs into golden fixtures.

Usage: python3 extract_fixtures.py [path to binance-spot-api-docs/testnet]
Writes Fixtures/<group>/<name>.json, Fixtures/index.json (fixture -> SpotJsonContext property) and Fixtures/README.md.
Only comments and trailing commas are stripped automatically; every other change is an explicit EDIT below, with its reason.
"""
import json, os, re, sys

DOCS = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/reference/binance-spot-api-docs/testnet'
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'Fixtures')

WS = 'WebSocketResponse'
def ws(t): return WS + t

# (doc file, line of the opening fence, fixture name, SpotJsonContext property)
FIXTURES = [
    ('rest-api.md', 116, 'rest/error', 'ErrorResponse'),
    ('rest-api.md', 737, 'rest/ping', 'EmptyResponse'),
    ('rest-api.md', 757, 'rest/time', 'ServerTime'),
    ('rest-api.md', 803, 'rest/exchangeInfo', 'ExchangeInfo'),
    ('rest-api.md', 900, 'rest/executionRules', 'ExecutionRules'),
    ('rest-api.md', 947, 'rest/depth', 'OrderBook'),
    ('rest-api.md', 981, 'rest/trades', 'IReadOnlyListTrade'),
    ('rest-api.md', 1016, 'rest/historicalTrades', 'IReadOnlyListTrade'),
    ('rest-api.md', 1054, 'rest/historicalBlockTrades', 'IReadOnlyListTrade'),
    ('rest-api.md', 1092, 'rest/aggTrades', 'IReadOnlyListAggregateTrade'),
    ('rest-api.md', 1154, 'rest/klines', 'IReadOnlyListKline'),
    ('rest-api.md', 1207, 'rest/uiKlines', 'IReadOnlyListKline'),
    ('rest-api.md', 1245, 'rest/avgPrice', 'AveragePrice'),
    ('rest-api.md', 1347, 'rest/ticker-24hr-full', 'Ticker24Hour'),
    ('rest-api.md', 1373, 'rest/ticker-24hr-full-list', 'IReadOnlyListTicker24Hour'),
    ('rest-api.md', 1403, 'rest/ticker-24hr-mini', 'MiniTicker'),
    ('rest-api.md', 1422, 'rest/ticker-24hr-mini-list', 'IReadOnlyListMiniTicker'),
    ('rest-api.md', 1519, 'rest/ticker-tradingDay-full', 'WindowTicker'),
    ('rest-api.md', 1541, 'rest/ticker-tradingDay-full-list', 'IReadOnlyListWindowTicker'),
    ('rest-api.md', 1584, 'rest/ticker-tradingDay-mini', 'MiniTicker'),
    ('rest-api.md', 1603, 'rest/ticker-tradingDay-mini-list', 'IReadOnlyListMiniTicker'),
    ('rest-api.md', 1711, 'rest/ticker-price', 'PriceTicker'),
    ('rest-api.md', 1718, 'rest/ticker-price-list', 'IReadOnlyListPriceTicker'),
    ('rest-api.md', 1807, 'rest/ticker-bookTicker', 'BookTicker'),
    ('rest-api.md', 1817, 'rest/ticker-bookTicker-list', 'IReadOnlyListBookTicker'),
    ('rest-api.md', 1900, 'rest/ticker-rolling-full', 'WindowTicker'),
    ('rest-api.md', 1923, 'rest/ticker-rolling-full-list', 'IReadOnlyListWindowTicker'),
    ('rest-api.md', 1966, 'rest/ticker-rolling-mini', 'MiniTicker'),
    ('rest-api.md', 1987, 'rest/ticker-rolling-mini-list', 'IReadOnlyListMiniTicker'),
    ('rest-api.md', 2040, 'rest/referencePrice', 'ReferencePrice'),
    ('rest-api.md', 2050, 'rest/referencePrice-unset', 'ReferencePrice'),
    ('rest-api.md', 2060, 'rest/referencePrice-never-set', 'ErrorResponse'),
    ('rest-api.md', 2090, 'rest/referencePrice-calculation-none', 'ErrorResponse'),
    ('rest-api.md', 2099, 'rest/referencePrice-calculation-arithmetic', 'ReferencePriceCalculation'),
    ('rest-api.md', 2110, 'rest/referencePrice-calculation-external', 'ReferencePriceCalculation'),
    ('rest-api.md', 2196, 'rest/order-ack', 'NewOrderResponse'),
    ('rest-api.md', 2207, 'rest/order-result', 'NewOrderResponse'),
    ('rest-api.md', 2229, 'rest/order-full', 'NewOrderResponse'),
    ('rest-api.md', 2344, 'rest/order-test', 'EmptyResponse'),
    ('rest-api.md', 2350, 'rest/order-test-commission', 'TestOrderCommission'),
    ('rest-api.md', 2401, 'rest/order-query', 'Order'),
    ('rest-api.md', 2457, 'rest/order-cancel', 'CanceledOrder'),
    ('rest-api.md', 2487, 'rest/order-cancel-restrictions-invalid', 'ErrorResponse'),
    ('rest-api.md', 2494, 'rest/order-cancel-restrictions-failed', 'ErrorResponse'),
    ('rest-api.md', 2523, 'rest/openOrders-cancel', 'IReadOnlyListOpenOrderCancellation'),
    ('rest-api.md', 2853, 'rest/cancelReplace-success', 'CancelReplaceResponse'),
    ('rest-api.md', 2899, 'rest/cancelReplace-cancel-failed', 'CancelReplaceErrorResponse'),
    ('rest-api.md', 2916, 'rest/cancelReplace-new-order-failed', 'CancelReplaceErrorResponse'),
    ('rest-api.md', 2951, 'rest/cancelReplace-allow-failure-cancel-failed', 'CancelReplaceErrorResponse'),
    ('rest-api.md', 2975, 'rest/cancelReplace-both-failed', 'CancelReplaceErrorResponse'),
    ('rest-api.md', 2996, 'rest/cancelReplace-rate-limited-do-nothing', 'ErrorResponse'),
    ('rest-api.md', 3005, 'rest/cancelReplace-rate-limited-cancel-only', 'CancelReplaceErrorResponse'),
    ('rest-api.md', 3078, 'rest/order-amend', 'OrderAmendResponse'),
    ('rest-api.md', 3106, 'rest/order-amend-list', 'OrderAmendResponse'),
    ('rest-api.md', 3223, 'rest/orderList-oco', 'NewOrderList'),
    ('rest-api.md', 3363, 'rest/orderList-oto', 'NewOrderList'),
    ('rest-api.md', 3518, 'rest/orderList-otoco', 'NewOrderList'),
    ('rest-api.md', 3660, 'rest/orderList-opo', 'NewOrderList'),
    ('rest-api.md', 3785, 'rest/orderList-opoco', 'NewOrderList'),
    ('rest-api.md', 3901, 'rest/orderList-cancel', 'CanceledOrderList'),
    ('rest-api.md', 4010, 'rest/sor-order', 'NewOrderResponse'),
    ('rest-api.md', 4077, 'rest/sor-order-test', 'EmptyResponse'),
    ('rest-api.md', 4084, 'rest/sor-order-test-commission', 'TestOrderCommission'),
    ('rest-api.md', 4128, 'rest/account', 'AccountInformation'),
    ('rest-api.md', 4188, 'rest/openOrders', 'IReadOnlyListOrder'),
    ('rest-api.md', 4248, 'rest/allOrders', 'IReadOnlyListOrder'),
    ('rest-api.md', 4302, 'rest/orderList-query', 'OrderList'),
    ('rest-api.md', 4356, 'rest/allOrderList', 'IReadOnlyListOrderList'),
    ('rest-api.md', 4424, 'rest/openOrderList', 'IReadOnlyListOrderList'),
    ('rest-api.md', 4494, 'rest/myTrades', 'IReadOnlyListAccountTrade'),
    ('rest-api.md', 4536, 'rest/rateLimit-order', 'IReadOnlyListRateLimit'),
    ('rest-api.md', 4596, 'rest/myPreventedMatches', 'IReadOnlyListPreventedMatch'),
    ('rest-api.md', 4656, 'rest/myAllocations', 'IReadOnlyListAllocation'),
    ('rest-api.md', 4700, 'rest/account-commission', 'AccountCommission'),
    ('rest-api.md', 4758, 'rest/order-amendments', 'IReadOnlyListOrderAmendment'),
    ('rest-api.md', 4808, 'rest/myFilters', 'RelevantFilters'),

    ('web-socket-api.md', 133, 'wsapi/request', 'WebSocketRequest'),
    ('web-socket-api.md', 176, 'wsapi/response-success', ws('NewOrderResponse')),
    ('web-socket-api.md', 226, 'wsapi/response-error', ws('EmptyResponse')),
    ('web-socket-api.md', 335, 'wsapi/event', 'UserDataEventMessage'),
    ('web-socket-api.md', 371, 'wsapi/serverShutdown', 'ServerShutdownMessage'),
    ('web-socket-api.md', 401, 'wsapi/rate-limits', ws('ServerTime')),
    ('web-socket-api.md', 526, 'wsapi/rate-limits-ip', ws('IReadOnlyListTrade')),
    ('web-socket-api.md', 545, 'wsapi/rate-limits-ip-banned', ws('EmptyResponse')),
    ('web-socket-api.md', 581, 'wsapi/rate-limits-orders', ws('NewOrderResponse')),
    ('web-socket-api.md', 714, 'wsapi/request-signed-hmac', 'WebSocketRequest'),
    ('web-socket-api.md', 1318, 'wsapi/session-key-invalidated', ws('EmptyResponse')),
    ('web-socket-api.md', 1386, 'wsapi/ping', ws('EmptyResponse')),
    ('web-socket-api.md', 1424, 'wsapi/time', ws('ServerTime')),
    ('web-socket-api.md', 1527, 'wsapi/exchangeInfo', ws('ExchangeInfo')),
    ('web-socket-api.md', 1673, 'wsapi/executionRules', ws('ExecutionRules')),
    ('web-socket-api.md', 1744, 'wsapi/depth', ws('OrderBook')),
    ('web-socket-api.md', 1816, 'wsapi/trades.recent', ws('IReadOnlyListTrade')),
    ('web-socket-api.md', 1878, 'wsapi/trades.historical', ws('IReadOnlyListTrade')),
    ('web-socket-api.md', 1937, 'wsapi/trades.historical.block', ws('IReadOnlyListTrade')),
    ('web-socket-api.md', 2021, 'wsapi/trades.aggregate', ws('IReadOnlyListAggregateTrade')),
    ('web-socket-api.md', 2116, 'wsapi/klines', ws('IReadOnlyListKline')),
    ('web-socket-api.md', 2196, 'wsapi/uiKlines', ws('IReadOnlyListKline')),
    ('web-socket-api.md', 2255, 'wsapi/avgPrice', ws('AveragePrice')),
    ('web-socket-api.md', 2359, 'wsapi/ticker.24hr-full', ws('Ticker24Hour')),
    ('web-socket-api.md', 2400, 'wsapi/ticker.24hr-mini', ws('MiniTicker')),
    ('web-socket-api.md', 2432, 'wsapi/ticker.24hr-full-list', ws('IReadOnlyListTicker24Hour')),
    ('web-socket-api.md', 2568, 'wsapi/ticker.tradingDay-full', ws('WindowTicker')),
    ('web-socket-api.md', 2603, 'wsapi/ticker.tradingDay-full-list', ws('IReadOnlyListWindowTicker')),
    ('web-socket-api.md', 2659, 'wsapi/ticker.tradingDay-mini', ws('MiniTicker')),
    ('web-socket-api.md', 2691, 'wsapi/ticker.tradingDay-mini-list', ws('IReadOnlyListMiniTicker')),
    ('web-socket-api.md', 2858, 'wsapi/ticker-full', ws('WindowTicker')),
    ('web-socket-api.md', 2893, 'wsapi/ticker-mini', ws('MiniTicker')),
    ('web-socket-api.md', 2925, 'wsapi/ticker-full-list', ws('IReadOnlyListWindowTicker')),
    ('web-socket-api.md', 3048, 'wsapi/ticker.price', ws('PriceTicker')),
    ('web-socket-api.md', 3070, 'wsapi/ticker.price-list', ws('IReadOnlyListPriceTicker')),
    ('web-socket-api.md', 3170, 'wsapi/ticker.book', ws('BookTicker')),
    ('web-socket-api.md', 3195, 'wsapi/ticker.book-list', ws('IReadOnlyListBookTicker')),
    ('web-socket-api.md', 3253, 'wsapi/referencePrice', ws('ReferencePrice')),
    ('web-socket-api.md', 3267, 'wsapi/referencePrice-unset', ws('ReferencePrice')),
    ('web-socket-api.md', 3281, 'wsapi/referencePrice-never-set', ws('ErrorResponse')),
    ('web-socket-api.md', 3322, 'wsapi/referencePrice.calculation-none', ws('EmptyResponse')),
    ('web-socket-api.md', 3336, 'wsapi/referencePrice.calculation-arithmetic', ws('ReferencePriceCalculation')),
    ('web-socket-api.md', 3352, 'wsapi/referencePrice.calculation-external', ws('ReferencePriceCalculation')),
    ('web-socket-api.md', 3409, 'wsapi/session.logon', ws('SessionStatus')),
    ('web-socket-api.md', 3449, 'wsapi/session.status', ws('SessionStatus')),
    ('web-socket-api.md', 3492, 'wsapi/session.logout', ws('SessionStatus')),
    ('web-socket-api.md', 3797, 'wsapi/order.place-ack', ws('NewOrderResponse')),
    ('web-socket-api.md', 3836, 'wsapi/order.place-result', ws('NewOrderResponse')),
    ('web-socket-api.md', 3886, 'wsapi/order.place-full', ws('NewOrderResponse')),
    ('web-socket-api.md', 4028, 'wsapi/order.test', ws('EmptyResponse')),
    ('web-socket-api.md', 4047, 'wsapi/order.test-commission', ws('TestOrderCommission')),
    ('web-socket-api.md', 4189, 'wsapi/order.cancel', ws('CanceledOrder')),
    ('web-socket-api.md', 4230, 'wsapi/order.cancel-list', ws('CanceledOrderList')),
    ('web-socket-api.md', 4314, 'wsapi/order.cancel-restrictions-invalid', 'ErrorResponse'),
    ('web-socket-api.md', 4321, 'wsapi/order.cancel-restrictions-failed', 'ErrorResponse'),
    ('web-socket-api.md', 4763, 'wsapi/order.cancelReplace-success', ws('CancelReplaceResponse')),
    ('web-socket-api.md', 4839, 'wsapi/order.cancelReplace-cancel-failed', ws('EmptyResponse')),
    ('web-socket-api.md', 4886, 'wsapi/order.cancelReplace-new-order-failed', ws('EmptyResponse')),
    ('web-socket-api.md', 4946, 'wsapi/order.cancelReplace-allow-failure-cancel-failed', ws('EmptyResponse')),
    ('web-socket-api.md', 5009, 'wsapi/order.cancelReplace-both-failed', ws('EmptyResponse')),
    ('web-socket-api.md', 5057, 'wsapi/order.cancelReplace-rate-limited-do-nothing', ws('EmptyResponse')),
    ('web-socket-api.md', 5093, 'wsapi/order.cancelReplace-rate-limited-cancel-only', ws('EmptyResponse')),
    ('web-socket-api.md', 5202, 'wsapi/order.amend.keepPriority', ws('OrderAmendResponse')),
    ('web-socket-api.md', 5243, 'wsapi/order.amend.keepPriority-list', ws('OrderAmendResponse')),
    ('web-socket-api.md', 5341, 'wsapi/openOrders.cancelAll', ws('IReadOnlyListOpenOrderCancellation')),
    ('web-socket-api.md', 5537, 'wsapi/orderList.place.oco', ws('NewOrderList')),
    ('web-socket-api.md', 5722, 'wsapi/orderList.place.oto', ws('NewOrderList')),
    ('web-socket-api.md', 5917, 'wsapi/orderList.place.otoco', ws('NewOrderList')),
    ('web-socket-api.md', 6096, 'wsapi/orderList.place.opo', ws('NewOrderList')),
    ('web-socket-api.md', 6249, 'wsapi/orderList.place.opoco', ws('NewOrderList')),
    ('web-socket-api.md', 6433, 'wsapi/orderList.cancel', ws('CanceledOrderList')),
    ('web-socket-api.md', 6569, 'wsapi/sor.order.place', ws('IReadOnlyListNewOrderResponse')),
    ('web-socket-api.md', 6664, 'wsapi/sor.order.test', ws('EmptyResponse')),
    ('web-socket-api.md', 6683, 'wsapi/sor.order.test-commission', ws('TestOrderCommission')),
    ('web-socket-api.md', 6750, 'wsapi/account.status', ws('AccountInformation')),
    ('web-socket-api.md', 6893, 'wsapi/order.status', ws('Order')),
    ('web-socket-api.md', 6991, 'wsapi/openOrders.status', ws('IReadOnlyListOrder')),
    ('web-socket-api.md', 7094, 'wsapi/allOrders', ws('IReadOnlyListOrder')),
    ('web-socket-api.md', 7220, 'wsapi/orderList.status', ws('OrderList')),
    ('web-socket-api.md', 7295, 'wsapi/openOrderLists.status', ws('IReadOnlyListOrderList')),
    ('web-socket-api.md', 7389, 'wsapi/allOrderLists', ws('IReadOnlyListOrderList')),
    ('web-socket-api.md', 7490, 'wsapi/myTrades', ws('IReadOnlyListAccountTrade')),
    ('web-socket-api.md', 7573, 'wsapi/account.rateLimits.orders', ws('IReadOnlyListRateLimit')),
    ('web-socket-api.md', 7656, 'wsapi/myPreventedMatches', ws('IReadOnlyListPreventedMatch')),
    ('web-socket-api.md', 7739, 'wsapi/myAllocations', ws('IReadOnlyListAllocation')),
    ('web-socket-api.md', 7804, 'wsapi/account.commission', ws('AccountCommission')),
    ('web-socket-api.md', 7885, 'wsapi/order.amendments', ws('IReadOnlyListOrderAmendment')),
    ('web-socket-api.md', 7948, 'wsapi/myFilters', ws('RelevantFilters')),
    ('web-socket-api.md', 8030, 'wsapi/userDataStream.subscribe', ws('UserDataSubscription')),
    ('web-socket-api.md', 8064, 'wsapi/userDataStream.unsubscribe', ws('EmptyResponse')),
    ('web-socket-api.md', 8094, 'wsapi/session.subscriptions', ws('IReadOnlyListUserDataSubscription')),
    ('web-socket-api.md', 8142, 'wsapi/userDataStream.subscribe.signature', ws('UserDataSubscription')),

    ('web-socket-streams.md', 71, 'streams/serverShutdown', 'MarketStreamEvent'),
    ('web-socket-streams.md', 80, 'streams/serverShutdown-combined', 'CombinedStreamMessage'),
    ('web-socket-streams.md', 103, 'streams/subscribe-request', 'StreamRequest'),
    ('web-socket-streams.md', 112, 'streams/subscribe-response', 'StreamResponse'),
    ('web-socket-streams.md', 121, 'streams/unsubscribe-request', 'StreamRequest'),
    ('web-socket-streams.md', 130, 'streams/unsubscribe-response', 'StreamResponse'),
    ('web-socket-streams.md', 140, 'streams/list-subscriptions-request', 'StreamRequest'),
    ('web-socket-streams.md', 148, 'streams/list-subscriptions-response', 'StreamResponse'),
    ('web-socket-streams.md', 161, 'streams/set-property-request', 'StreamRequest'),
    ('web-socket-streams.md', 170, 'streams/set-property-response', 'StreamResponse'),
    ('web-socket-streams.md', 179, 'streams/get-property-request', 'StreamRequest'),
    ('web-socket-streams.md', 188, 'streams/get-property-response', 'StreamResponse'),
    ('web-socket-streams.md', 220, 'streams/referencePrice', 'MarketStreamEvent'),
    ('web-socket-streams.md', 237, 'streams/aggTrade', 'MarketStreamEvent'),
    ('web-socket-streams.md', 261, 'streams/trade', 'MarketStreamEvent'),
    ('web-socket-streams.md', 282, 'streams/blockTrade', 'MarketStreamEvent'),
    ('web-socket-streams.md', 326, 'streams/kline', 'MarketStreamEvent'),
    ('web-socket-streams.md', 370, 'streams/kline-timezone', 'MarketStreamEvent'),
    ('web-socket-streams.md', 405, 'streams/miniTicker', 'MarketStreamEvent'),
    ('web-socket-streams.md', 427, 'streams/miniTicker-all', 'IReadOnlyListMiniTickerEvent'),
    ('web-socket-streams.md', 443, 'streams/ticker', 'MarketStreamEvent'),
    ('web-socket-streams.md', 487, 'streams/ticker-window', 'MarketStreamEvent'),
    ('web-socket-streams.md', 522, 'streams/ticker-window-all', 'IReadOnlyListWindowTickerEvent'),
    ('web-socket-streams.md', 541, 'streams/bookTicker', 'BookTickerEvent'),
    ('web-socket-streams.md', 562, 'streams/avgPrice', 'MarketStreamEvent'),
    ('web-socket-streams.md', 581, 'streams/depth-partial', 'OrderBook'),
    ('web-socket-streams.md', 607, 'streams/depthUpdate', 'MarketStreamEvent'),

    ('user-data-stream.md', 33, 'userdata/outboundAccountPosition', 'UserDataEventMessage'),
    ('user-data-stream.md', 59, 'userdata/balanceUpdate', 'UserDataEventMessage'),
    ('user-data-stream.md', 76, 'userdata/executionReport', 'UserDataEventMessage'),
    ('user-data-stream.md', 275, 'userdata/listStatus', 'UserDataEventMessage'),
    ('user-data-stream.md', 331, 'userdata/eventStreamTerminated', 'UserDataEventMessage'),
    ('user-data-stream.md', 347, 'userdata/externalLockUpdate', 'UserDataEventMessage'),
    ('../faqs/commission_faq.md', 36, 'faqs/commission-order-test', 'TestOrderCommission'),
    ('../faqs/commission_faq.md', 62, 'faqs/commission-account', 'AccountCommission'),
    ('../faqs/commission_faq.md', 96, 'faqs/commission-account-example', 'AccountCommission'),
    ('../faqs/market_orders_faq.md', 22, 'faqs/market-order', 'NewOrderResponse'),
    ('../faqs/market_orders_faq.md', 60, 'faqs/market-order-executionReports', 'IReadOnlyListUserDataEvent'),
    ('../faqs/order_count_decrement.md', 41, 'faqs/unfilled-order-count', 'RateLimit'),
    ('../faqs/pegged_orders.md', 89, 'faqs/pegged-order', 'NewOrderResponse'),
    ('../faqs/price_range_execution_rules.md', 40, 'faqs/price-range-rules', 'ExecutionRules'),
    ('../faqs/price_range_execution_rules.md', 61, 'faqs/price-range-reference-price', 'ReferencePrice'),
    ('../faqs/sor_faq.md', 37, 'faqs/sor-order-1', 'NewOrderResponse'),
    ('../faqs/sor_faq.md', 101, 'faqs/sor-order-2', 'NewOrderResponse'),
    ('../faqs/sor_faq.md', 178, 'faqs/sor-order-3', 'NewOrderResponse'),
    ('../faqs/sor_faq.md', 278, 'faqs/sor-order-4', 'NewOrderResponse'),
    ('../faqs/sor_faq.md', 366, 'faqs/sor-allocations', 'IReadOnlyListAllocation'),
    ('../faqs/stp_faq.md', 66, 'faqs/stp-prevented-matches', 'IReadOnlyListPreventedMatch'),
    ('../faqs/stp_faq.md', 159, 'faqs/stp-example-01', 'Order'),
    ('../faqs/stp_faq.md', 186, 'faqs/stp-example-02', 'NewOrderResponse'),
    ('../faqs/stp_faq.md', 228, 'faqs/stp-example-03', 'Order'),
    ('../faqs/stp_faq.md', 257, 'faqs/stp-example-04', 'Order'),
    ('../faqs/stp_faq.md', 285, 'faqs/stp-example-05', 'Order'),
    ('../faqs/stp_faq.md', 314, 'faqs/stp-example-06', 'NewOrderResponse'),
    ('../faqs/stp_faq.md', 367, 'faqs/stp-example-07', 'Order'),
    ('../faqs/stp_faq.md', 394, 'faqs/stp-example-08', 'Order'),
    ('../faqs/stp_faq.md', 420, 'faqs/stp-example-09', 'Order'),
    ('../faqs/stp_faq.md', 447, 'faqs/stp-example-10', 'Order'),
    ('../faqs/stp_faq.md', 486, 'faqs/stp-example-11', 'Order'),
    ('../faqs/stp_faq.md', 515, 'faqs/stp-example-12', 'NewOrderResponse'),
    ('../faqs/stp_faq.md', 557, 'faqs/stp-example-13', 'Order'),
    ('../faqs/stp_faq.md', 583, 'faqs/stp-example-14', 'NewOrderResponse'),
    ('../faqs/stp_faq.md', 625, 'faqs/stp-example-15', 'Order'),
    ('../faqs/stp_faq.md', 653, 'faqs/stp-example-16', 'NewOrderResponse'),
    ('../faqs/stp_faq.md', 693, 'faqs/stp-example-17', 'Order'),
    ('../faqs/stp_faq.md', 722, 'faqs/stp-example-18', 'Order'),
    ('../faqs/stp_faq.md', 800, 'faqs/stp-example-19', 'Order'),
    ('../faqs/stp_faq.md', 829, 'faqs/stp-example-20', 'NewOrderResponse'),
]
FILTERS = [50, 71, 98, 124, 147, 171, 186, 207, 221, 233, 245, 264, 290, 308, 321, 335, 347, 358, 371, 392]

# Minimal fixes to doc samples, applied to the text after comments are stripped: (fixture, old, new, why).
EDITS = [
    ('rest/exchangeInfo', '"rateLimits": [\n        {\n            \n            \n        }\n    ]', '"rateLimits": []',
     'The sample has a placeholder object whose comments say "All limits are optional"; an empty object is not a rate limit, so the list is left empty.'),
    ('rest/order-full', None, None,
     '`fills` moved after `workingTime`, before `selfTradePreventionMode`: the cancel-replace (REST and WS) and SOR samples all put `fills` there, this one sample puts it last.'),
    ('rest/openOrders', None, None,
     '`workingTime` moved before `origQuoteOrderQty`: REST query order and the WS order.status, openOrders.status and allOrders samples all have that order.'),
    ('rest/allOrders', None, None,
     '`workingTime` moved before `origQuoteOrderQty`, as for `rest/openOrders`.'),
    ('streams/miniTicker-all', None, None,
     'The array holds a placeholder comment ("Same as <symbol>@miniTicker payload"); filled with the single-symbol mini ticker sample.'),
    ('streams/ticker-window-all', None, None,
     'The array holds a placeholder comment ("Same as <symbol>@ticker_<window-size> payload"); filled with the single-symbol rolling window sample.'),
    ('wsapi/order.status', '"origQuoteOrderQty": "0.00000000"   //', '"origQuoteOrderQty": "0.00000000",   //',
     'Missing comma after `origQuoteOrderQty` (invalid JSON).'),
    ('wsapi/account.status', None, None,
     '`commissionRates` moved after `sellerCommission`, before `canTrade`, as in the REST account sample (the two samples disagree; REST order kept).'),
    ('faqs/market-order-executionReports', None, None,
     'The sample is a comma-separated sequence of four events; wrapped in `[` `]` to make one JSON value.'),
    ('streams/serverShutdown-combined', '"data: {', '"data": {', 'Missing closing quote on the `data` key (invalid JSON).'),
    ('userdata/listStatus', None, None, 'No change; the doc opens this code block twice (a doubled fence), the second fence is used.'),
]

def strip_comments(s):
    out, i, in_string = [], 0, False
    while i < len(s):
        c = s[i]
        if in_string:
            out.append(c)
            if c == '\\':
                out.append(s[i + 1]); i += 2; continue
            if c == '"':
                in_string = False
            i += 1; continue
        if c == '"':
            in_string = True; out.append(c); i += 1; continue
        if s.startswith('//', i):
            while i < len(s) and s[i] != '\n':
                i += 1
            continue
        out.append(c); i += 1
    return ''.join(out)

def block_at(lines, line):
    opening = lines[line - 1].strip()
    fence = re.match(r'`+', opening).group(0)
    end = line
    while lines[end].strip() != fence:
        end += 1
    return '\n'.join(l for l in lines[line:end])

def heading_of(lines, line):
    for i in range(line - 1, -1, -1):
        m = re.match(r'^#{1,5} (.*)', lines[i])
        if m:
            return m.group(1).strip()
    return ''

def move_key(obj, key, before):
    """Returns obj with key re-inserted just before `before` (recursively for lists)."""
    if isinstance(obj, list):
        return [move_key(x, key, before) for x in obj]
    if not isinstance(obj, dict):
        return obj
    if key in obj and before in obj:
        value = obj[key]
        rebuilt = {}
        for k, v in obj.items():
            if k == key:
                continue
            if k == before:
                rebuilt[key] = value
            rebuilt[k] = v
        obj = rebuilt
    return {k: move_key(v, key, before) for k, v in obj.items()}

KEY_MOVES = {
    'rest/order-full': ('fills', 'selfTradePreventionMode'),
    'rest/openOrders': ('workingTime', 'origQuoteOrderQty'),
    'rest/allOrders': ('workingTime', 'origQuoteOrderQty'),
    'wsapi/account.status': ('commissionRates', 'canTrade'),
}

# Arrays whose only element is a "same as ..." comment: (fixture, fixture of the single payload, written earlier).
PLACEHOLDER_ARRAYS = {
    'streams/miniTicker-all': 'streams/miniTicker',
    'streams/ticker-window-all': 'streams/ticker-window',
}

def main():
    docs = {}
    index, readme = [], []
    edits = {e[0]: e for e in EDITS}
    entries = list(FIXTURES) + [('filters.md', n, None, 'Filter') for n in FILTERS]
    for doc, line, name, prop in entries:
        lines = docs.setdefault(doc, open(os.path.join(DOCS, doc), encoding='utf-8').read().split('\n'))
        heading = heading_of(lines, line)
        if name is None:
            name = 'filters/' + heading
        text = block_at(lines, line)
        edit = edits.get(name)
        if edit and edit[1] is not None and name != 'rest/exchangeInfo':
            if edit[1] not in text:
                sys.exit(f'{name}: edit text not found')
            text = text.replace(edit[1], edit[2], 1)
        if name == 'faqs/market-order-executionReports':
            text = '[' + text + ']'
        text = strip_comments(text)
        text = re.sub(r',(\s*[}\]])', r'\1', text)
        if name == 'rest/exchangeInfo':
            # This edit targets the placeholder object, which is only recognisable once its comments are gone.
            if edit[1] not in text:
                sys.exit(f'{name}: edit text not found')
            text = text.replace(edit[1], edit[2], 1)
        try:
            value = json.loads(text)
        except json.JSONDecodeError as e:
            sys.exit(f"{name} ({doc}:{line}): {e}")
        if name in PLACEHOLDER_ARRAYS:
            with open(os.path.join(OUT, PLACEHOLDER_ARRAYS[name] + '.json'), encoding='utf-8') as f:
                value = [json.load(f)]
        if name in KEY_MOVES:
            value = move_key(value, *KEY_MOVES[name])
        path = os.path.join(OUT, name + '.json')
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(value, f, indent=2, ensure_ascii=False)
            f.write('\n')
        index.append({'fixture': name + '.json', 'type': prop, 'source': f'{doc}:{line}', 'section': heading})
        readme.append(f'| `{name}.json` | `{prop}` | `{doc}` line {line}, "{heading}" | {edit[3] if edit else ""} |')
    with open(os.path.join(OUT, 'index.json'), 'w', encoding='utf-8') as f:
        json.dump(index, f, indent=2, ensure_ascii=False)
        f.write('\n')
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write('# Golden fixtures\n\n'
                'Response examples from Binance\'s testnet docs (`binance-spot-api-docs/testnet`) and FAQ samples (`binance-spot-api-docs/faqs`), extracted by '
                '`../extract_fixtures.py`. `//` comments and trailing commas are stripped from every sample; the '
                '"Edit" column lists every other change and why. `type` is the `SpotJsonContext` property used to '
                'read the fixture; the golden test writes it back and requires the same JSON (keys, order, values, '
                'JSON types).\n\n'
                '| Fixture | Type | Source | Edit |\n|---|---|---|---|\n')
        f.write('\n'.join(readme) + '\n')
    print(len(index), 'fixtures')

main()
