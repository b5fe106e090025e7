namespace Spotnet.Protocol.Endpoints;

/// <summary>Stable identity of an API operation; a REST endpoint and its WebSocket API method share one id.</summary>
public enum EndpointId
{
    /// <summary><c>GET /api/v3/ping</c>, <c>ping</c>.</summary>
    Ping,
    /// <summary><c>GET /api/v3/time</c>, <c>time</c>.</summary>
    Time,
    /// <summary><c>GET /api/v3/exchangeInfo</c>, <c>exchangeInfo</c>.</summary>
    ExchangeInfo,
    /// <summary><c>GET /api/v3/executionRules</c>, <c>executionRules</c>.</summary>
    ExecutionRules,
    /// <summary><c>GET /api/v3/depth</c>, <c>depth</c>.</summary>
    Depth,
    /// <summary><c>GET /api/v3/trades</c>, <c>trades.recent</c>.</summary>
    RecentTrades,
    /// <summary><c>GET /api/v3/historicalTrades</c>, <c>trades.historical</c>.</summary>
    HistoricalTrades,
    /// <summary><c>GET /api/v3/historicalBlockTrades</c>, <c>blockTrades.historical</c>.</summary>
    HistoricalBlockTrades,
    /// <summary><c>GET /api/v3/aggTrades</c>, <c>trades.aggregate</c>.</summary>
    AggregateTrades,
    /// <summary><c>GET /api/v3/klines</c>, <c>klines</c>.</summary>
    Klines,
    /// <summary><c>GET /api/v3/uiKlines</c>, <c>uiKlines</c>.</summary>
    UiKlines,
    /// <summary><c>GET /api/v3/avgPrice</c>, <c>avgPrice</c>.</summary>
    AveragePrice,
    /// <summary><c>GET /api/v3/ticker/24hr</c>, <c>ticker.24hr</c>.</summary>
    Ticker24Hour,
    /// <summary><c>GET /api/v3/ticker/tradingDay</c>, <c>ticker.tradingDay</c>.</summary>
    TickerTradingDay,
    /// <summary><c>GET /api/v3/ticker/price</c>, <c>ticker.price</c>.</summary>
    TickerPrice,
    /// <summary><c>GET /api/v3/ticker/bookTicker</c>, <c>ticker.book</c>.</summary>
    TickerBook,
    /// <summary><c>GET /api/v3/ticker</c>, <c>ticker</c> (rolling window).</summary>
    TickerRollingWindow,
    /// <summary><c>GET /api/v3/referencePrice</c>, <c>referencePrice</c>.</summary>
    ReferencePrice,
    /// <summary><c>GET /api/v3/referencePrice/calculation</c>, <c>referencePrice.calculation</c>.</summary>
    ReferencePriceCalculation,
    /// <summary><c>POST /api/v3/order</c>, <c>order.place</c>.</summary>
    NewOrder,
    /// <summary><c>POST /api/v3/order/test</c>, <c>order.test</c>.</summary>
    TestNewOrder,
    /// <summary><c>GET /api/v3/order</c>, <c>order.status</c>.</summary>
    QueryOrder,
    /// <summary><c>DELETE /api/v3/order</c>, <c>order.cancel</c>.</summary>
    CancelOrder,
    /// <summary><c>DELETE /api/v3/openOrders</c>, <c>openOrders.cancelAll</c>.</summary>
    CancelOpenOrders,
    /// <summary><c>POST /api/v3/order/cancelReplace</c>, <c>order.cancelReplace</c>.</summary>
    CancelReplaceOrder,
    /// <summary><c>PUT /api/v3/order/amend/keepPriority</c>, <c>order.amend.keepPriority</c>.</summary>
    AmendOrderKeepPriority,
    /// <summary><c>POST /api/v3/orderList/oco</c>, <c>orderList.place.oco</c>.</summary>
    NewOrderListOco,
    /// <summary><c>POST /api/v3/orderList/oto</c>, <c>orderList.place.oto</c>.</summary>
    NewOrderListOto,
    /// <summary><c>POST /api/v3/orderList/otoco</c>, <c>orderList.place.otoco</c>.</summary>
    NewOrderListOtoco,
    /// <summary><c>POST /api/v3/orderList/opo</c>, <c>orderList.place.opo</c>.</summary>
    NewOrderListOpo,
    /// <summary><c>POST /api/v3/orderList/opoco</c>, <c>orderList.place.opoco</c>.</summary>
    NewOrderListOpoco,
    /// <summary>Deprecated OCO: <c>POST /api/v3/order/oco</c>, <c>orderList.place</c>.</summary>
    NewOcoDeprecated,
    /// <summary><c>DELETE /api/v3/orderList</c>, <c>orderList.cancel</c>.</summary>
    CancelOrderList,
    /// <summary><c>POST /api/v3/sor/order</c>, <c>sor.order.place</c>.</summary>
    NewSorOrder,
    /// <summary><c>POST /api/v3/sor/order/test</c>, <c>sor.order.test</c>.</summary>
    TestNewSorOrder,
    /// <summary><c>GET /api/v3/account</c>, <c>account.status</c>.</summary>
    Account,
    /// <summary><c>GET /api/v3/openOrders</c>, <c>openOrders.status</c>.</summary>
    OpenOrders,
    /// <summary><c>GET /api/v3/allOrders</c>, <c>allOrders</c>.</summary>
    AllOrders,
    /// <summary><c>GET /api/v3/orderList</c>, <c>orderList.status</c>.</summary>
    QueryOrderList,
    /// <summary><c>GET /api/v3/allOrderList</c>, <c>allOrderLists</c>.</summary>
    AllOrderLists,
    /// <summary><c>GET /api/v3/openOrderList</c>, <c>openOrderLists.status</c>.</summary>
    OpenOrderLists,
    /// <summary><c>GET /api/v3/myTrades</c>, <c>myTrades</c>.</summary>
    MyTrades,
    /// <summary><c>GET /api/v3/rateLimit/order</c>, <c>account.rateLimits.orders</c>.</summary>
    UnfilledOrderCount,
    /// <summary><c>GET /api/v3/myPreventedMatches</c>, <c>myPreventedMatches</c>.</summary>
    MyPreventedMatches,
    /// <summary><c>GET /api/v3/myAllocations</c>, <c>myAllocations</c>.</summary>
    MyAllocations,
    /// <summary><c>GET /api/v3/account/commission</c>, <c>account.commission</c>.</summary>
    AccountCommission,
    /// <summary><c>GET /api/v3/order/amendments</c>, <c>order.amendments</c>.</summary>
    OrderAmendments,
    /// <summary><c>GET /api/v3/myFilters</c>, <c>myFilters</c>.</summary>
    MyFilters,
    /// <summary><c>session.logon</c> (WebSocket API only).</summary>
    SessionLogon,
    /// <summary><c>session.status</c> (WebSocket API only).</summary>
    SessionStatus,
    /// <summary><c>session.logout</c> (WebSocket API only).</summary>
    SessionLogout,
    /// <summary><c>userDataStream.subscribe</c> (WebSocket API only).</summary>
    UserDataStreamSubscribe,
    /// <summary><c>userDataStream.unsubscribe</c> (WebSocket API only).</summary>
    UserDataStreamUnsubscribe,
    /// <summary><c>session.subscriptions</c> (WebSocket API only).</summary>
    SessionSubscriptions,
    /// <summary><c>userDataStream.subscribe.signature</c> (WebSocket API only).</summary>
    UserDataStreamSubscribeSignature,
}
