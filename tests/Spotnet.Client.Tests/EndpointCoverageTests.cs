using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Spotnet.Client.Requests;
using Spotnet.Client.Tests.Support;
using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Json;

namespace Spotnet.Client.Tests;

/// <summary>Each of the 48 REST endpoints (the deprecated OCO included), called through its SDK method against the documented response (Protocol's golden fixtures).</summary>
public class EndpointCoverageTests
{
    private static readonly SpotJsonContext Json = SpotJsonContext.Default;

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["ping"] = new(EndpointId.Ping, "ping", async c => { await c.PingAsync(); return "{}"; }),
        ["time"] = new(EndpointId.Time, "time", async c => $$"""{"serverTime":{{(await c.GetServerTimeAsync()).ToUnixTimeMilliseconds()}}}"""),
        ["exchangeInfo"] = new(EndpointId.ExchangeInfo, "exchangeInfo", async c => Write(await c.GetExchangeInfoAsync(new ExchangeInfoRequest { Symbols = ["BNBBTC", "BTCUSDT"] }), Json.ExchangeInfo)),
        ["executionRules"] = new(EndpointId.ExecutionRules, "executionRules", async c => Write(await c.GetExecutionRulesAsync(new ExecutionRulesRequest { Symbol = "BTCUSDT" }), Json.ExecutionRules)),
        ["depth"] = new(EndpointId.Depth, "depth", async c => Write(await c.GetOrderBookAsync(new OrderBookRequest("BNBBTC") { Limit = 5 }), Json.OrderBook)),
        ["trades"] = new(EndpointId.RecentTrades, "trades", async c => Write(await c.GetRecentTradesAsync(new TradesRequest("BNBBTC")), Json.IReadOnlyListTrade)),
        ["historicalTrades"] = new(EndpointId.HistoricalTrades, "historicalTrades", async c => Write(await c.GetHistoricalTradesAsync(new TradesRequest("BNBBTC") { FromId = 28457 }), Json.IReadOnlyListTrade)),
        ["historicalBlockTrades"] = new(EndpointId.HistoricalBlockTrades, "historicalBlockTrades", async c => Write(await c.GetHistoricalBlockTradesAsync(new TradesRequest("BNBBTC") { FromId = 1 }), Json.IReadOnlyListTrade)),
        ["aggTrades"] = new(EndpointId.AggregateTrades, "aggTrades", async c => Write(await c.GetAggregateTradesAsync(new AggregateTradesRequest("BNBBTC") { Limit = 1 }), Json.IReadOnlyListAggregateTrade)),
        ["klines"] = new(EndpointId.Klines, "klines", async c => Write(await c.GetKlinesAsync(new KlinesRequest("BNBBTC", KlineInterval.OneMinute)), Json.IReadOnlyListKline)),
        ["uiKlines"] = new(EndpointId.UiKlines, "uiKlines", async c => Write(await c.GetUiKlinesAsync(new KlinesRequest("BNBBTC", KlineInterval.OneDay) { TimeZone = "8" }), Json.IReadOnlyListKline)),
        ["avgPrice"] = new(EndpointId.AveragePrice, "avgPrice", async c => Write(await c.GetAveragePriceAsync(new SymbolRequest("BNBBTC")), Json.AveragePrice)),
        ["ticker-24hr-full"] = new(EndpointId.Ticker24Hour, "ticker-24hr-full", async c => Write((await c.Get24HourTickersAsync(TickerRequest.For("BNBBTC")))[0], Json.Ticker24Hour)),
        ["ticker-24hr-mini-list"] = new(EndpointId.Ticker24Hour, "ticker-24hr-mini-list", async c => Write(await c.Get24HourMiniTickersAsync(TickerRequest.For(["BNBBTC", "BTCUSDT"])), Json.IReadOnlyListMiniTicker)),
        ["ticker-tradingDay-full"] = new(EndpointId.TickerTradingDay, "ticker-tradingDay-full", async c => Write((await c.GetTradingDayTickersAsync(TickerRequest.For("BNBBTC")))[0], Json.WindowTicker)),
        ["ticker-tradingDay-mini-list"] = new(EndpointId.TickerTradingDay, "ticker-tradingDay-mini-list", async c => Write(await c.GetTradingDayMiniTickersAsync(TickerRequest.For(["BNBBTC", "BTCUSDT"])), Json.IReadOnlyListMiniTicker)),
        ["ticker-rolling-full-list"] = new(EndpointId.TickerRollingWindow, "ticker-rolling-full-list", async c => Write(await c.GetRollingWindowTickersAsync(TickerRequest.For(["BNBBTC", "BTCUSDT"]) with { WindowSize = "7d" }), Json.IReadOnlyListWindowTicker)),
        ["ticker-rolling-mini"] = new(EndpointId.TickerRollingWindow, "ticker-rolling-mini", async c => Write((await c.GetRollingWindowMiniTickersAsync(TickerRequest.For("BNBBTC")))[0], Json.MiniTicker)),
        ["ticker-price"] = new(EndpointId.TickerPrice, "ticker-price", async c => Write((await c.GetPriceTickersAsync(TickerRequest.For("LTCBTC")))[0], Json.PriceTicker)),
        ["ticker-bookTicker-list"] = new(EndpointId.TickerBook, "ticker-bookTicker-list", async c => Write(await c.GetBookTickersAsync(new TickerRequest()), Json.IReadOnlyListBookTicker)),
        ["referencePrice"] = new(EndpointId.ReferencePrice, "referencePrice", async c => Write(await c.GetReferencePriceAsync(new SymbolRequest("BTCUSDT")), Json.ReferencePrice)),
        ["referencePrice-calculation"] = new(EndpointId.ReferencePriceCalculation, "referencePrice-calculation-arithmetic", async c => Write(await c.GetReferencePriceCalculationAsync(new ReferencePriceCalculationRequest("BTCUSDT")), Json.ReferencePriceCalculation)),
        ["order"] = new(EndpointId.NewOrder, "order-full", async c => Write(await c.PlaceOrderAsync(NewOrder.Limit("BTCUSDT", OrderSide.Buy, 10m, 0.1m)), Json.NewOrderResponse)),
        ["order-test"] = new(EndpointId.TestNewOrder, "order-test-commission", async c => Write((await c.TestOrderAsync(new TestOrder(NewOrder.Market("BTCUSDT", OrderSide.Sell, 1m)) { ComputeCommissionRates = true }))!, Json.TestOrderCommission)),
        ["order-query"] = new(EndpointId.QueryOrder, "order-query", async c => Write(await c.GetOrderAsync(QueryOrder.ById("LTCBTC", 1)), Json.Order)),
        ["order-cancel"] = new(EndpointId.CancelOrder, "order-cancel", async c => Write(await c.CancelOrderAsync(CancelOrder.ByClientOrderId("LTCBTC", "myOrder1")), Json.CanceledOrder)),
        ["openOrders-cancel"] = new(EndpointId.CancelOpenOrders, "openOrders-cancel", async c => Write(await c.CancelOpenOrdersAsync(new SignedSymbolRequest("BTCUSDT")), Json.IReadOnlyListOpenOrderCancellation)),
        ["cancelReplace"] = new(EndpointId.CancelReplaceOrder, "cancelReplace-success", async c => Write(await c.CancelReplaceOrderAsync(CancelReplaceOrder.ById(9, NewOrder.Limit("BTCUSDT", OrderSide.Sell, 1m, 3m))), Json.CancelReplaceResponse)),
        ["order-amend"] = new(EndpointId.AmendOrderKeepPriority, "order-amend", async c => Write(await c.AmendOrderAsync(AmendOrder.ById("BTCUSDT", 9, 5m)), Json.OrderAmendResponse)),
        ["orderList-oco"] = new(EndpointId.NewOrderListOco, "orderList-oco", async c => Write(await c.PlaceOcoOrderListAsync(OcoOrderList.SellTakeProfitStopLoss("LTCBTC", 1m, 3m, 1m, 0.9m)), Json.NewOrderList)),
#pragma warning disable CS0618 // The deprecated endpoint is still served, so its method is tested too.
        ["order-oco"] = new(EndpointId.NewOcoDeprecated, "orderList-oco", async c => Write(await c.PlaceLegacyOcoOrderListAsync(new LegacyOcoOrderList { Symbol = "LTCBTC", Side = OrderSide.Sell, Quantity = 1m, Price = 3m, StopPrice = 1m }), Json.NewOrderList)),
#pragma warning restore CS0618
        ["orderList-oto"] = new(EndpointId.NewOrderListOto, "orderList-oto", async c => Write(await c.PlaceOtoOrderListAsync(new OtoOrderList("LTCBTC", OrderSide.Buy, 1m, OrderListLeg.Limit(1m), OrderSide.Sell, 1m, OrderListLeg.LimitMaker(2m))), Json.NewOrderList)),
        ["orderList-otoco"] = new(EndpointId.NewOrderListOtoco, "orderList-otoco", async c => Write(await c.PlaceOtocoOrderListAsync(new OtocoOrderList("LTCBTC", OrderSide.Buy, 1m, OrderListLeg.Limit(1m), OrderSide.Sell, 1m, OrderListLeg.LimitMaker(2m), OrderListLeg.StopLoss(0.5m))), Json.NewOrderList)),
        ["orderList-opo"] = new(EndpointId.NewOrderListOpo, "orderList-opo", async c => Write(await c.PlaceOpoOrderListAsync(new OtoOrderList("BTCUSDT", OrderSide.Buy, 1m, OrderListLeg.Limit(1m), OrderSide.Sell, null, OrderListLeg.LimitMaker(2m))), Json.NewOrderList)),
        ["orderList-opoco"] = new(EndpointId.NewOrderListOpoco, "orderList-opoco", async c => Write(await c.PlaceOpocoOrderListAsync(new OtocoOrderList("BTCUSDT", OrderSide.Buy, 1m, OrderListLeg.Limit(1m), OrderSide.Sell, null, OrderListLeg.LimitMaker(2m), OrderListLeg.StopLoss(0.5m))), Json.NewOrderList)),
        ["orderList-cancel"] = new(EndpointId.CancelOrderList, "orderList-cancel", async c => Write(await c.CancelOrderListAsync(CancelOrderList.ById("BTCUSDT", 0)), Json.CanceledOrderList)),
        ["sor-order"] = new(EndpointId.NewSorOrder, "sor-order", async c => Write(await c.PlaceSorOrderAsync(NewOrder.Limit("BTCUSDT", OrderSide.Buy, 0.5m, 31000m)), Json.NewOrderResponse)),
        ["sor-order-test"] = new(EndpointId.TestNewSorOrder, "sor-order-test-commission", async c => Write((await c.TestSorOrderAsync(new TestOrder(NewOrder.Limit("BTCUSDT", OrderSide.Buy, 0.1m, 31000m)) { ComputeCommissionRates = true }))!, Json.TestOrderCommission)),
        ["account"] = new(EndpointId.Account, "account", async c => Write(await c.GetAccountAsync(), Json.AccountInformation)),
        ["openOrders"] = new(EndpointId.OpenOrders, "openOrders", async c => Write(await c.GetOpenOrdersAsync(new OpenOrdersRequest { Symbol = "LTCBTC" }), Json.IReadOnlyListOrder)),
        ["allOrders"] = new(EndpointId.AllOrders, "allOrders", async c => Write(await c.GetAllOrdersAsync(new AllOrdersRequest("LTCBTC") { Limit = 10 }), Json.IReadOnlyListOrder)),
        ["orderList-query"] = new(EndpointId.QueryOrderList, "orderList-query", async c => Write(await c.GetOrderListAsync(QueryOrderList.ById(27)), Json.OrderList)),
        ["allOrderList"] = new(EndpointId.AllOrderLists, "allOrderList", async c => Write(await c.GetAllOrderListsAsync(), Json.IReadOnlyListOrderList)),
        ["openOrderList"] = new(EndpointId.OpenOrderLists, "openOrderList", async c => Write(await c.GetOpenOrderListsAsync(), Json.IReadOnlyListOrderList)),
        ["myTrades"] = new(EndpointId.MyTrades, "myTrades", async c => Write(await c.GetAccountTradesAsync(new AccountTradesRequest("BNBBTC") { OrderId = 100234 }), Json.IReadOnlyListAccountTrade)),
        ["rateLimit-order"] = new(EndpointId.UnfilledOrderCount, "rateLimit-order", async c => Write(await c.GetOrderRateLimitsAsync(), Json.IReadOnlyListRateLimit)),
        ["myPreventedMatches"] = new(EndpointId.MyPreventedMatches, "myPreventedMatches", async c => Write(await c.GetPreventedMatchesAsync(new PreventedMatchesRequest("BTCUSDT") { PreventedMatchId = 1 }), Json.IReadOnlyListPreventedMatch)),
        ["myAllocations"] = new(EndpointId.MyAllocations, "myAllocations", async c => Write(await c.GetAllocationsAsync(new AllocationsRequest("BTCUSDT")), Json.IReadOnlyListAllocation)),
        ["account-commission"] = new(EndpointId.AccountCommission, "account-commission", async c => Write(await c.GetCommissionRatesAsync(new SignedSymbolRequest("BTCUSDT")), Json.AccountCommission)),
        ["order-amendments"] = new(EndpointId.OrderAmendments, "order-amendments", async c => Write(await c.GetOrderAmendmentsAsync(new OrderAmendmentsRequest("BTCUSDT", 9)), Json.IReadOnlyListOrderAmendment)),
        ["myFilters"] = new(EndpointId.MyFilters, "myFilters", async c => Write(await c.GetMyFiltersAsync(new SignedSymbolRequest("BTCUSDT")), Json.RelevantFilters)),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Fact]
    public void Every_documented_rest_endpoint_has_an_sdk_method_under_test()
    {
        var covered = Cases.Values.Select(c => c.Endpoint).ToHashSet();
        var documented = EndpointTable.Rest.Select(e => e.Id).ToHashSet();

        // The testnet docs' 47 plus the deprecated POST /api/v3/order/oco, which the server still serves.
        Assert.Equal(48, documented.Count);
        Assert.Empty(documented.Except(covered));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Sdk_method_calls_its_endpoint_and_parses_the_documented_response(string name)
    {
        var @case = Cases[name];
        var fixture = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "rest", @case.Fixture + ".json"));
        await using var server = await ClientFixture.StartAsync();
        server.Server.EnqueueJson(200, fixture);

        var parsed = await @case.Call(server.Client);

        var endpoint = EndpointTable.FindRest(@case.Endpoint)!;
        var sent = Assert.Single(server.Server.Requests);
        Assert.Equal((endpoint.HttpMethod, endpoint.Path), (sent.Method, sent.Path));
        Assert.Equal(endpoint.Security != SecurityType.None, sent.ApiKey.Length > 0);
        Assert.Equal(Canonical(fixture), Canonical(parsed));
    }

    private static string Write<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.Serialize(value, typeInfo);

    private static string Canonical(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.RootElement.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private sealed record Case(EndpointId Endpoint, string Fixture, Func<SpotRestClient, Task<string>> Call);
}
