using System.Text.Json;

namespace Spotnet.EndToEnd.Tests;

public sealed class TradingListAndStpTests
{
    [Fact]
    public async Task Oto_places_a_working_order_and_a_pending_one_shown_as_oto()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var list = await trader.OkAsync(trader.PostAsync("/api/v3/orderList/oto",
            "symbol=BTCUSDT&workingType=LIMIT&workingSide=BUY&workingPrice=60000&workingQuantity=0.001&workingTimeInForce=GTC"
            + "&pendingType=LIMIT_MAKER&pendingSide=SELL&pendingPrice=70000&pendingQuantity=0.001"));
        Assert.Equal("OTO", list.GetProperty("contingencyType").GetString());
        var statuses = list.GetProperty("orderReports").EnumerateArray().Select(report => report.GetProperty("status").GetString()).ToArray();
        Assert.Equal(new[] { "NEW", "PENDING_NEW" }, statuses);
        Assert.Equal(2, (await trader.OkAsync(trader.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"))).GetArrayLength());
    }

    [Fact]
    public async Task Opo_pending_report_has_no_original_quantity()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var list = await trader.OkAsync(trader.PostAsync("/api/v3/orderList/opo",
            "symbol=BTCUSDT&workingType=LIMIT&workingSide=BUY&workingPrice=60000&workingQuantity=0.001&workingTimeInForce=GTC"
            + "&pendingType=LIMIT_MAKER&pendingSide=SELL&pendingPrice=70000"));
        Assert.Equal("OTO", list.GetProperty("contingencyType").GetString());
        var reports = list.GetProperty("orderReports").EnumerateArray().ToArray();
        Assert.True(reports[0].TryGetProperty("origQty", out _));
        Assert.False(reports[1].TryGetProperty("origQty", out _));
    }

    [Fact]
    public async Task Otoco_places_three_legs()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var list = await trader.OkAsync(trader.PostAsync("/api/v3/orderList/otoco",
            "symbol=BTCUSDT&workingType=LIMIT&workingSide=BUY&workingPrice=60000&workingQuantity=0.001&workingTimeInForce=GTC"
            + "&pendingSide=SELL&pendingQuantity=0.001&pendingAboveType=LIMIT_MAKER&pendingAbovePrice=70000"
            + "&pendingBelowType=STOP_LOSS&pendingBelowStopPrice=55000"));
        Assert.Equal("OTO", list.GetProperty("contingencyType").GetString());
        Assert.Equal(3, list.GetProperty("orders").GetArrayLength());
    }

    // rest-api.md, OTO: "When the order list is placed, if the working order gets immediately fully filled, the placement
    // response will show the working order as FILLED but the pending order will still appear as PENDING_NEW. You need
    // to query the status of the pending order again to see its updated status." OTOCO's working order "is the same as
    // the OTO"; OPO "is almost identical to OTO" (faqs/opo.md). Fidelity T20.
    [Theory]
    [InlineData("oto", "&pendingType=LIMIT_MAKER&pendingSide=SELL&pendingPrice=70000&pendingQuantity=0.001")]
    [InlineData("opo", "&pendingType=LIMIT_MAKER&pendingSide=SELL&pendingPrice=70000")]
    [InlineData("otoco", "&pendingSide=SELL&pendingQuantity=0.001&pendingAboveType=LIMIT_MAKER&pendingAbovePrice=70000&pendingBelowType=STOP_LOSS&pendingBelowStopPrice=55000")]
    public async Task A_working_order_filled_at_placement_answers_its_pending_orders_as_pending_new(string kind, string pending)
    {
        await using var server = await TestServer.StartAsync();
        var maker = await TradingClient.CreateAsync(server);
        var trader = await TradingClient.CreateAsync(server);
        await maker.OkAsync(maker.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.001&price=65000"));
        var list = await trader.OkAsync(trader.PostAsync($"/api/v3/orderList/{kind}",
            "symbol=BTCUSDT&workingType=LIMIT&workingSide=BUY&workingPrice=65000&workingQuantity=0.001&workingTimeInForce=GTC" + pending));

        Assert.Equal(("EXEC_STARTED", "EXECUTING"), (list.GetProperty("listStatusType").GetString(), list.GetProperty("listOrderStatus").GetString()));
        var reports = list.GetProperty("orderReports").EnumerateArray().ToArray();
        Assert.Equal("FILLED", reports[0].GetProperty("status").GetString());
        Assert.Equal(1, reports[0].GetProperty("fills").GetArrayLength());
        Assert.All(reports.Skip(1), report =>
        {
            Assert.Equal("PENDING_NEW", report.GetProperty("status").GetString());
            Assert.Equal(-1, report.GetProperty("workingTime").GetInt64());
            Assert.Equal(0, report.GetProperty("fills").GetArrayLength());
        });

        // Queried again, the pending orders are working.
        var placed = await trader.OkAsync(trader.GetAsync("/api/v3/orderList", $"orderListId={list.GetProperty("orderListId").GetInt64()}"));
        var open = await trader.OkAsync(trader.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"));
        Assert.Equal(reports.Length - 1, open.GetArrayLength());
        Assert.All(open.EnumerateArray(), order => Assert.Equal("NEW", order.GetProperty("status").GetString()));
        Assert.Equal(kind == "otoco" ? "EXECUTING" : "ALL_DONE", placed.GetProperty("listOrderStatus").GetString());
    }

    private const string SellOco = "symbol=BTCUSDT&side=SELL&quantity=0.001&aboveType=LIMIT_MAKER&abovePrice=70000&belowType=STOP_LOSS&belowStopPrice=60000";

    // The OTOCO and OPOCO tables mark pendingBelowType optional, but "OTOCO has 2 pending orders": an OCO pair needs both
    // legs (fidelity T22).
    [Theory]
    [InlineData("otoco", "&pendingQuantity=0.001")]
    [InlineData("opoco", "")]
    public async Task An_otoco_or_opoco_without_its_pending_below_type_is_missing_a_mandatory_parameter(string kind, string quantity)
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        (await trader.PostAsync($"/api/v3/orderList/{kind}",
            "symbol=BTCUSDT&workingType=LIMIT&workingSide=BUY&workingPrice=60000&workingQuantity=0.001&workingTimeInForce=GTC"
            + "&pendingSide=SELL&pendingAboveType=LIMIT_MAKER&pendingAbovePrice=70000" + quantity))
            .AssertError(400, -1102, "Mandatory parameter 'pendingBelowType' was not sent, was empty/null, or malformed.");
        Assert.Empty((await trader.OkAsync(trader.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"))).EnumerateArray());
    }

    // rest-api.md, Cancel order: the answer is the order's ("orderListId": -1 "Unless it's part of an order list"), and
    // "Canceling an individual order from an order list will cancel the entire order list" (Cancel Order list). The
    // WebSocket API's list-shaped answer is its own (fidelity T21).
    [Fact]
    public async Task Cancelling_one_leg_cancels_the_list_and_answers_with_the_legs_report()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var placed = await trader.OkAsync(trader.PostAsync("/api/v3/orderList/oco", SellOco + "&aboveClientOrderId=AB3&belowClientOrderId=BE3"));
        var listId = placed.GetProperty("orderListId").GetInt64();
        var canceled = await trader.OkAsync(trader.DeleteAsync("/api/v3/order", "symbol=BTCUSDT&origClientOrderId=AB3&newClientOrderId=CX3"));
        Assert.Equal((listId, "AB3", "CX3", "CANCELED", "LIMIT_MAKER"), (canceled.GetProperty("orderListId").GetInt64(),
            canceled.GetProperty("origClientOrderId").GetString(), canceled.GetProperty("clientOrderId").GetString(),
            canceled.GetProperty("status").GetString(), canceled.GetProperty("type").GetString()));
        Assert.False(canceled.TryGetProperty("orderReports", out _));

        var list = await trader.OkAsync(trader.GetAsync("/api/v3/orderList", $"orderListId={listId}"));
        Assert.Equal(("ALL_DONE", "ALL_DONE"), (list.GetProperty("listStatusType").GetString(), list.GetProperty("listOrderStatus").GetString()));
        // The other leg is canceled as well (under the cancel's client id, fidelity E28).
        var below = OrderIds(placed).Single(leg => leg.ClientOrderId == "BE3").OrderId;
        var other = await trader.OkAsync(trader.GetAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={below}"));
        Assert.Equal("CANCELED", other.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Cancelling_an_order_list_by_id_with_another_list_client_id_is_minus_2039_and_cancels_nothing()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var placed = await trader.OkAsync(trader.PostAsync("/api/v3/orderList/oco", SellOco + "&listClientOrderId=LY1"));
        var listId = placed.GetProperty("orderListId").GetInt64();
        (await trader.DeleteAsync("/api/v3/orderList", $"symbol=BTCUSDT&orderListId={listId}&listClientOrderId=nope"))
            .AssertError(400, -2039, "Client order ID is not correct for this order ID.");
        var queried = await trader.OkAsync(trader.GetAsync("/api/v3/orderList", $"orderListId={listId}"));
        Assert.Equal("EXECUTING", queried.GetProperty("listOrderStatus").GetString());

        // Both ids of the same list cancel it; a done list under either is unknown.
        await trader.OkAsync(trader.DeleteAsync("/api/v3/orderList", $"symbol=BTCUSDT&orderListId={listId}&listClientOrderId=LY1"));
        (await trader.DeleteAsync("/api/v3/orderList", $"symbol=BTCUSDT&orderListId={listId}&listClientOrderId=nope"))
            .AssertError(400, -2011, "Unknown order sent.");
    }

    [Fact]
    public async Task Cancelling_an_order_list_reports_each_leg_with_its_own_id_as_orig_client_order_id_and_the_cancel_id_as_client_order_id()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var placed = await trader.OkAsync(trader.PostAsync("/api/v3/orderList/oco",
            SellOco + "&listClientOrderId=LX2&aboveClientOrderId=AB2&belowClientOrderId=BE2"));
        var legs = OrderIds(placed);

        // The docs' sample: the list keeps its own listClientOrderId, orders[] show the legs' own ids, and every
        // orderReports[] entry has the leg's own id as origClientOrderId and the cancel's newClientOrderId as clientOrderId.
        var canceled = await trader.OkAsync(trader.DeleteAsync("/api/v3/orderList", "symbol=BTCUSDT&listClientOrderId=LX2&newClientOrderId=CX2"));
        Assert.Equal("LX2", canceled.GetProperty("listClientOrderId").GetString());
        Assert.Equal(legs, OrderIds(canceled));
        var reports = canceled.GetProperty("orderReports").EnumerateArray().ToArray();
        Assert.Equal(
            legs.Select(leg => (leg.OrderId, leg.ClientOrderId, (string?)"CX2", (string?)"CANCELED")),
            reports.Select(report => (report.GetProperty("orderId").GetInt64(), report.GetProperty("origClientOrderId").GetString(),
                report.GetProperty("clientOrderId").GetString(), report.GetProperty("status").GetString())));
        Assert.All(reports, report => Assert.Equal(
            new[] { "symbol", "origClientOrderId", "orderId", "orderListId", "clientOrderId", "transactTime" },
            report.EnumerateObject().Select(field => field.Name).Take(6)));

        // The list is found by its own id afterwards; its legs carry the cancel's id, as a canceled order does.
        var queried = await trader.OkAsync(trader.GetAsync("/api/v3/orderList", "origClientOrderId=LX2"));
        Assert.Equal(("LX2", "ALL_DONE"), (queried.GetProperty("listClientOrderId").GetString(), queried.GetProperty("listOrderStatus").GetString()));
        foreach (var (orderId, _) in legs)
        {
            var leg = await trader.OkAsync(trader.GetAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={orderId}"));
            Assert.Equal(("CX2", "CANCELED"), (leg.GetProperty("clientOrderId").GetString(), leg.GetProperty("status").GetString()));
        }

        (await trader.GetAsync("/api/v3/orderList", "origClientOrderId=CX2")).AssertError(400, -2013, "Order does not exist.");
    }

    [Fact]
    public async Task Cancelling_an_order_list_without_a_new_client_order_id_gives_the_legs_one_generated_id_and_the_list_keeps_its_own()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var placed = await trader.OkAsync(trader.PostAsync("/api/v3/orderList/oco", SellOco + "&listClientOrderId=LX3"));
        var legs = OrderIds(placed);
        var canceled = await trader.OkAsync(trader.DeleteAsync("/api/v3/orderList", $"symbol=BTCUSDT&orderListId={placed.GetProperty("orderListId").GetInt64()}"));
        Assert.Equal("LX3", canceled.GetProperty("listClientOrderId").GetString());
        var reports = canceled.GetProperty("orderReports").EnumerateArray().ToArray();
        Assert.Equal(legs.Select(leg => leg.ClientOrderId), reports.Select(report => report.GetProperty("origClientOrderId").GetString()));
        var cancelId = Assert.Single(reports.Select(report => report.GetProperty("clientOrderId").GetString()).Distinct());
        Assert.Matches("^[A-Za-z0-9]{22}$", cancelId);
        Assert.DoesNotContain(cancelId, legs.Select(leg => leg.ClientOrderId));
        Assert.Equal("LX3", (await trader.OkAsync(trader.GetAsync("/api/v3/orderList", "origClientOrderId=LX3"))).GetProperty("listClientOrderId").GetString());
    }

    [Fact]
    public async Task Cancelling_open_orders_gives_list_legs_the_cancel_id_of_the_single_orders_and_the_list_keeps_its_own()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        await trader.OkAsync(trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=50000&newClientOrderId=single"));
        var placed = await trader.OkAsync(trader.PostAsync("/api/v3/orderList/oco",
            SellOco + "&listClientOrderId=LX4&aboveClientOrderId=AB4&belowClientOrderId=BE4"));
        var legs = OrderIds(placed);

        var canceled = (await trader.OkAsync(trader.DeleteAsync("/api/v3/openOrders", "symbol=BTCUSDT"))).EnumerateArray().ToArray();
        Assert.Equal(2, canceled.Length);
        var single = canceled[0];
        Assert.Equal("single", single.GetProperty("origClientOrderId").GetString());
        var cancelId = single.GetProperty("clientOrderId").GetString();
        var list = canceled[1];
        Assert.Equal("LX4", list.GetProperty("listClientOrderId").GetString());
        Assert.Equal(legs, OrderIds(list));
        Assert.Equal(
            legs.Select(leg => (leg.OrderId, leg.ClientOrderId, cancelId)),
            list.GetProperty("orderReports").EnumerateArray().Select(report => (report.GetProperty("orderId").GetInt64(),
                report.GetProperty("origClientOrderId").GetString(), report.GetProperty("clientOrderId").GetString())));
    }

    [Fact]
    public async Task Query_order_list_with_both_order_list_id_and_orig_client_order_id_uses_only_the_client_id()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var first = (await trader.OkAsync(trader.PostAsync("/api/v3/orderList/oco", SellOco + "&listClientOrderId=L1"))).GetProperty("orderListId").GetInt64();
        var second = (await trader.OkAsync(trader.PostAsync("/api/v3/orderList/oco", SellOco + "&listClientOrderId=L2"))).GetProperty("orderListId").GetInt64();

        var byClientId = await trader.OkAsync(trader.GetAsync("/api/v3/orderList", $"orderListId={second}&origClientOrderId=L1"));
        Assert.Equal((first, "L1"), (byClientId.GetProperty("orderListId").GetInt64(), byClientId.GetProperty("listClientOrderId").GetString()));
        (await trader.GetAsync("/api/v3/orderList", $"orderListId={second}&origClientOrderId=nope")).AssertError(400, -2013, "Order does not exist.");
        Assert.Equal("L2", (await trader.OkAsync(trader.GetAsync("/api/v3/orderList", $"orderListId={second}"))).GetProperty("listClientOrderId").GetString());
    }

    private static (long OrderId, string? ClientOrderId)[] OrderIds(JsonElement list) =>
        [.. list.GetProperty("orders").EnumerateArray().Select(leg => (leg.GetProperty("orderId").GetInt64(), leg.GetProperty("clientOrderId").GetString()))];

    [Fact]
    public async Task List_leg_errors_name_the_legs_own_parameter()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        const string Oco = "symbol=BTCUSDT&side=SELL&quantity=0.001";
        const string Working = "symbol=BTCUSDT&workingType=LIMIT&workingSide=BUY&workingPrice=60000&workingQuantity=0.001";
        const string Pending = "&pendingSide=SELL&pendingQuantity=0.001";
        (string Path, string Parameters, int Code, string Message)[] cases =
        [
            ("oco", Oco + "&aboveType=LIMIT_MAKER&belowType=STOP_LOSS&belowStopPrice=60000", -1102, Missing("abovePrice")),
            ("oco", Oco + "&aboveType=LIMIT_MAKER&abovePrice=70000&belowType=STOP_LOSS_LIMIT&belowStopPrice=60000&belowPrice=59000", -1102, Missing("belowTimeInForce")),
            ("oco", Oco + "&aboveType=LIMIT_MAKER&abovePrice=70000&belowType=STOP_LOSS", -1102, Missing("belowStopPrice")),
            ("oco", Oco + "&aboveType=LIMIT_MAKER&abovePrice=90000&aboveStopPrice=90000&belowType=STOP_LOSS&belowStopPrice=60000", -1106, NotRequired("aboveStopPrice")),
            ("oco", Oco + "&aboveType=LIMIT_MAKER&abovePrice=70000&aboveTrailingDelta=100&belowType=STOP_LOSS&belowStopPrice=60000", -1106, NotRequired("aboveTrailingDelta")),
            ("oco", Oco + "&aboveType=LIMIT_MAKER&abovePrice=70000&belowType=STOP_LOSS&belowStopPrice=60000&belowPrice=59000", -1106, NotRequired("belowPrice")),
            ("oco", Oco + "&aboveType=LIMIT_MAKER&abovePrice=70000&aboveTimeInForce=GTC&belowType=STOP_LOSS&belowStopPrice=60000", -1114, "TimeInForce parameter sent when not required."),
            ("oto", Working + "&pendingType=LIMIT_MAKER&pendingPrice=70000" + Pending, -1102, Missing("workingTimeInForce")),
            ("oto", Working + "&workingTimeInForce=GTC&pendingType=LIMIT&pendingTimeInForce=GTC" + Pending, -1102, Missing("pendingPrice")),
            ("oto", Working + "&workingTimeInForce=GTC&pendingType=LIMIT&pendingPrice=70000" + Pending, -1102, Missing("pendingTimeInForce")),
            ("oto", Working + "&workingTimeInForce=GTC&pendingType=LIMIT_MAKER&pendingPrice=70000&pendingStopPrice=70000" + Pending, -1106, NotRequired("pendingStopPrice")),
            ("otoco", Working + "&workingTimeInForce=GTC&pendingAboveType=LIMIT_MAKER&pendingBelowType=STOP_LOSS&pendingBelowStopPrice=55000" + Pending, -1102, Missing("pendingAbovePrice")),
            ("otoco", Working + "&workingTimeInForce=GTC&pendingAboveType=LIMIT_MAKER&pendingAbovePrice=70000&pendingBelowType=STOP_LOSS_LIMIT&pendingBelowStopPrice=55000&pendingBelowPrice=54000" + Pending, -1102, Missing("pendingBelowTimeInForce")),
            ("otoco", Working + "&workingTimeInForce=GTC&pendingAboveType=LIMIT_MAKER&pendingAbovePrice=70000&pendingAboveStopPrice=70000&pendingBelowType=STOP_LOSS&pendingBelowStopPrice=55000" + Pending, -1106, NotRequired("pendingAboveStopPrice")),
            ("opo", Working + "&pendingType=LIMIT_MAKER&pendingSide=SELL&pendingPrice=70000", -1102, Missing("workingTimeInForce")),
        ];
        foreach (var (path, parameters, code, message) in cases)
        {
            (await trader.PostAsync("/api/v3/orderList/" + path, parameters)).AssertError(400, code, message);
        }

        Assert.Empty((await trader.OkAsync(trader.GetAsync("/api/v3/openOrderList"))).EnumerateArray());
    }

    [Fact]
    public async Task Deprecated_oco_leg_errors_name_its_limit_and_stop_parameters()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        const string Sell = "symbol=BTCUSDT&side=SELL&quantity=0.001&price=70000&stopPrice=60000";
        (await trader.PostAsync("/api/v3/order/oco", Sell + "&stopLimitPrice=59000"))
            .AssertError(400, -1102, Missing("stopLimitTimeInForce"));
        (await trader.PostAsync("/api/v3/order/oco", Sell + "&stopLimitPrice=59000&stopLimitTimeInForce=IOC&stopIcebergQty=0.0002"))
            .AssertError(400, -1160, "Parameter 'stopIcebergQty' is not supported if aboveTimeInForce/belowTimeInForce is not GTC.");
        (await trader.PostAsync("/api/v3/order/oco", "symbol=BTCUSDT&side=BUY&quantity=0.001&price=60000&stopPrice=70000&stopLimitPrice=71000"))
            .AssertError(400, -1102, Missing("stopLimitTimeInForce"));
    }

    [Fact]
    public async Task Oco_iceberg_leg_without_gtc_returns_minus_1160_naming_the_legs_iceberg_parameter()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        const string Doge = "symbol=DOGEUSDT&side=SELL&quantity=100&aboveType=LIMIT_MAKER&abovePrice=0.2";
        (await trader.PostAsync("/api/v3/orderList/oco", Doge + "&belowType=STOP_LOSS_LIMIT&belowStopPrice=0.05&belowPrice=0.04&belowTimeInForce=IOC&belowIcebergQty=20"))
            .AssertError(400, -1160, "Parameter 'belowIcebergQty' is not supported if aboveTimeInForce/belowTimeInForce is not GTC.");
        (await trader.PostAsync("/api/v3/orderList/oco",
                "symbol=DOGEUSDT&side=BUY&quantity=100&aboveType=STOP_LOSS_LIMIT&aboveStopPrice=0.2&abovePrice=0.21&aboveTimeInForce=FOK&aboveIcebergQty=20"
                + "&belowType=LIMIT_MAKER&belowPrice=0.05"))
            .AssertError(400, -1160, "Parameter 'aboveIcebergQty' is not supported if aboveTimeInForce/belowTimeInForce is not GTC.");
        // Outside an OCO list an iceberg without GTC stays an unsupported combination, as for a single order.
        (await trader.PostAsync("/api/v3/orderList/oto",
                "symbol=DOGEUSDT&workingType=LIMIT&workingSide=BUY&workingPrice=0.05&workingQuantity=100&workingTimeInForce=IOC&workingIcebergQty=20"
                + "&pendingType=LIMIT_MAKER&pendingSide=SELL&pendingPrice=0.2&pendingQuantity=100"))
            .AssertError(400, -2010, "Unsupported order combination");
        var placed = await trader.OkAsync(trader.PostAsync("/api/v3/orderList/oco",
            Doge + "&belowType=STOP_LOSS_LIMIT&belowStopPrice=0.05&belowPrice=0.04&belowTimeInForce=GTC&belowIcebergQty=20"));
        Assert.Equal(2, placed.GetProperty("orderReports").GetArrayLength());
    }

    // The docs type an OCO leg's icebergQty as LONG, so a minus sign passes the grammar; the value is refused like zero,
    // after the checks any iceberg gets, and is never dropped to place the leg without one.
    [Fact]
    public async Task A_negative_oco_leg_iceberg_is_refused_like_zero_and_never_dropped()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        const string Doge = "symbol=DOGEUSDT&side=SELL&quantity=100&aboveType=LIMIT_MAKER&abovePrice=0.2&belowType=STOP_LOSS_LIMIT&belowStopPrice=0.05&belowPrice=0.04";
        foreach (var value in new[] { "0", "-0", "-1", "-9223372036854775808" })
        {
            (await trader.PostAsync("/api/v3/orderList/oco", Doge + $"&belowTimeInForce=GTC&belowIcebergQty={value}"))
                .AssertError(400, -1013, "Invalid quantity or price.");
        }

        (await trader.PostAsync("/api/v3/orderList/oco", Doge + "&belowTimeInForce=IOC&belowIcebergQty=-1"))
            .AssertError(400, -1160, "Parameter 'belowIcebergQty' is not supported if aboveTimeInForce/belowTimeInForce is not GTC.");
        // The other lists type it DECIMAL, whose grammar has no sign.
        (await trader.PostAsync("/api/v3/orderList/oto",
                "symbol=DOGEUSDT&workingType=LIMIT&workingSide=BUY&workingPrice=0.05&workingQuantity=100&workingTimeInForce=GTC&workingIcebergQty=-5"
                + "&pendingType=LIMIT_MAKER&pendingSide=SELL&pendingPrice=0.2&pendingQuantity=100"))
            .AssertError(400, -1100, "Illegal characters found in parameter 'workingIcebergQty'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.");
        Assert.Empty((await trader.OkAsync(trader.GetAsync("/api/v3/openOrders", "symbol=DOGEUSDT"))).EnumerateArray());
    }

    private static string Missing(string parameter) => $"Mandatory parameter '{parameter}' was not sent, was empty/null, or malformed.";

    private static string NotRequired(string parameter) => $"Parameter '{parameter}' sent when not required.";

    [Fact]
    public async Task Self_trade_with_expire_maker_expires_the_resting_order_and_records_the_prevented_match()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var maker = await trader.OkAsync(trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.001&price=65000"));
        var taker = await trader.OkAsync(trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=65000"));

        Assert.Equal("NEW", taker.GetProperty("status").GetString());
        Assert.Equal(0, taker.GetProperty("fills").GetArrayLength());
        var prevented = Assert.Single(taker.GetProperty("preventedMatches").EnumerateArray());
        Assert.Equal(maker.GetProperty("orderId").GetInt64(), prevented.GetProperty("makerOrderId").GetInt64());
        Assert.Equal("0.00100000", prevented.GetProperty("makerPreventedQuantity").GetString());

        var expired = await trader.OkAsync(trader.GetAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={maker.GetProperty("orderId").GetInt64()}"));
        Assert.Equal("EXPIRED_IN_MATCH", expired.GetProperty("status").GetString());
        var matches = await trader.OkAsync(trader.GetAsync("/api/v3/myPreventedMatches", $"symbol=BTCUSDT&orderId={taker.GetProperty("orderId").GetInt64()}"));
        var match = Assert.Single(matches.EnumerateArray());
        Assert.Equal("EXPIRE_MAKER", match.GetProperty("selfTradePreventionMode").GetString());
        (await trader.GetAsync("/api/v3/myPreventedMatches", "symbol=BTCUSDT"))
            .AssertError(400, -1128, "Combination of optional parameters invalid.");
    }

    [Fact]
    public async Task Prevented_matches_of_an_invalid_symbol_weigh_2()
    {
        // "If symbol is invalid: 2", whatever else is sent; 20 by order id on a listed symbol.
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        static int Used(Reply reply) => int.Parse(reply.Header("X-MBX-USED-WEIGHT-1M")!, System.Globalization.CultureInfo.InvariantCulture);
        var before = await server.SendAsync(HttpMethod.Get, "/api/v3/ping");
        var invalid = await trader.GetAsync("/api/v3/myPreventedMatches", "symbol=FOOBAR&orderId=1");
        invalid.AssertError(400, -1121, "Invalid symbol.");
        var listed = await trader.GetAsync("/api/v3/myPreventedMatches", "symbol=BTCUSDT&orderId=1");
        Assert.Equal(200, listed.Status);
        Assert.Equal(2, Used(invalid) - Used(before));
        Assert.Equal(20, Used(listed) - Used(invalid));
    }

    [Fact]
    public async Task History_queries_filter_by_order_id()
    {
        await using var server = await TestServer.StartAsync();
        var seller = await TradingClient.CreateAsync(server);
        var buyer = await TradingClient.CreateAsync(server);
        await seller.OkAsync(seller.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.002&price=65000"));
        var first = await buyer.OkAsync(buyer.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.001"));
        var second = await buyer.OkAsync(buyer.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.001"));
        var secondId = second.GetProperty("orderId").GetInt64();

        var trades = await buyer.OkAsync(buyer.GetAsync("/api/v3/myTrades", $"symbol=BTCUSDT&orderId={secondId}"));
        Assert.Equal(secondId, Assert.Single(trades.EnumerateArray()).GetProperty("orderId").GetInt64());
        var orders = await buyer.OkAsync(buyer.GetAsync("/api/v3/allOrders", $"symbol=BTCUSDT&orderId={secondId}"));
        Assert.Equal(secondId, Assert.Single(orders.EnumerateArray()).GetProperty("orderId").GetInt64());
        Assert.Equal(2, (await buyer.OkAsync(buyer.GetAsync("/api/v3/allOrders", "symbol=BTCUSDT"))).GetArrayLength());
        Assert.True(first.GetProperty("orderId").GetInt64() < secondId);
    }
}
