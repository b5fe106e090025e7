using System.Text.Json;
using Spotnet.Protocol.Filters;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Models.General;
using Spotnet.Protocol.Models.Trading;
using Spotnet.Protocol.Streams;
using Spotnet.Protocol.UserData;

namespace Spotnet.Protocol.Tests.Json;

public class PolymorphismTests
{
    private const string NewFilter = """{"filterType":"SOME_FUTURE_FILTER","maxWidgets":3,"ratio":"0.50","nested":{"a":[1,"2",null]}}""";

    [Fact]
    public void Unknown_filter_round_trips_unchanged_in_its_position()
    {
        var json = $$"""[{"filterType":"PRICE_FILTER","minPrice":"0.01","maxPrice":"100.00","tickSize":"0.01"},{{NewFilter}},{"filterType":"MAX_NUM_ORDERS","maxNumOrders":200}]""";
        var typeInfo = SpotJsonContext.Default.IReadOnlyListFilter;

        var filters = JsonSerializer.Deserialize(json, typeInfo)!;

        Assert.IsType<PriceFilter>(filters[0]);
        var unknown = Assert.IsType<UnknownFilter>(filters[1]);
        Assert.Equal("SOME_FUTURE_FILTER", unknown.FilterType);
        Assert.Equal(200, Assert.IsType<MaxNumOrdersFilter>(filters[2]).MaximumOrders);
        Assert.Equal(json, JsonSerializer.Serialize(filters, typeInfo));
    }

    [Fact]
    public void Filter_without_filter_type_is_kept_as_unknown()
    {
        var filter = JsonSerializer.Deserialize("""{"limit":10}""", SpotJsonContext.Default.Filter);

        var unknown = Assert.IsType<UnknownFilter>(filter);
        Assert.Null(unknown.FilterType);
    }

    [Fact]
    public void Known_filter_written_through_the_base_type_carries_its_filter_type_first()
    {
        Filter filter = new LotSizeFilter { MinimumQuantity = 0.00100000m, MaximumQuantity = 100.00000000m, StepSize = 0.00100000m };

        var json = JsonSerializer.Serialize(filter, SpotJsonContext.Default.Filter);

        Assert.Equal("""{"filterType":"LOT_SIZE","minQty":"0.00100000","maxQty":"100.00000000","stepSize":"0.00100000"}""", json);
    }

    [Fact]
    public void Unknown_execution_rule_round_trips_unchanged()
    {
        const string Json = """{"symbolRules":[{"symbol":"BAZUSD","rules":[{"ruleType":"TIME_RANGE","from":1}]}]}""";

        var rules = JsonSerializer.Deserialize(Json, SpotJsonContext.Default.ExecutionRules)!;

        Assert.IsType<UnknownExecutionRule>(rules.SymbolRules[0].Rules[0]);
        Assert.Equal(Json, JsonSerializer.Serialize(rules, SpotJsonContext.Default.ExecutionRules));
    }

    [Theory]
    [InlineData("""{"e":"balanceUpdate","E":1,"a":"BTC","d":"1.0","T":2}""", typeof(BalanceUpdateEvent))]
    [InlineData("""{"e":"eventStreamTerminated","E":1}""", typeof(EventStreamTerminatedEvent))]
    [InlineData("""{"e":"externalLockUpdate","E":1,"a":"NEO","d":"10.0","T":2}""", typeof(ExternalLockUpdateEvent))]
    [InlineData("""{"E":1,"e":"outboundAccountPosition","u":1,"B":[]}""", typeof(AccountPositionEvent))]
    [InlineData("""{"e":"somethingNew","E":1,"x":[1]}""", typeof(UnknownUserDataEvent))]
    public void User_data_event_type_is_chosen_by_e_wherever_it_appears(string json, Type expected)
    {
        var message = JsonSerializer.Deserialize($$"""{"subscriptionId":3,"event":{{json}}}""", SpotJsonContext.Default.UserDataEventMessage)!;

        Assert.IsType(expected, message.Event);
        Assert.Equal(3, message.SubscriptionId);
    }

    [Fact]
    public void Unknown_user_data_event_round_trips_unchanged()
    {
        const string Json = """{"subscriptionId":0,"event":{"e":"somethingNew","E":1,"x":[1,"a"]}}""";

        var message = JsonSerializer.Deserialize(Json, SpotJsonContext.Default.UserDataEventMessage)!;

        Assert.Equal(Json, JsonSerializer.Serialize(message, SpotJsonContext.Default.UserDataEventMessage));
    }

    [Theory]
    [InlineData("1hTicker")]
    [InlineData("4hTicker")]
    [InlineData("1dTicker")]
    public void Rolling_window_ticker_event_keeps_its_window_in_e(string eventType)
    {
        var json = $$"""{"e":"{{eventType}}","E":1,"s":"BNBBTC","p":"0","P":"0","o":"0","h":"0","l":"0","c":"0","w":"0","v":"0","q":"0","O":0,"C":1,"F":0,"L":1,"n":2}""";

        var ticker = Assert.IsType<WindowTickerEvent>(JsonSerializer.Deserialize(json, SpotJsonContext.Default.MarketStreamEvent));

        Assert.Equal(eventType, ticker.EventType);
        Assert.Equal(json, JsonSerializer.Serialize<MarketStreamEvent>(ticker, SpotJsonContext.Default.MarketStreamEvent));
    }

    [Fact]
    public void Unknown_stream_event_is_kept_raw()
    {
        const string Json = """{"e":"newStream","E":1,"s":"BTCUSDT"}""";

        var payload = JsonSerializer.Deserialize(Json, SpotJsonContext.Default.MarketStreamEvent);

        Assert.IsType<UnknownStreamEvent>(payload);
        Assert.Equal(Json, JsonSerializer.Serialize(payload!, SpotJsonContext.Default.MarketStreamEvent));
    }

    [Fact]
    public void Cancel_replace_parts_are_read_as_error_or_order_by_the_code_key()
    {
        const string Json = """
            {"cancelResult":"SUCCESS","newOrderResult":"FAILURE",
             "cancelResponse":{"symbol":"BTCUSDT","origClientOrderId":"a","orderId":3,"orderListId":-1,"clientOrderId":"b","transactTime":1,
               "price":"1.0","origQty":"1.0","executedQty":"0.0","origQuoteOrderQty":"0.0","cummulativeQuoteQty":"0.0","status":"CANCELED",
               "timeInForce":"GTC","type":"LIMIT","side":"SELL","selfTradePreventionMode":"NONE"},
             "newOrderResponse":{"code":-2010,"msg":"Order would immediately match and take."}}
            """;

        var response = JsonSerializer.Deserialize(Json, SpotJsonContext.Default.CancelReplaceResponse)!;

        Assert.Equal(3, response.CancelResponse.Order!.OrderId);
        Assert.Null(response.CancelResponse.Error);
        Assert.Equal(-2010, response.NewOrderResponse!.Error!.Code);
        Assert.Null(response.NewOrderResponse.Order);
    }

    [Fact]
    public void Cancel_all_open_orders_entries_are_orders_or_order_lists()
    {
        var entries = JsonSerializer.Deserialize(GoldenFixtureText("rest/openOrders-cancel.json"), SpotJsonContext.Default.IReadOnlyListOpenOrderCancellation)!;

        Assert.Contains(entries, e => e.Order is not null && e.OrderList is null);
        Assert.Contains(entries, e => e.OrderList is { OrderReports.Count: > 0 } && e.Order is null);
    }

    [Fact]
    public void Outcome_with_neither_part_cannot_be_written()
    {
        var response = new CancelReplaceResponse { CancelResponse = new CancelOutcome() };

        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(response, SpotJsonContext.Default.CancelReplaceResponse));
    }

    private static string GoldenFixtureText(string fixture) => Golden.GoldenFixture.Read(fixture);
}
