using System.Collections.Frozen;

namespace Spotnet.Protocol.Endpoints;

// Inside the namespace so that SecurityType.UserData wins over the sibling namespace Spotnet.Protocol.UserData.
using static Spotnet.Protocol.Endpoints.DataSource;
using static Spotnet.Protocol.Endpoints.EndpointGroup;
using static Spotnet.Protocol.Endpoints.SecurityType;

/// <summary>Every REST endpoint and WebSocket API method the server serves, as data (spec-rest-wsapi.md §b and §c.5).</summary>
/// <remarks>
/// Decisions: the deprecated OCO (<c>POST /api/v3/order/oco</c>, <c>orderList.place</c>) is served because the testnet
/// changelog still names it in 2026 (weight 0 on success, expiryReason) and older bots use it; both count 2 unfilled
/// orders, as REST documents, since the request places two orders (the production WS doc's 1 is taken as a slip).
/// <c>ticker</c> and <c>ticker/tradingDay</c> without any symbol (an invalid request) pay 4, one symbol's weight.
/// <c>myPreventedMatches</c>'s "invalid symbol: 2" needs the server's inputs, which know whether the symbol exists.
/// </remarks>
public static class EndpointTable
{
    private static readonly EndpointParameter[] _restSigning =
    [
        new("recvWindow", ParameterType.Decimal, false),
        new("timestamp", ParameterType.Long, true),
    ];

    // After session.logon, apiKey and signature may be omitted; timestamp never.
    private static readonly EndpointParameter[] _webSocketSigning =
    [
        new("apiKey", ParameterType.String, false),
        new("signature", ParameterType.String, false),
        new("recvWindow", ParameterType.Decimal, false),
        new("timestamp", ParameterType.Long, true),
    ];

    private static readonly WeightBand[] _depthBands = [new(100, 5), new(500, 25), new(1000, 50), new(5000, 250)];
    private static readonly WeightBand[] _ticker24HourBands = [new(20, 2), new(100, 40), new(int.MaxValue, 80)];
    private static readonly WeightBand[] _tickerListBands = [new(int.MaxValue, 4)];

    /// <summary>All REST endpoints: the 47 of the testnet docs plus the deprecated <c>POST /api/v3/order/oco</c>.</summary>
    public static IReadOnlyList<RestEndpoint> Rest { get; } =
    [
        Endpoint(EndpointId.Ping, "GET", "/api/v3/ping", General, None, Memory, Fixed(1), 0, RestParameters.Ping),
        Endpoint(EndpointId.Time, "GET", "/api/v3/time", General, None, Memory, Fixed(1), 0, RestParameters.Time),
        Endpoint(EndpointId.ExchangeInfo, "GET", "/api/v3/exchangeInfo", General, None, Memory, Fixed(20), 0, RestParameters.ExchangeInfo),
        Endpoint(EndpointId.ExecutionRules, "GET", "/api/v3/executionRules", General, None, Memory, new SymbolsWeight(2, 40, [], 2, 40), 0, RestParameters.ExecutionRules),
        Endpoint(EndpointId.Depth, "GET", "/api/v3/depth", MarketData, None, Memory, new LimitWeight(100, _depthBands), 0, RestParameters.Depth),
        Endpoint(EndpointId.RecentTrades, "GET", "/api/v3/trades", MarketData, None, Memory, Fixed(25), 0, RestParameters.RecentTrades),
        Endpoint(EndpointId.HistoricalTrades, "GET", "/api/v3/historicalTrades", MarketData, None, Database, Fixed(25), 0, RestParameters.HistoricalTrades),
        Endpoint(EndpointId.HistoricalBlockTrades, "GET", "/api/v3/historicalBlockTrades", MarketData, None, Database, Fixed(25), 0, RestParameters.HistoricalBlockTrades),
        Endpoint(EndpointId.AggregateTrades, "GET", "/api/v3/aggTrades", MarketData, None, Database, Fixed(4), 0, RestParameters.AggregateTrades),
        Endpoint(EndpointId.Klines, "GET", "/api/v3/klines", MarketData, None, Database, Fixed(2), 0, RestParameters.Klines),
        Endpoint(EndpointId.UiKlines, "GET", "/api/v3/uiKlines", MarketData, None, Database, Fixed(2), 0, RestParameters.UiKlines),
        Endpoint(EndpointId.AveragePrice, "GET", "/api/v3/avgPrice", MarketData, None, Memory, Fixed(2), 0, RestParameters.AveragePrice),
        Endpoint(EndpointId.Ticker24Hour, "GET", "/api/v3/ticker/24hr", MarketData, None, Memory, new SymbolsWeight(2, 80, _ticker24HourBands, 0, 0), 0, RestParameters.Ticker24Hour),
        Endpoint(EndpointId.TickerTradingDay, "GET", "/api/v3/ticker/tradingDay", MarketData, None, Database, new SymbolsWeight(4, 4, [], 4, 200), 0, RestParameters.TickerTradingDay),
        Endpoint(EndpointId.TickerPrice, "GET", "/api/v3/ticker/price", MarketData, None, Memory, new SymbolsWeight(2, 4, _tickerListBands, 0, 0), 0, RestParameters.TickerPrice),
        Endpoint(EndpointId.TickerBook, "GET", "/api/v3/ticker/bookTicker", MarketData, None, Memory, new SymbolsWeight(2, 4, _tickerListBands, 0, 0), 0, RestParameters.TickerBook),
        Endpoint(EndpointId.TickerRollingWindow, "GET", "/api/v3/ticker", MarketData, None, Database, new SymbolsWeight(4, 4, [], 4, 200), 0, RestParameters.TickerRollingWindow),
        Endpoint(EndpointId.ReferencePrice, "GET", "/api/v3/referencePrice", MarketData, None, Memory, Fixed(2), 0, RestParameters.ReferencePrice),
        Endpoint(EndpointId.ReferencePriceCalculation, "GET", "/api/v3/referencePrice/calculation", MarketData, None, Memory, Fixed(2), 0, RestParameters.ReferencePriceCalculation),
        Endpoint(EndpointId.NewOrder, "POST", "/api/v3/order", Trading, Trade, MatchingEngine, FreeOnSuccess(1), 1, RestParameters.NewOrder),
        Endpoint(EndpointId.TestNewOrder, "POST", "/api/v3/order/test", Trading, Trade, Memory, CommissionRatesWeight(), 0, RestParameters.TestNewOrder),
        Endpoint(EndpointId.QueryOrder, "GET", "/api/v3/order", Trading, SecurityType.UserData, MemoryThenDatabase, Fixed(4), 0, RestParameters.QueryOrder),
        Endpoint(EndpointId.CancelOrder, "DELETE", "/api/v3/order", Trading, Trade, MatchingEngine, FreeOnSuccess(1), 0, RestParameters.CancelOrder),
        Endpoint(EndpointId.CancelOpenOrders, "DELETE", "/api/v3/openOrders", Trading, Trade, MatchingEngine, FreeOnSuccess(1), 0, RestParameters.CancelOpenOrders),
        Endpoint(EndpointId.CancelReplaceOrder, "POST", "/api/v3/order/cancelReplace", Trading, Trade, MatchingEngine, FreeOnSuccess(1), 1, RestParameters.CancelReplaceOrder),
        Endpoint(EndpointId.AmendOrderKeepPriority, "PUT", "/api/v3/order/amend/keepPriority", Trading, Trade, MatchingEngine, FreeOnSuccess(4), 0, RestParameters.AmendOrderKeepPriority),
        Endpoint(EndpointId.NewOrderListOco, "POST", "/api/v3/orderList/oco", Trading, Trade, MatchingEngine, FreeOnSuccess(1), 2, RestParameters.NewOrderListOco),
        Endpoint(EndpointId.NewOrderListOto, "POST", "/api/v3/orderList/oto", Trading, Trade, MatchingEngine, FreeOnSuccess(1), 2, RestParameters.NewOrderListOto),
        Endpoint(EndpointId.NewOrderListOtoco, "POST", "/api/v3/orderList/otoco", Trading, Trade, MatchingEngine, FreeOnSuccess(1), 3, RestParameters.NewOrderListOtoco),
        Endpoint(EndpointId.NewOrderListOpo, "POST", "/api/v3/orderList/opo", Trading, Trade, MatchingEngine, FreeOnSuccess(1), 2, RestParameters.NewOrderListOpo),
        Endpoint(EndpointId.NewOrderListOpoco, "POST", "/api/v3/orderList/opoco", Trading, Trade, MatchingEngine, FreeOnSuccess(1), 3, RestParameters.NewOrderListOpoco),
        Endpoint(EndpointId.NewOcoDeprecated, "POST", "/api/v3/order/oco", Trading, Trade, MatchingEngine, FreeOnSuccess(1), 2, RestParameters.NewOcoDeprecated),
        Endpoint(EndpointId.CancelOrderList, "DELETE", "/api/v3/orderList", Trading, Trade, MatchingEngine, FreeOnSuccess(1), 0, RestParameters.CancelOrderList),
        Endpoint(EndpointId.NewSorOrder, "POST", "/api/v3/sor/order", Trading, Trade, MatchingEngine, FreeOnSuccess(1), 1, RestParameters.NewSorOrder),
        Endpoint(EndpointId.TestNewSorOrder, "POST", "/api/v3/sor/order/test", Trading, Trade, Memory, CommissionRatesWeight(), 0, RestParameters.TestNewSorOrder),
        Endpoint(EndpointId.Account, "GET", "/api/v3/account", EndpointGroup.Account, SecurityType.UserData, MemoryThenDatabase, Fixed(20), 0, RestParameters.Account),
        Endpoint(EndpointId.OpenOrders, "GET", "/api/v3/openOrders", EndpointGroup.Account, SecurityType.UserData, MemoryThenDatabase, new SymbolsWeight(6, 80, [], 0, 0), 0, RestParameters.OpenOrders),
        Endpoint(EndpointId.AllOrders, "GET", "/api/v3/allOrders", EndpointGroup.Account, SecurityType.UserData, Database, Fixed(20), 0, RestParameters.AllOrders),
        Endpoint(EndpointId.QueryOrderList, "GET", "/api/v3/orderList", EndpointGroup.Account, SecurityType.UserData, Database, Fixed(4), 0, RestParameters.QueryOrderList),
        Endpoint(EndpointId.AllOrderLists, "GET", "/api/v3/allOrderList", EndpointGroup.Account, SecurityType.UserData, Database, Fixed(20), 0, RestParameters.AllOrderLists),
        Endpoint(EndpointId.OpenOrderLists, "GET", "/api/v3/openOrderList", EndpointGroup.Account, SecurityType.UserData, Database, Fixed(6), 0, RestParameters.OpenOrderLists),
        Endpoint(EndpointId.MyTrades, "GET", "/api/v3/myTrades", EndpointGroup.Account, SecurityType.UserData, MemoryThenDatabase, new ParameterWeight("orderId", 5, 20), 0, RestParameters.MyTrades),
        Endpoint(EndpointId.UnfilledOrderCount, "GET", "/api/v3/rateLimit/order", EndpointGroup.Account, SecurityType.UserData, Memory, Fixed(40), 0, RestParameters.UnfilledOrderCount),
        Endpoint(EndpointId.MyPreventedMatches, "GET", "/api/v3/myPreventedMatches", EndpointGroup.Account, SecurityType.UserData, Database, new UnknownSymbolWeight(new ParameterWeight("preventedMatchId", 2, 20), 2), 0, RestParameters.MyPreventedMatches),
        Endpoint(EndpointId.MyAllocations, "GET", "/api/v3/myAllocations", EndpointGroup.Account, SecurityType.UserData, Database, Fixed(20), 0, RestParameters.MyAllocations),
        Endpoint(EndpointId.AccountCommission, "GET", "/api/v3/account/commission", EndpointGroup.Account, SecurityType.UserData, Database, Fixed(20), 0, RestParameters.AccountCommission),
        Endpoint(EndpointId.OrderAmendments, "GET", "/api/v3/order/amendments", EndpointGroup.Account, SecurityType.UserData, Database, Fixed(4), 0, RestParameters.OrderAmendments),
        Endpoint(EndpointId.MyFilters, "GET", "/api/v3/myFilters", EndpointGroup.Account, SecurityType.UserData, Memory, Fixed(40), 0, RestParameters.MyFilters),
    ];

    /// <summary>All WebSocket API methods: the 54 of the testnet docs plus the deprecated <c>orderList.place</c>.</summary>
    public static IReadOnlyList<WebSocketMethod> WebSocket { get; } =
    [
        Same("ping", EndpointId.Ping),
        Same("time", EndpointId.Time),
        Same("exchangeInfo", EndpointId.ExchangeInfo),
        Same("executionRules", EndpointId.ExecutionRules),
        Same("depth", EndpointId.Depth),
        Same("trades.recent", EndpointId.RecentTrades),
        Same("trades.historical", EndpointId.HistoricalTrades),
        Same("blockTrades.historical", EndpointId.HistoricalBlockTrades),
        Same("trades.aggregate", EndpointId.AggregateTrades),
        Same("klines", EndpointId.Klines),
        Same("uiKlines", EndpointId.UiKlines),
        Same("avgPrice", EndpointId.AveragePrice),
        Same("ticker.24hr", EndpointId.Ticker24Hour),
        Same("ticker.tradingDay", EndpointId.TickerTradingDay),
        Same("ticker", EndpointId.TickerRollingWindow),
        Same("ticker.price", EndpointId.TickerPrice),
        Same("ticker.book", EndpointId.TickerBook),
        Same("referencePrice", EndpointId.ReferencePrice),
        Same("referencePrice.calculation", EndpointId.ReferencePriceCalculation),
        new(EndpointId.SessionLogon, "session.logon", Authentication, Signed, Memory, Fixed(2), 0,
        [
            new("apiKey", ParameterType.String, true),
            new("signature", ParameterType.String, true),
            new("recvWindow", ParameterType.Decimal, false),
            new("timestamp", ParameterType.Long, true),
        ]),
        new(EndpointId.SessionStatus, "session.status", Authentication, None, Memory, Fixed(2), 0, []),
        new(EndpointId.SessionLogout, "session.logout", Authentication, None, Memory, Fixed(2), 0, []),
        Same("order.place", EndpointId.NewOrder),
        Same("order.test", EndpointId.TestNewOrder),
        Same("order.cancel", EndpointId.CancelOrder),
        Same("order.cancelReplace", EndpointId.CancelReplaceOrder),
        Same("order.amend.keepPriority", EndpointId.AmendOrderKeepPriority),
        Same("openOrders.cancelAll", EndpointId.CancelOpenOrders),
        WithOptionalStopPrice(Same("orderList.place", EndpointId.NewOcoDeprecated)),
        Same("orderList.place.oco", EndpointId.NewOrderListOco),
        Same("orderList.place.oto", EndpointId.NewOrderListOto),
        Same("orderList.place.otoco", EndpointId.NewOrderListOtoco),
        Same("orderList.place.opo", EndpointId.NewOrderListOpo),
        Same("orderList.place.opoco", EndpointId.NewOrderListOpoco),
        Same("orderList.cancel", EndpointId.CancelOrderList),
        Same("sor.order.place", EndpointId.NewSorOrder),
        Same("sor.order.test", EndpointId.TestNewSorOrder),
        Same("account.status", EndpointId.Account),
        Same("order.status", EndpointId.QueryOrder, EndpointGroup.Account),
        Same("openOrders.status", EndpointId.OpenOrders),
        Same("allOrders", EndpointId.AllOrders),
        Same("orderList.status", EndpointId.QueryOrderList),
        Same("openOrderLists.status", EndpointId.OpenOrderLists),
        Same("allOrderLists", EndpointId.AllOrderLists),
        Same("myTrades", EndpointId.MyTrades),
        Same("account.rateLimits.orders", EndpointId.UnfilledOrderCount),
        Same("myPreventedMatches", EndpointId.MyPreventedMatches),
        Same("myAllocations", EndpointId.MyAllocations),
        Same("account.commission", EndpointId.AccountCommission),
        Same("order.amendments", EndpointId.OrderAmendments),
        Same("myFilters", EndpointId.MyFilters),
        new(EndpointId.UserDataStreamSubscribe, "userDataStream.subscribe", EndpointGroup.UserDataStream, UserStream, NotDocumented, Fixed(2), 0, []),
        new(EndpointId.UserDataStreamUnsubscribe, "userDataStream.unsubscribe", EndpointGroup.UserDataStream, None, NotDocumented, Fixed(2), 0,
        [
            new("subscriptionId", ParameterType.Int, false),
        ]),
        new(EndpointId.SessionSubscriptions, "session.subscriptions", EndpointGroup.UserDataStream, None, Memory, Fixed(2), 0, []),
        new(EndpointId.UserDataStreamSubscribeSignature, "userDataStream.subscribe.signature", EndpointGroup.UserDataStream, UserStream, Memory, Fixed(2), 0,
        [
            new("apiKey", ParameterType.String, true),
            new("signature", ParameterType.String, true),
            new("recvWindow", ParameterType.Decimal, false),
            new("timestamp", ParameterType.Long, true),
        ]),
    ];

    private static readonly FrozenDictionary<(string Method, string Path), RestEndpoint> _restByRoute =
        Rest.ToFrozenDictionary(endpoint => (endpoint.HttpMethod, endpoint.Path));

    private static readonly FrozenDictionary<EndpointId, RestEndpoint> _restById = Rest.ToFrozenDictionary(endpoint => endpoint.Id);

    private static readonly FrozenDictionary<string, WebSocketMethod> _webSocketByName =
        WebSocket.ToFrozenDictionary(method => method.Name, StringComparer.Ordinal);

    private static readonly FrozenDictionary<EndpointId, WebSocketMethod> _webSocketById = WebSocket.ToFrozenDictionary(method => method.Id);

    /// <summary>The REST endpoint for an HTTP method and path (case-sensitive), or <see langword="null"/>.</summary>
    public static RestEndpoint? FindRest(string httpMethod, string path) => _restByRoute.GetValueOrDefault((httpMethod, path));

    /// <summary>The REST endpoint of an operation, or <see langword="null"/> for WebSocket-only methods.</summary>
    public static RestEndpoint? FindRest(EndpointId id) => _restById.GetValueOrDefault(id);

    /// <summary>The WebSocket API method of that name (case-sensitive), or <see langword="null"/>.</summary>
    public static WebSocketMethod? FindWebSocket(string name) => _webSocketByName.GetValueOrDefault(name);

    /// <summary>The WebSocket API method of an operation, or <see langword="null"/>.</summary>
    public static WebSocketMethod? FindWebSocket(EndpointId id) => _webSocketById.GetValueOrDefault(id);

    private static FixedWeight Fixed(int weight) => new(weight);

    private static FixedWeight FreeOnSuccess(int weight) => new(weight, ZeroWhenSuccessful: true);

    private static ParameterWeight CommissionRatesWeight() => new("computeCommissionRates", 20, 1);

    private static RestEndpoint Endpoint(
        EndpointId id, string method, string path, EndpointGroup group, SecurityType security, DataSource source,
        WeightRule weight, int unfilledOrderCount, EndpointParameter[] parameters) =>
        new(id, method, path, group, security, source, weight, unfilledOrderCount,
            security == None ? parameters : [.. parameters, .. _restSigning]);

    // The WS deprecated OCO takes "stopPrice and/or trailingDelta"; REST order/oco requires stopPrice.
    private static WebSocketMethod WithOptionalStopPrice(WebSocketMethod method) => method with
    {
        Parameters = [.. method.Parameters.Select(parameter => parameter.Name == "stopPrice" ? parameter with { Required = false } : parameter)],
    };

    // "= REST": the WebSocket method shares the REST endpoint's rules; signed methods take the WS signing parameters.
    private static WebSocketMethod Same(string name, EndpointId id, EndpointGroup? group = null)
    {
        var rest = Rest.Single(endpoint => endpoint.Id == id);
        var parameters = rest.Security == None
            ? rest.Parameters
            : [.. rest.Parameters.Where(parameter => parameter.Name is not ("recvWindow" or "timestamp")), .. _webSocketSigning];
        return new(id, name, group ?? rest.Group, rest.Security, rest.DataSource, rest.Weight, rest.UnfilledOrderCount, parameters);
    }
}
