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
