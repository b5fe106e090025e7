namespace Spotnet.EndToEnd.Tests;

public sealed class TradingCancelReplaceTests
{
    private const string NewLimit = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=61000";

    [Fact]
    public async Task Cancel_replace_cancels_the_old_order_and_places_the_new_one()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var old = await trader.OkAsync(trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=60000"));
        var reply = await trader.OkAsync(trader.PostAsync("/api/v3/order/cancelReplace",
            $"{NewLimit}&cancelReplaceMode=STOP_ON_FAILURE&cancelOrderId={old.GetProperty("orderId").GetInt64()}"));

        Assert.Equal("SUCCESS", reply.GetProperty("cancelResult").GetString());
        Assert.Equal("SUCCESS", reply.GetProperty("newOrderResult").GetString());
        Assert.Equal("CANCELED", reply.GetProperty("cancelResponse").GetProperty("status").GetString());
        Assert.Equal("61000.00000000", reply.GetProperty("newOrderResponse").GetProperty("price").GetString());
        Assert.Equal(("9939.00000000", "61.00000000"), await trader.BalanceAsync("USDT"));
    }

    [Fact]
    public async Task Unknown_order_under_stop_on_failure_is_minus_2022_with_the_new_order_not_attempted()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var reply = await trader.PostAsync("/api/v3/order/cancelReplace", $"{NewLimit}&cancelReplaceMode=STOP_ON_FAILURE&cancelOrderId=999");

        reply.AssertError(400, -2022, "Order cancel-replace failed.");
        var data = reply.Json.GetProperty("data");
        Assert.Equal("FAILURE", data.GetProperty("cancelResult").GetString());
        Assert.Equal("NOT_ATTEMPTED", data.GetProperty("newOrderResult").GetString());
        Assert.Equal(-2011, data.GetProperty("cancelResponse").GetProperty("code").GetInt32());
        Assert.Equal("Unknown order sent.", data.GetProperty("cancelResponse").GetProperty("msg").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("newOrderResponse").ValueKind);
    }

    [Fact]
    public async Task Canceled_order_with_a_failing_new_order_is_a_409_partial_failure()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var old = await trader.OkAsync(trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=60000"));
        var reply = await trader.PostAsync("/api/v3/order/cancelReplace",
            $"symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=60000&cancelReplaceMode=STOP_ON_FAILURE&cancelOrderId={old.GetProperty("orderId").GetInt64()}");

        reply.AssertError(409, -2021, "Order cancel-replace partially failed.");
        var data = reply.Json.GetProperty("data");
        Assert.Equal("SUCCESS", data.GetProperty("cancelResult").GetString());
        Assert.Equal("FAILURE", data.GetProperty("newOrderResult").GetString());
        Assert.Equal("CANCELED", data.GetProperty("cancelResponse").GetProperty("status").GetString());
        Assert.Equal(-2010, data.GetProperty("newOrderResponse").GetProperty("code").GetInt32());
        Assert.Equal(("10000.00000000", "0.00000000"), await trader.BalanceAsync("USDT"));
    }

    [Fact]
    public async Task Allow_failure_places_the_new_order_even_when_the_cancel_fails()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var reply = await trader.PostAsync("/api/v3/order/cancelReplace", $"{NewLimit}&cancelReplaceMode=ALLOW_FAILURE&cancelOrderId=999");

        reply.AssertError(409, -2021, "Order cancel-replace partially failed.");
        var data = reply.Json.GetProperty("data");
        Assert.Equal("FAILURE", data.GetProperty("cancelResult").GetString());
        Assert.Equal("SUCCESS", data.GetProperty("newOrderResult").GetString());
        Assert.Equal("NEW", data.GetProperty("newOrderResponse").GetProperty("status").GetString());
        Assert.Single((await trader.OkAsync(trader.GetAsync("/api/v3/openOrders"))).EnumerateArray());
    }

    [Fact]
    public async Task Filter_failure_rejects_the_whole_request_before_the_cancel()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var old = await trader.OkAsync(trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=60000"));
        var reply = await trader.PostAsync("/api/v3/order/cancelReplace",
            $"symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.000015&price=60000&cancelReplaceMode=STOP_ON_FAILURE&cancelOrderId={old.GetProperty("orderId").GetInt64()}");
        reply.AssertError(400, -1013, "Filter failure: LOT_SIZE");
        Assert.Single((await trader.OkAsync(trader.GetAsync("/api/v3/openOrders"))).EnumerateArray());
    }

    [Fact]
    public async Task A_parameter_the_new_orders_type_requires_or_forbids_rejects_the_whole_request_before_the_cancel()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var old = await trader.OkAsync(trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=60000"));
        var orderId = old.GetProperty("orderId").GetInt64();
        (string NewOrder, int Code, string Message)[] cases =
        [
            ("type=LIMIT&timeInForce=GTC&quantity=0.001", -1102, "Mandatory parameter 'price' was not sent, was empty/null, or malformed."),
            ("type=LIMIT&quantity=0.001&price=61000", -1102, "Mandatory parameter 'timeInForce' was not sent, was empty/null, or malformed."),
            ("type=LIMIT&timeInForce=GTC&price=61000", -1102, "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed."),
            ("type=MARKET", -1102, "Param 'quantity' or 'quoteOrderQty' must be sent, but both were empty/null!"),
            ("type=LIMIT&timeInForce=GTC&quantity=0.001&price=61000&stopPrice=59000", -1106, "Parameter 'stopPrice' sent when not required."),
            ("type=MARKET&quantity=0.001&price=61000", -1106, "Parameter 'price' sent when not required."),
            ("type=LIMIT_MAKER&timeInForce=GTC&quantity=0.001&price=59000", -1114, "TimeInForce parameter sent when not required."),
        ];
        foreach (var (newOrder, code, message) in cases)
        {
            foreach (var mode in new[] { "STOP_ON_FAILURE", "ALLOW_FAILURE" })
            {
                (await trader.PostAsync("/api/v3/order/cancelReplace", $"symbol=BTCUSDT&side=BUY&{newOrder}&cancelReplaceMode={mode}&cancelOrderId={orderId}"))
                    .AssertError(400, code, message);
            }
        }

        // The old order is still open, untouched, and still the only one.
        var open = Assert.Single((await trader.OkAsync(trader.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"))).EnumerateArray());
        Assert.Equal((orderId, "NEW"), (open.GetProperty("orderId").GetInt64(), open.GetProperty("status").GetString()));
        Assert.Equal(("9940.00000000", "60.00000000"), await trader.BalanceAsync("USDT"));
    }

    [Fact]
    public async Task Over_the_unfilled_order_limit_cancel_only_still_cancels_and_do_nothing_does_not()
    {
        await using var server = await TestServer.StartAsync(null, null, "--RateLimits:OrdersPerTenSeconds=1");
        var trader = await TradingClient.CreateAsync(server);
        var old = await trader.OkAsync(trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=60000"));
        var cancel = $"{NewLimit}&cancelReplaceMode=STOP_ON_FAILURE&cancelOrderId={old.GetProperty("orderId").GetInt64()}";

        var refused = await trader.PostAsync("/api/v3/order/cancelReplace", cancel);
        refused.AssertError(429, -1015, "Too many new orders; current limit is 1 orders per 10 SECOND.");
        Assert.Single((await trader.OkAsync(trader.GetAsync("/api/v3/openOrders"))).EnumerateArray());

        // rest-api.md: "If you have exceeded this, you will receive a 429 error with the Retry-After header."
        var reply = await trader.PostAsync("/api/v3/order/cancelReplace", cancel + "&orderRateLimitExceededMode=CANCEL_ONLY");
        reply.AssertError(429, -2021, "Order cancel-replace partially failed.");
        Assert.NotNull(refused.Header("Retry-After"));
        Assert.Equal(refused.Header("Retry-After"), reply.Header("Retry-After"));
        var data = reply.Json.GetProperty("data");
        Assert.Equal("SUCCESS", data.GetProperty("cancelResult").GetString());
        Assert.Equal("FAILURE", data.GetProperty("newOrderResult").GetString());
        Assert.Equal(-1015, data.GetProperty("newOrderResponse").GetProperty("code").GetInt32());
        Assert.Equal("Too many new orders; current limit is 1 orders per 10 SECOND.", data.GetProperty("newOrderResponse").GetProperty("msg").GetString());
        Assert.Empty((await trader.OkAsync(trader.GetAsync("/api/v3/openOrders"))).EnumerateArray());

        // Nothing left to cancel: both halves fail, still a 429 telling when to come back.
        var neither = await trader.PostAsync("/api/v3/order/cancelReplace", cancel + "&orderRateLimitExceededMode=CANCEL_ONLY");
        neither.AssertError(429, -2022, "Order cancel-replace failed.");
        Assert.Equal(refused.Header("Retry-After"), neither.Header("Retry-After"));
    }
}
