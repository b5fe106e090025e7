namespace Spotnet.EndToEnd.Tests;

/// <summary>
/// Parameter combinations of new orders and order references: peg offsets sent together and only with a peg type
/// (fidelity T11) and within the documented levels (T18), an order id with another order's client id (T12).
/// </summary>
public sealed class TradingOrderParameterTests
{
    private const string LimitBuy = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001";

    private const string NotTogether = "Combination of optional fields invalid. Recommendation: 'pegOffsetType' and 'pegOffsetValue' must both be sent.";

    private const string WrongClientId = "Client order ID is not correct for this order ID.";

    [Fact]
    public async Task Peg_offset_type_and_value_must_be_sent_together_and_only_with_a_peg_price_type()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        await trader.OkAsync(trader.PostAsync("/api/v3/order", LimitBuy + "&price=60000"));

        foreach (var path in new[] { "/api/v3/order/test", "/api/v3/order" })
        {
            (await trader.PostAsync(path, LimitBuy + "&pegPriceType=PRIMARY_PEG&pegOffsetValue=2")).AssertError(400, -1128, NotTogether);
            (await trader.PostAsync(path, LimitBuy + "&pegPriceType=PRIMARY_PEG&pegOffsetType=PRICE_LEVEL")).AssertError(400, -1128, NotTogether);
            (await trader.PostAsync(path, LimitBuy + "&price=50000&pegOffsetValue=2")).AssertError(400, -1128, NotTogether);
            (await trader.PostAsync(path, LimitBuy + "&price=50000&pegOffsetType=PRICE_LEVEL&pegOffsetValue=2"))
                .AssertError(400, -1106, "Parameter 'pegOffsetType' sent when not required.");
        }

        // Only the first order rests; sent together with a peg type the offset is taken (level 0 is the best bid).
        Assert.Single((await trader.OkAsync(trader.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"))).EnumerateArray());
        Assert.Equal("{}", (await trader.PostAsync("/api/v3/order/test", LimitBuy + "&pegPriceType=PRIMARY_PEG&pegOffsetType=PRICE_LEVEL&pegOffsetValue=0")).Text);
        var pegged = await trader.OkAsync(trader.PostAsync("/api/v3/order", LimitBuy + "&pegPriceType=PRIMARY_PEG&pegOffsetType=PRICE_LEVEL&pegOffsetValue=0"));
        Assert.Equal("60000.00000000", pegged.GetProperty("peggedPrice").GetString());
        Assert.Equal("PRICE_LEVEL", pegged.GetProperty("pegOffsetType").GetString());
        Assert.Equal(0, pegged.GetProperty("pegOffsetValue").GetInt32());
    }

    [Fact]
    public async Task Peg_offset_levels_beyond_the_documented_maximum_of_100_are_minus_1130_before_anything_happens()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var old = await trader.OkAsync(trader.PostAsync("/api/v3/order", LimitBuy + "&price=60000"));
        const string Pegged = LimitBuy + "&pegPriceType=PRIMARY_PEG&pegOffsetType=PRICE_LEVEL&pegOffsetValue=";
        foreach (var path in new[] { "/api/v3/order/test", "/api/v3/order" })
        {
            (await trader.PostAsync(path, Pegged + "101")).AssertError(400, -1130, "Data sent for parameter 'pegOffsetValue' is not valid.");
            (await trader.PostAsync(path, Pegged + "-1")).AssertError(400, -1130, "Data sent for parameter 'pegOffsetValue' is not valid.");
        }

        (await trader.PostAsync("/api/v3/order/cancelReplace",
                Pegged + $"101&cancelReplaceMode=STOP_ON_FAILURE&cancelOrderId={old.GetProperty("orderId").GetInt64()}"))
            .AssertError(400, -1130, "Data sent for parameter 'pegOffsetValue' is not valid.");
        (await trader.PostAsync("/api/v3/orderList/oto",
                "symbol=BTCUSDT&workingType=LIMIT&workingSide=BUY&workingPrice=59000&workingQuantity=0.001&workingTimeInForce=GTC"
                + "&pendingType=LIMIT&pendingSide=SELL&pendingQuantity=0.001&pendingTimeInForce=GTC"
                + "&pendingPegPriceType=PRIMARY_PEG&pendingPegOffsetType=PRICE_LEVEL&pendingPegOffsetValue=101"))
            .AssertError(400, -1130, "Data sent for parameter 'pendingPegOffsetValue' is not valid.");

        // Nothing was placed or canceled; the largest documented level is taken (one level on the book: too deep to price).
        var open = Assert.Single((await trader.OkAsync(trader.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"))).EnumerateArray());
        Assert.Equal(old.GetProperty("orderId").GetInt64(), open.GetProperty("orderId").GetInt64());
        (await trader.PostAsync("/api/v3/order", Pegged + "100")).AssertError(400, -2010, "Order book liquidity is too low for this pegged order.");
    }

    [Fact]
    public async Task Peg_offsets_of_a_cancel_replace_and_of_list_legs_must_be_sent_together_before_anything_happens()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var old = await trader.OkAsync(trader.PostAsync("/api/v3/order", LimitBuy + "&price=60000"));
        var cancel = $"&cancelReplaceMode=STOP_ON_FAILURE&cancelOrderId={old.GetProperty("orderId").GetInt64()}";

        (await trader.PostAsync("/api/v3/order/cancelReplace", LimitBuy + "&pegPriceType=PRIMARY_PEG&pegOffsetValue=1" + cancel))
            .AssertError(400, -1128, NotTogether);
        (await trader.PostAsync("/api/v3/order/cancelReplace", LimitBuy + "&price=61000&pegOffsetType=PRICE_LEVEL&pegOffsetValue=1" + cancel))
            .AssertError(400, -1106, "Parameter 'pegOffsetType' sent when not required.");
        var open = Assert.Single((await trader.OkAsync(trader.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"))).EnumerateArray());
        Assert.Equal("NEW", open.GetProperty("status").GetString());

        (await trader.PostAsync("/api/v3/orderList/oto",
                "symbol=BTCUSDT&workingType=LIMIT&workingSide=BUY&workingPrice=59000&workingQuantity=0.001&workingTimeInForce=GTC"
                + "&workingPegPriceType=PRIMARY_PEG&workingPegOffsetValue=1&pendingType=LIMIT_MAKER&pendingSide=SELL&pendingPrice=70000&pendingQuantity=0.001"))
            .AssertError(400, -1128, "Combination of optional fields invalid. Recommendation: 'workingPegOffsetType' and 'workingPegOffsetValue' must both be sent.");
        (await trader.PostAsync("/api/v3/orderList/oco",
                "symbol=BTCUSDT&side=SELL&quantity=0.001&aboveType=LIMIT_MAKER&abovePrice=70000&abovePegOffsetType=PRICE_LEVEL&abovePegOffsetValue=1"
                + "&belowType=STOP_LOSS&belowStopPrice=55000"))
            .AssertError(400, -1106, "Parameter 'abovePegOffsetType' sent when not required.");
        (await trader.PostAsync("/api/v3/orderList/otoco",
                "symbol=BTCUSDT&workingType=LIMIT&workingSide=BUY&workingPrice=59000&workingQuantity=0.001&workingTimeInForce=GTC"
                + "&pendingSide=SELL&pendingQuantity=0.001&pendingAboveType=LIMIT_MAKER&pendingAbovePrice=70000"
                + "&pendingBelowType=STOP_LOSS&pendingBelowStopPrice=55000&pendingBelowPegOffsetType=PRICE_LEVEL"))
            .AssertError(400, -1128, "Combination of optional fields invalid. Recommendation: 'pendingBelowPegOffsetType' and 'pendingBelowPegOffsetValue' must both be sent.");
        Assert.Empty((await trader.OkAsync(trader.GetAsync("/api/v3/openOrderList"))).EnumerateArray());
        Assert.Single((await trader.OkAsync(trader.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"))).EnumerateArray());
    }

    [Fact]
    public async Task Order_id_with_another_client_id_is_minus_2039_to_query_cancel_amend_and_cancel_replace()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var order = await trader.OkAsync(trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.002&price=60000&newClientOrderId=mine"));
        var orderId = order.GetProperty("orderId").GetInt64();

        (await trader.GetAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={orderId}&origClientOrderId=nope")).AssertError(400, -2039, WrongClientId);
        (await trader.DeleteAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={orderId}&origClientOrderId=nope")).AssertError(400, -2039, WrongClientId);
        (await trader.SendAsync(HttpMethod.Put, "/api/v3/order/amend/keepPriority", $"symbol=BTCUSDT&orderId={orderId}&origClientOrderId=nope&newQty=0.001"))
            .AssertError(400, -2039, WrongClientId);
        var replace = await trader.PostAsync("/api/v3/order/cancelReplace",
            LimitBuy + $"&price=61000&cancelReplaceMode=STOP_ON_FAILURE&cancelOrderId={orderId}&cancelOrigClientOrderId=nope");
        replace.AssertError(400, -2022, "Order cancel-replace failed.");
        var data = replace.Json.GetProperty("data");
        Assert.Equal(("FAILURE", "NOT_ATTEMPTED"), (data.GetProperty("cancelResult").GetString(), data.GetProperty("newOrderResult").GetString()));
        Assert.Equal(-2039, data.GetProperty("cancelResponse").GetProperty("code").GetInt32());
        Assert.Equal(WrongClientId, data.GetProperty("cancelResponse").GetProperty("msg").GetString());

        // Nothing changed; the right pair finds the order, and an id that names no order keeps the usual codes.
        var queried = await trader.OkAsync(trader.GetAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={orderId}&origClientOrderId=mine"));
        Assert.Equal(("NEW", "0.00200000"), (queried.GetProperty("status").GetString(), queried.GetProperty("origQty").GetString()));
        Assert.Single((await trader.OkAsync(trader.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"))).EnumerateArray());
        (await trader.GetAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={orderId + 100}&origClientOrderId=nope")).AssertError(400, -2013, "Order does not exist.");
        (await trader.DeleteAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={orderId + 100}&origClientOrderId=nope")).AssertError(400, -2011, "Unknown order sent.");

        // A closed order: the query still checks the client id it reports; a cancel finds no open order.
        var canceled = await trader.OkAsync(trader.DeleteAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={orderId}&origClientOrderId=mine&newClientOrderId=gone"));
        Assert.Equal("gone", canceled.GetProperty("clientOrderId").GetString());
        (await trader.GetAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={orderId}&origClientOrderId=nope")).AssertError(400, -2039, WrongClientId);
        Assert.Equal("CANCELED", (await trader.OkAsync(trader.GetAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={orderId}&origClientOrderId=gone"))).GetProperty("status").GetString());
        (await trader.DeleteAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={orderId}&origClientOrderId=nope")).AssertError(400, -2011, "Unknown order sent.");
    }
}
