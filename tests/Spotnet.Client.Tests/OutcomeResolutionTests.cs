using Spotnet.Client.Errors;
using Spotnet.Client.Requests;
using Spotnet.Client.Tests.Support;
using Spotnet.Protocol.Enums;

namespace Spotnet.Client.Tests;

/// <summary>Settling lost answers (a cancel, an order list) and placing an order again without resending its client id.</summary>
public class OutcomeResolutionTests
{
    private const string CanceledOrder = """
        {"symbol":"LTCBTC","orderId":4,"orderListId":-1,"clientOrderId":"myOrder1","price":"2.00000000","origQty":"1.00000000","executedQty":"0.00000000",
        "cummulativeQuoteQty":"0.00000000","status":"CANCELED","timeInForce":"GTC","type":"LIMIT","side":"BUY","stopPrice":"0.00000000","icebergQty":"0.00000000",
        "time":1499827319559,"updateTime":1499827319559,"isWorking":true,"workingTime":1499827319559,"origQuoteOrderQty":"0.00000000","selfTradePreventionMode":"NONE"}
        """;

    [Fact]
    public async Task A_resent_cancel_answered_unknown_order_is_settled_by_querying_the_order()
    {
        await using var fixture = await ClientFixture.StartAsync();
        fixture.Server.EnqueueJson(400, """{"code":-2011,"msg":"Unknown order sent."}""");
        fixture.Server.EnqueueJson(200, CanceledOrder);

        var order = await fixture.Client.ResolveCancelAsync(CancelOrder.ById("LTCBTC", 4));

        Assert.Equal((4L, OrderStatus.Canceled), (order!.OrderId, order.Status));
        var requests = fixture.Server.Requests.ToArray();
        Assert.Equal([("DELETE", "/api/v3/order"), ("GET", "/api/v3/order")], requests.Select(r => (r.Method, r.Path)));
        Assert.StartsWith("symbol=LTCBTC&orderId=4&", requests[0].BodyText, StringComparison.Ordinal);
        Assert.StartsWith("symbol=LTCBTC&orderId=4&", requests[1].RawQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_resent_cancel_that_cancels_returns_the_order_read_afterwards_by_the_cancels_client_id()
    {
        await using var fixture = await ClientFixture.StartAsync();
        var cancel = CancelOrder.ByClientOrderId("LTCBTC", "myOrder1") with { NewClientOrderId = "cancelMyOrder1" };
        fixture.Server.EnqueueJson(200, """{"symbol":"LTCBTC","origClientOrderId":"myOrder1","orderId":4,"orderListId":-1,"clientOrderId":"cancelMyOrder1","transactTime":1684804350068,"price":"2.00000000","origQty":"1.00000000","executedQty":"0.00000000","origQuoteOrderQty":"0.000000","cummulativeQuoteQty":"0.00000000","status":"CANCELED","timeInForce":"GTC","type":"LIMIT","side":"BUY","selfTradePreventionMode":"NONE"}""");
        fixture.Server.EnqueueJson(200, CanceledOrder);

        var order = await fixture.Client.ResolveCancelAsync(cancel);

        Assert.Equal(OrderStatus.Canceled, order!.Status);
        Assert.StartsWith("symbol=LTCBTC&origClientOrderId=myOrder1&newClientOrderId=cancelMyOrder1&", fixture.Server.Requests.First().BodyText, StringComparison.Ordinal);
        Assert.StartsWith("symbol=LTCBTC&origClientOrderId=cancelMyOrder1&", fixture.Server.Requests.Last().RawQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_order_that_finished_before_a_cancel_by_client_id_is_found_by_its_own_id()
    {
        await using var fixture = await ClientFixture.StartAsync();
        var cancel = CancelOrder.ByClientOrderId("LTCBTC", "myOrder1") with { NewClientOrderId = "cancelMyOrder1" };
        fixture.Server.EnqueueJson(400, """{"code":-2011,"msg":"Unknown order sent."}""");
        fixture.Server.EnqueueJson(400, """{"code":-2013,"msg":"Order does not exist."}""");
        fixture.Server.EnqueueJson(200, CanceledOrder.Replace("CANCELED", "FILLED", StringComparison.Ordinal));

        var order = await fixture.Client.ResolveCancelAsync(cancel);

        Assert.Equal(OrderStatus.Filled, order!.Status);
        var queries = fixture.Server.Requests.Skip(1).Select(r => r.RawQuery).ToArray();
        Assert.Equal(2, queries.Length);
        Assert.StartsWith("symbol=LTCBTC&origClientOrderId=cancelMyOrder1&", queries[0], StringComparison.Ordinal);
        Assert.StartsWith("symbol=LTCBTC&origClientOrderId=myOrder1&", queries[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolving_a_cancel_of_an_order_the_server_never_had_returns_null()
    {
        await using var fixture = await ClientFixture.StartAsync();
        fixture.Server.EnqueueJson(400, """{"code":-2011,"msg":"Unknown order sent."}""");
        fixture.Server.EnqueueJson(400, """{"code":-2013,"msg":"Order does not exist."}""");

        Assert.Null(await fixture.Client.ResolveCancelAsync(CancelOrder.ById("LTCBTC", 4)));
    }

    [Fact]
    public async Task Any_other_cancel_error_is_not_swallowed_by_the_resolution()
    {
        await using var fixture = await ClientFixture.StartAsync();
        fixture.Server.EnqueueJson(400, """{"code":-1121,"msg":"Invalid symbol."}""");

        var error = await Assert.ThrowsAsync<SpotApiException>(() => fixture.Client.ResolveCancelAsync(CancelOrder.ById("NOPE", 4)));

        Assert.Equal(-1121, error.Code);
        Assert.Single(fixture.Server.Requests);
    }

    [Fact]
    public async Task An_order_list_is_resolved_by_its_list_client_order_id_and_an_unknown_one_is_null()
    {
        await using var fixture = await ClientFixture.StartAsync();
        fixture.Server.EnqueueJson(400, """{"code":-2013,"msg":"Order does not exist."}""");

        var list = await fixture.Client.ResolveOrderListAsync("myList7");

        Assert.Null(list);
        var query = Assert.Single(fixture.Server.Requests);
        Assert.Equal(("GET", "/api/v3/orderList"), (query.Method, query.Path));
        Assert.StartsWith("origClientOrderId=myList7&", query.RawQuery, StringComparison.Ordinal);
    }

    [Fact]
    public void A_with_copy_keeps_the_client_order_id_and_WithNewClientOrderId_replaces_only_the_id()
    {
        var order = NewOrder.Limit("BTCUSDT", OrderSide.Buy, 1m, 100m);

        var repriced = order with { Price = 101m };
        var again = repriced.WithNewClientOrderId();

        Assert.Equal(order.ClientOrderId, repriced.ClientOrderId);
        Assert.NotEqual(order.ClientOrderId, again.ClientOrderId);
        Assert.Equal(repriced, again with { ClientOrderId = repriced.ClientOrderId });
    }

    [Fact]
    public void Order_lists_renew_the_list_id_and_every_leg_id_together()
    {
        var oco = OcoOrderList.SellTakeProfitStopLoss("BTCUSDT", 1m, 110m, 90m, 89m);
        var otoco = new OtocoOrderList("BTCUSDT", OrderSide.Buy, 1m, OrderListLeg.Limit(100m), OrderSide.Sell, 1m, OrderListLeg.LimitMaker(110m), OrderListLeg.StopLoss(90m));
        var oto = new OtoOrderList("BTCUSDT", OrderSide.Buy, 1m, OrderListLeg.Limit(100m), OrderSide.Sell, 1m, OrderListLeg.LimitMaker(110m));
        var legacy = new LegacyOcoOrderList { Symbol = "BTCUSDT", Side = OrderSide.Sell, Quantity = 1m, Price = 110m, StopPrice = 90m };

        var ids = new[]
        {
            Ids(oco), Ids(oco.WithNewClientOrderIds()),
            Ids(otoco), Ids(otoco.WithNewClientOrderIds()),
            Ids(oto), Ids(oto.WithNewClientOrderIds()),
            Ids(legacy), Ids(legacy.WithNewClientOrderIds()),
        }.SelectMany(list => list).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(oco.Above.Price, oco.WithNewClientOrderIds().Above.Price);
    }

    [Fact]
    public async Task Legacy_oco_sends_the_deprecated_parameters_to_the_deprecated_path()
    {
        await using var fixture = await ClientFixture.StartAsync();
        var request = new LegacyOcoOrderList
        {
            Symbol = "BTCUSDT", Side = OrderSide.Sell, Quantity = 1m, Price = 110m, StopPrice = 90m, StopLimitPrice = 89.5m,
            StopLimitTimeInForce = TimeInForce.Gtc, ListClientOrderId = "list1", LimitClientOrderId = "limit1", StopClientOrderId = "stop1",
        };
        fixture.Server.EnqueueJson(400, """{"code":-2010,"msg":"Account has insufficient balance for requested action."}""");

#pragma warning disable CS0618
        await Assert.ThrowsAsync<SpotApiException>(() => fixture.Client.PlaceLegacyOcoOrderListAsync(request));
#pragma warning restore CS0618

        var sent = Assert.Single(fixture.Server.Requests);
        Assert.Equal(("POST", "/api/v3/order/oco"), (sent.Method, sent.Path));
        Assert.StartsWith(
            "symbol=BTCUSDT&listClientOrderId=list1&side=SELL&quantity=1&limitClientOrderId=limit1&price=110&stopClientOrderId=stop1&stopPrice=90&stopLimitPrice=89.5&stopLimitTimeInForce=GTC&recvWindow=5000&timestamp=",
            sent.BodyText,
            StringComparison.Ordinal);
    }

    private static IEnumerable<string> Ids(OrderListRequest list) => list switch
    {
        OcoOrderList oco => [oco.ListClientOrderId, oco.Above.ClientOrderId, oco.Below.ClientOrderId],
        OtocoOrderList otoco => [otoco.ListClientOrderId, otoco.Working.ClientOrderId, otoco.PendingAbove.ClientOrderId, otoco.PendingBelow!.ClientOrderId],
        OtoOrderList oto => [oto.ListClientOrderId, oto.Working.ClientOrderId, oto.Pending.ClientOrderId],
        LegacyOcoOrderList legacy => [legacy.ListClientOrderId, legacy.LimitClientOrderId, legacy.StopClientOrderId],
        _ => throw new ArgumentOutOfRangeException(nameof(list)),
    };
}
