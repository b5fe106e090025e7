using System.Text.Json;

namespace Spotnet.EndToEnd.Tests;

public sealed class TradingTests
{
    private const string LimitBuy = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=60000";

    private static readonly string[] ResultFields =
    [
        "symbol", "orderId", "orderListId", "clientOrderId", "transactTime", "price", "origQty", "executedQty",
        "origQuoteOrderQty", "cummulativeQuoteQty", "status", "timeInForce", "type", "side", "workingTime",
    ];

    // Every query sample shows stopPrice and icebergQty, zero for a plain limit order (fidelity T8).
    private static readonly string[] QueryFields =
    [
        "symbol", "orderId", "orderListId", "clientOrderId", "price", "origQty", "executedQty", "cummulativeQuoteQty",
        "status", "timeInForce", "type", "side", "stopPrice", "icebergQty", "time", "updateTime", "isWorking", "workingTime",
        "origQuoteOrderQty", "selfTradePreventionMode",
    ];

    [Fact]
    public async Task Limit_buy_answers_full_by_default_rests_on_the_book_and_locks_the_quote()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var order = await trader.OkAsync(trader.PostAsync("/api/v3/order", LimitBuy));

        Assert.Equal(ResultFields.Concat(["fills", "selfTradePreventionMode"]).Order(), Names(order).Order());
        Assert.Equal("BTCUSDT", order.GetProperty("symbol").GetString());
        Assert.Equal(-1, order.GetProperty("orderListId").GetInt64());
        Assert.Matches("^[A-Za-z0-9]{22}$", order.GetProperty("clientOrderId").GetString());
        Assert.Equal(server.NowMilliseconds, order.GetProperty("transactTime").GetInt64());
        Assert.Equal("60000.00000000", order.GetProperty("price").GetString());
        Assert.Equal("0.00100000", order.GetProperty("origQty").GetString());
        Assert.Equal("0.00000000", order.GetProperty("executedQty").GetString());
        Assert.Equal("NEW", order.GetProperty("status").GetString());
        Assert.Equal("GTC", order.GetProperty("timeInForce").GetString());
        Assert.Equal("EXPIRE_MAKER", order.GetProperty("selfTradePreventionMode").GetString());
        Assert.Equal(0, order.GetProperty("fills").GetArrayLength());

        Assert.Equal(("9940.00000000", "60.00000000"), await trader.BalanceAsync("USDT"));
        var open = await trader.OkAsync(trader.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"));
        var listed = Assert.Single(open.EnumerateArray());
        Assert.Equal(QueryFields, Names(listed));
        Assert.Equal("0.00000000", listed.GetProperty("stopPrice").GetString());
        Assert.Equal("0.00000000", listed.GetProperty("icebergQty").GetString());
        Assert.Equal(order.GetProperty("orderId").GetInt64(), listed.GetProperty("orderId").GetInt64());
        Assert.True(listed.GetProperty("isWorking").GetBoolean());

        var queried = await trader.OkAsync(trader.GetAsync("/api/v3/order", $"symbol=BTCUSDT&origClientOrderId={order.GetProperty("clientOrderId").GetString()}"));
        Assert.Equal("NEW", queried.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ack_and_result_responses_carry_only_their_fields()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var ack = await trader.OkAsync(trader.PostAsync("/api/v3/order", LimitBuy + "&newOrderRespType=ACK"));
        Assert.Equal(new[] { "symbol", "orderId", "orderListId", "clientOrderId", "transactTime" }.Order(), Names(ack).Order());
        var result = await trader.OkAsync(trader.PostAsync("/api/v3/order", LimitBuy + "&newOrderRespType=RESULT"));
        Assert.Equal(ResultFields.Concat(["selfTradePreventionMode"]).Order(), Names(result).Order());
    }

    [Fact]
    public async Task Market_buy_fills_against_another_accounts_resting_sell_and_balances_move_by_exactly_the_fill()
    {
        await using var server = await TestServer.StartAsync();
        var seller = await TradingClient.CreateAsync(server, "ED25519");
        var buyer = await TradingClient.CreateAsync(server, "RSA");
        await seller.OkAsync(seller.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.01&price=65000"));

        var order = await buyer.OkAsync(buyer.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.01"));
        Assert.Equal("FILLED", order.GetProperty("status").GetString());
        Assert.Equal("650.00000000", order.GetProperty("cummulativeQuoteQty").GetString());
        var fill = Assert.Single(order.GetProperty("fills").EnumerateArray());
        Assert.Equal(new[] { "price", "qty", "commission", "commissionAsset", "tradeId" }.Order(), Names(fill).Order());
        Assert.Equal("65000.00000000", fill.GetProperty("price").GetString());
        Assert.Equal("0.01000000", fill.GetProperty("qty").GetString());
        Assert.Equal("BTC", fill.GetProperty("commissionAsset").GetString());

        Assert.Equal(("1.01000000", "0.00000000"), await buyer.BalanceAsync("BTC"));
        Assert.Equal(("9350.00000000", "0.00000000"), await buyer.BalanceAsync("USDT"));
        Assert.Equal(("0.99000000", "0.00000000"), await seller.BalanceAsync("BTC"));
        Assert.Equal(("10650.00000000", "0.00000000"), await seller.BalanceAsync("USDT"));

        var trade = Assert.Single((await buyer.OkAsync(buyer.GetAsync("/api/v3/myTrades", "symbol=BTCUSDT"))).EnumerateArray());
        Assert.Equal(
            new[] { "symbol", "id", "orderId", "orderListId", "price", "qty", "quoteQty", "commission", "commissionAsset", "time", "isBuyer", "isMaker", "isBestMatch" }.Order(),
            Names(trade).Order());
        Assert.True(trade.GetProperty("isBuyer").GetBoolean());
        Assert.False(trade.GetProperty("isMaker").GetBoolean());
        Assert.Equal(fill.GetProperty("tradeId").GetInt64(), trade.GetProperty("id").GetInt64());
        var sellerTrade = Assert.Single((await seller.OkAsync(seller.GetAsync("/api/v3/myTrades", "symbol=BTCUSDT"))).EnumerateArray());
        Assert.True(sellerTrade.GetProperty("isMaker").GetBoolean());
    }

    [Fact]
    public async Task Order_the_balance_cannot_cover_is_rejected_with_minus_2010()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var reply = await trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=60000");
        reply.AssertError(400, -2010, "Account has insufficient balance for requested action.");
    }

    [Fact]
    public async Task Quantity_off_the_step_size_fails_the_lot_size_filter()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var reply = await trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.000015&price=60000");
        reply.AssertError(400, -1013, "Filter failure: LOT_SIZE");
    }

    [Fact]
    public async Task Bad_enums_and_missing_parameters_get_binances_codes()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        (await trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=HOLD&type=LIMIT")).AssertError(400, -1117, "Invalid side.");
        (await trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=FANCY")).AssertError(400, -1116, "Invalid orderType.");
        (await trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=DAY")).AssertError(400, -1115, "Invalid timeInForce.");
        (await trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&type=LIMIT")).AssertError(400, -1102, "Mandatory parameter 'side' was not sent, was empty/null, or malformed.");
        (await trader.GetAsync("/api/v3/order", "symbol=BTCUSDT")).AssertError(400, -1102, "Param 'orderId' or 'origClientOrderId' must be sent, but both were empty/null!");
        (await trader.PostAsync("/api/v3/order", LimitBuy + "&strategyType=5")).AssertError(400, -1134, "strategyType was less than 1000000.");
    }

    [Fact]
    public async Task Unknown_orders_are_minus_2013_to_query_and_minus_2011_to_cancel()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        (await trader.GetAsync("/api/v3/order", "symbol=BTCUSDT&orderId=12345")).AssertError(400, -2013, "Order does not exist.");
        (await trader.DeleteAsync("/api/v3/order", "symbol=BTCUSDT&orderId=12345")).AssertError(400, -2011, "Unknown order sent.");
    }

    [Fact]
    public async Task A_client_order_id_in_use_by_an_open_order_is_a_duplicate()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        await trader.OkAsync(trader.PostAsync("/api/v3/order", LimitBuy + "&newClientOrderId=mine1"));
        (await trader.PostAsync("/api/v3/order", LimitBuy + "&newClientOrderId=mine1")).AssertError(400, -2010, "Duplicate order sent.");
    }

    [Fact]
    public async Task Fok_buy_that_cannot_fill_completely_expires_without_trades()
    {
        await using var server = await TestServer.StartAsync();
        var seller = await TradingClient.CreateAsync(server);
        var buyer = await TradingClient.CreateAsync(server);
        await seller.OkAsync(seller.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.001&price=65000"));
        var order = await buyer.OkAsync(buyer.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=FOK&quantity=0.002&price=65000"));
        Assert.Equal("EXPIRED", order.GetProperty("status").GetString());
        Assert.Equal("UNFILLED_FOK_ORDER_EXPIRED", order.GetProperty("expiryReason").GetString());
        Assert.Equal(0, order.GetProperty("fills").GetArrayLength());
        Assert.Equal(("10000.00000000", "0.00000000"), await buyer.BalanceAsync("USDT"));
    }

    [Fact]
    public async Task Ioc_buy_fills_what_it_can_and_expires_the_rest()
    {
        await using var server = await TestServer.StartAsync();
        var seller = await TradingClient.CreateAsync(server);
        var buyer = await TradingClient.CreateAsync(server);
        await seller.OkAsync(seller.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.001&price=65000"));
        var order = await buyer.OkAsync(buyer.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=IOC&quantity=0.002&price=65000"));
        Assert.Equal("EXPIRED", order.GetProperty("status").GetString());
        Assert.Equal("0.00100000", order.GetProperty("executedQty").GetString());
        Assert.Single(order.GetProperty("fills").EnumerateArray());
    }

    [Fact]
    public async Task Limit_maker_that_would_cross_is_rejected()
    {
        await using var server = await TestServer.StartAsync();
        var seller = await TradingClient.CreateAsync(server);
        var buyer = await TradingClient.CreateAsync(server);
        await seller.OkAsync(seller.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.001&price=65000"));
        (await buyer.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT_MAKER&quantity=0.001&price=65000"))
            .AssertError(400, -2010, "Order would immediately match and take.");
    }

    [Fact]
    public async Task Cancel_returns_the_canceled_order_with_its_new_client_id_and_unlocks_the_balance()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var order = await trader.OkAsync(trader.PostAsync("/api/v3/order", LimitBuy + "&newClientOrderId=first"));
        var canceled = await trader.OkAsync(trader.DeleteAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={order.GetProperty("orderId").GetInt64()}&newClientOrderId=gone"));
        Assert.Equal("CANCELED", canceled.GetProperty("status").GetString());
        Assert.Equal("first", canceled.GetProperty("origClientOrderId").GetString());
        Assert.Equal("gone", canceled.GetProperty("clientOrderId").GetString());
        Assert.Equal(("10000.00000000", "0.00000000"), await trader.BalanceAsync("USDT"));
        Assert.Equal(0, (await trader.OkAsync(trader.GetAsync("/api/v3/openOrders"))).GetArrayLength());
        var all = await trader.OkAsync(trader.GetAsync("/api/v3/allOrders", "symbol=BTCUSDT"));
        Assert.Equal("CANCELED", Assert.Single(all.EnumerateArray()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Cancel_only_partially_filled_refuses_a_new_order()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var order = await trader.OkAsync(trader.PostAsync("/api/v3/order", LimitBuy));
        (await trader.DeleteAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={order.GetProperty("orderId").GetInt64()}&cancelRestrictions=ONLY_PARTIALLY_FILLED"))
            .AssertError(400, -2011, "Order was not canceled due to cancel restrictions.");
    }

    [Fact]
    public async Task Cancel_all_open_orders_returns_every_canceled_order()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        await trader.OkAsync(trader.PostAsync("/api/v3/order", LimitBuy));
        await trader.OkAsync(trader.PostAsync("/api/v3/order", LimitBuy));
        var canceled = await trader.OkAsync(trader.DeleteAsync("/api/v3/openOrders", "symbol=BTCUSDT"));
        Assert.Equal(2, canceled.GetArrayLength());
        Assert.All(canceled.EnumerateArray(), order => Assert.Equal("CANCELED", order.GetProperty("status").GetString()));
        Assert.Equal(("10000.00000000", "0.00000000"), await trader.BalanceAsync("USDT"));
    }

    [Fact]
    public async Task Oco_is_placed_with_two_legs_queried_and_canceled_as_a_list()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var list = await trader.OkAsync(trader.PostAsync("/api/v3/orderList/oco",
            "symbol=BTCUSDT&side=SELL&quantity=0.001&aboveType=LIMIT_MAKER&abovePrice=70000&belowType=STOP_LOSS&belowStopPrice=60000&listClientOrderId=myoco"));
        Assert.Equal("OCO", list.GetProperty("contingencyType").GetString());
        Assert.Equal("EXEC_STARTED", list.GetProperty("listStatusType").GetString());
        Assert.Equal("EXECUTING", list.GetProperty("listOrderStatus").GetString());
        Assert.Equal(2, list.GetProperty("orders").GetArrayLength());
        Assert.Equal(2, list.GetProperty("orderReports").GetArrayLength());
        var listId = list.GetProperty("orderListId").GetInt64();

        Assert.Single((await trader.OkAsync(trader.GetAsync("/api/v3/openOrderList"))).EnumerateArray());
        var queried = await trader.OkAsync(trader.GetAsync("/api/v3/orderList", "origClientOrderId=myoco"));
        Assert.Equal(listId, queried.GetProperty("orderListId").GetInt64());
        Assert.False(queried.TryGetProperty("orderReports", out _));

        var canceled = await trader.OkAsync(trader.DeleteAsync("/api/v3/orderList", $"symbol=BTCUSDT&orderListId={listId}"));
        Assert.Equal("ALL_DONE", canceled.GetProperty("listOrderStatus").GetString());
        Assert.Equal(2, canceled.GetProperty("orderReports").GetArrayLength());
        Assert.All(canceled.GetProperty("orderReports").EnumerateArray(), leg => Assert.Equal("CANCELED", leg.GetProperty("status").GetString()));
        Assert.Empty((await trader.OkAsync(trader.GetAsync("/api/v3/openOrderList"))).EnumerateArray());
        Assert.Single((await trader.OkAsync(trader.GetAsync("/api/v3/allOrderList"))).EnumerateArray());
        Assert.Equal(("1.00000000", "0.00000000"), await trader.BalanceAsync("BTC"));
    }

    [Fact]
    public async Task Amend_keep_priority_lowers_the_quantity_and_is_listed_in_amendments()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var order = await trader.OkAsync(trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.002&price=60000"));
        var orderId = order.GetProperty("orderId").GetInt64();
        var amended = await trader.OkAsync(trader.SendAsync(HttpMethod.Put, "/api/v3/order/amend/keepPriority", $"symbol=BTCUSDT&orderId={orderId}&newQty=0.001"));
        Assert.Equal("0.00100000", amended.GetProperty("amendedOrder").GetProperty("qty").GetString());
        Assert.Equal(("9940.00000000", "60.00000000"), await trader.BalanceAsync("USDT"));
        var amendments = await trader.OkAsync(trader.GetAsync("/api/v3/order/amendments", $"symbol=BTCUSDT&orderId={orderId}"));
        var amendment = Assert.Single(amendments.EnumerateArray());
        Assert.Equal("0.00200000", amendment.GetProperty("origQty").GetString());
        Assert.Equal("0.00100000", amendment.GetProperty("newQty").GetString());
        (await trader.SendAsync(HttpMethod.Put, "/api/v3/order/amend/keepPriority", $"symbol=BTCUSDT&orderId={orderId}&newQty=0.005"))
            .AssertError(400, -2038, "Order amend (quantity increase) is not supported.");
    }

    [Fact]
    public async Task Test_order_validates_without_placing_and_can_compute_commission_rates()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        Assert.Equal("{}", (await trader.PostAsync("/api/v3/order/test", LimitBuy)).Text);
        var rates = await trader.OkAsync(trader.PostAsync("/api/v3/order/test", LimitBuy + "&computeCommissionRates=true"));
        Assert.Equal("0.00000000", rates.GetProperty("standardCommissionForOrder").GetProperty("maker").GetString());
        Assert.True(rates.TryGetProperty("discount", out _));
        (await trader.PostAsync("/api/v3/order/test", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.000015&price=60000"))
            .AssertError(400, -1013, "Filter failure: LOT_SIZE");
        Assert.Equal(0, (await trader.OkAsync(trader.GetAsync("/api/v3/openOrders"))).GetArrayLength());
    }

    [Fact]
    public async Task Times_are_microseconds_with_the_time_unit_header()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var reply = await trader.SendAsync(HttpMethod.Post, "/api/v3/order", LimitBuy, request => request.Headers.Add("X-MBX-TIME-UNIT", "MICROSECOND"));
        Assert.Equal(server.NowMilliseconds * 1000, reply.Json.GetProperty("transactTime").GetInt64());
    }

    [Fact]
    public async Task Account_shows_every_field_and_omits_zero_balances_on_request()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var account = await trader.OkAsync(trader.GetAsync("/api/v3/account"));
        Assert.Equal(
            new[] { "makerCommission", "takerCommission", "buyerCommission", "sellerCommission", "commissionRates", "canTrade", "canWithdraw", "canDeposit", "brokered", "requireSelfTradePrevention", "preventSor", "updateTime", "accountType", "balances", "permissions", "uid" }.Order(),
            Names(account).Order());
        Assert.Equal("SPOT", account.GetProperty("accountType").GetString());
        Assert.True(account.GetProperty("canDeposit").GetBoolean());
        Assert.Contains(account.GetProperty("balances").EnumerateArray(), balance => balance.GetProperty("asset").GetString() == "BTC");
        var omitted = await trader.OkAsync(trader.GetAsync("/api/v3/account", "omitZeroBalances=true"));
        Assert.All(omitted.GetProperty("balances").EnumerateArray(), balance => Assert.NotEqual("0.00000000", balance.GetProperty("free").GetString()));
        var commission = await trader.OkAsync(trader.GetAsync("/api/v3/account/commission", "symbol=BTCUSDT"));
        Assert.Equal(new[] { "symbol", "standardCommission", "specialCommission", "taxCommission", "discount" }.Order(), Names(commission).Order());
    }

    [Fact]
    public async Task My_trades_rejects_unsupported_combinations_and_windows_over_24_hours()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var now = server.NowMilliseconds;
        (await trader.GetAsync("/api/v3/myTrades", $"symbol=BTCUSDT&fromId=1&startTime={now - 1000}"))
            .AssertError(400, -1128, "Combination of optional parameters invalid.");
        (await trader.GetAsync("/api/v3/myTrades", $"symbol=BTCUSDT&startTime={now - 90_000_000}&endTime={now}"))
            .AssertError(400, -1127, "More than 24 hours between startTime and endTime.");
    }

    // rest-api.md, General API Information: "With startTime, returns oldest items from startTime up to the limit. With
    // endTime, returns most recent items up to endTime and the limit." The 24-hour cap is on the time between the two
    // (fidelity T19).
    [Theory]
    [InlineData("/api/v3/allOrders", "symbol=BTCUSDT&", "orderId")]
    [InlineData("/api/v3/myTrades", "symbol=BTCUSDT&", "id")]
    [InlineData("/api/v3/allOrderList", "", "orderListId")]
    public async Task History_with_one_time_bound_follows_the_general_rules(string path, string symbol, string idField)
    {
        await using var server = await TestServer.StartAsync();
        var maker = await TradingClient.CreateAsync(server);
        var trader = await TradingClient.CreateAsync(server);
        var start = server.NowMilliseconds;
        var ids = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            // One order and one trade on BTCUSDT and one order list (on ETHUSDT) of the trader's, an hour apart.
            await maker.OkAsync(maker.PostAsync("/api/v3/order", $"symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.001&price={65000 + i}"));
            var buy = await trader.OkAsync(trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.001&newOrderRespType=FULL"));
            var list = await trader.OkAsync(trader.PostAsync(
                "/api/v3/orderList/oco", "symbol=ETHUSDT&side=SELL&quantity=0.01&aboveType=LIMIT_MAKER&abovePrice=5000&belowType=STOP_LOSS&belowStopPrice=1000"));
            ids.Add(path switch
            {
                "/api/v3/allOrders" => buy.GetProperty("orderId").GetInt64(),
                "/api/v3/myTrades" => buy.GetProperty("fills")[0].GetProperty("tradeId").GetInt64(),
                _ => list.GetProperty("orderListId").GetInt64(),
            });
            server.Time.Advance(TimeSpan.FromHours(1));
        }

        async Task<long[]> IdsAsync(string window) =>
            [.. (await trader.OkAsync(trader.GetAsync(path, symbol + window))).EnumerateArray().Select(item => item.GetProperty(idField).GetInt64())];

        const long Hour = 3_600_000;
        Assert.Equal([ids[1]], await IdsAsync($"endTime={start + Hour + Hour / 2}&limit=1"));
        Assert.Equal([ids[1], ids[2]], await IdsAsync($"endTime={start + 48 * Hour}&limit=2"));
        Assert.Equal([ids[0], ids[1]], await IdsAsync($"startTime={start - 48 * Hour}&limit=2"));
        Assert.Equal(ids, await IdsAsync($"startTime={start - 48 * Hour}"));
        Assert.Equal([ids[1], ids[2]], await IdsAsync($"startTime={start + Hour / 2}&endTime={start + 20 * Hour}"));
    }

    // Times far in the past saturate when taken to µs (M13); the window between them must not wrap around to a short one.
    [Theory]
    [InlineData("/api/v3/allOrders", "symbol=BTCUSDT&")]
    [InlineData("/api/v3/myTrades", "symbol=BTCUSDT&")]
    [InlineData("/api/v3/allOrderList", "")]
    [InlineData("/api/v3/myAllocations", "symbol=BTCUSDT&")]
    public async Task A_start_time_far_in_the_past_is_still_more_than_24_hours_before_the_end(string path, string symbol)
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        foreach (var start in new[] { "-9223372036854775", "-9223372036854775808" })
        {
            (await trader.GetAsync(path, $"{symbol}startTime={start}&endTime={server.NowMilliseconds}"))
                .AssertError(400, -1127, "More than 24 hours between startTime and endTime.");
        }
    }

    [Fact]
    public async Task Deprecated_oco_endpoint_places_a_limit_maker_and_a_stop_loss_leg()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var list = await trader.OkAsync(trader.PostAsync("/api/v3/order/oco", "symbol=BTCUSDT&side=SELL&quantity=0.001&price=70000&stopPrice=60000"));
        Assert.Equal("OCO", list.GetProperty("contingencyType").GetString());
        var types = list.GetProperty("orderReports").EnumerateArray().Select(report => report.GetProperty("type").GetString()).Order();
        Assert.Equal(new[] { "LIMIT_MAKER", "STOP_LOSS" }, types);
        Assert.Equal(("0.99900000", "0.00100000"), await trader.BalanceAsync("BTC"));
    }

    [Fact]
    public async Task My_filters_shows_the_symbol_filters_the_engine_enforces()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var filters = await trader.OkAsync(trader.GetAsync("/api/v3/myFilters", "symbol=BTCUSDT"));
        Assert.Equal(new[] { "exchangeFilters", "symbolFilters", "assetFilters" }, Names(filters));
        var lotSize = filters.GetProperty("symbolFilters").EnumerateArray().Single(filter => filter.GetProperty("filterType").GetString() == "LOT_SIZE");
        Assert.Equal("0.00001000", lotSize.GetProperty("stepSize").GetString());
    }

    [Fact]
    public async Task Enum_parameters_without_a_dedicated_code_answer_minus_1130()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        (await trader.PostAsync("/api/v3/order", LimitBuy + "&newOrderRespType=ALL")).AssertError(400, -1130, "Data sent for parameter 'newOrderRespType' is not valid.");
        (await trader.PostAsync("/api/v3/order", LimitBuy + "&selfTradePreventionMode=MAYBE")).AssertError(400, -1130, "Data sent for parameter 'selfTradePreventionMode' is not valid.");
    }

    [Fact]
    public async Task Unknown_order_list_is_minus_2013_and_history_limits_above_1000_are_capped()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        (await trader.GetAsync("/api/v3/orderList", "orderListId=77")).AssertError(400, -2013, "Order does not exist.");
        await trader.OkAsync(trader.PostAsync("/api/v3/order", LimitBuy));
        Assert.Single((await trader.OkAsync(trader.GetAsync("/api/v3/allOrders", "symbol=BTCUSDT&limit=5000"))).EnumerateArray());
    }

    [Theory]
    [InlineData("/api/v3/order/test", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=60000&newClientOrderId=", "newClientOrderId")]
    [InlineData("/api/v3/orderList/oco", "symbol=BTCUSDT&side=SELL&quantity=0.001&aboveType=LIMIT_MAKER&abovePrice=90000&belowType=STOP_LOSS&belowStopPrice=50000&listClientOrderId=", "listClientOrderId")]
    [InlineData("/api/v3/orderList/oco", "symbol=BTCUSDT&side=SELL&quantity=0.001&aboveType=LIMIT_MAKER&abovePrice=90000&belowType=STOP_LOSS&belowStopPrice=50000&aboveClientOrderId=", "aboveClientOrderId")]
    public async Task Client_order_ids_follow_binances_legal_range(string path, string parameters, string name)
    {
        // "legal range is '^[a-zA-Z0-9-_]{1,36}$'", as Binance answers (its maintainers: "dot(.) is not allowed").
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        foreach (var id in new[] { new string('a', 37), "a.b", "a%20b", "a%0D%0Ab", "a%2Fb", "a%3Ab", "%00" })
        {
            (await trader.PostAsync(path, parameters + id)).AssertError(400, -1100,
                $"Illegal characters found in parameter '{name}'; legal range is '^[a-zA-Z0-9-_]{{1,36}}$'.");
        }

        Assert.Equal(200, (await trader.PostAsync(path, parameters + "Az09-_" + new string('x', 30))).Status);
        (await trader.GetAsync("/api/v3/order", "symbol=BTCUSDT&origClientOrderId=a.b")).AssertError(400, -1100,
            "Illegal characters found in parameter 'origClientOrderId'; legal range is '^[a-zA-Z0-9-_]{1,36}$'.");
    }

    [Fact]
    public async Task An_empty_recv_window_is_an_empty_optional_parameter()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        (await trader.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT&recvWindow=")).AssertError(400, -1105, "Parameter 'recvWindow' was empty.");
    }

    [Fact]
    public async Task An_iceberg_may_have_up_to_100_parts_as_on_the_testnet_since_february()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        const string Order = "symbol=DOGEUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1000&price=0.05";
        await trader.OkAsync(trader.PostAsync("/api/v3/order/test", Order + "&icebergQty=10"));
        (await trader.PostAsync("/api/v3/order/test", Order + "&icebergQty=9")).AssertError(400, -1013, "Filter failure: ICEBERG_PARTS");
        var info = await server.SendAsync(HttpMethod.Get, "/api/v3/exchangeInfo", "symbol=DOGEUSDT");
        var filter = info.Json.GetProperty("symbols")[0].GetProperty("filters").EnumerateArray()
            .Single(filter => filter.GetProperty("filterType").GetString() == "ICEBERG_PARTS");
        Assert.Equal(100, filter.GetProperty("limit").GetInt32());
    }

    [Theory]
    [InlineData("/api/v3/allOrders", "symbol=BTCUSDT")]
    [InlineData("/api/v3/myTrades", "symbol=BTCUSDT")]
    [InlineData("/api/v3/allOrderList", "")]
    [InlineData("/api/v3/myAllocations", "symbol=BTCUSDT")]
    [InlineData("/api/v3/myPreventedMatches", "symbol=BTCUSDT&orderId=1")]
    [InlineData("/api/v3/order/amendments", "symbol=BTCUSDT&orderId=1")]
    public async Task A_history_limit_of_zero_or_less_is_minus_1130_as_on_market_data(string path, string query)
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        foreach (var limit in new[] { "0", "-1", "-2147483648" })
        {
            (await trader.GetAsync(path, (query.Length > 0 ? query + "&" : "") + "limit=" + limit))
                .AssertError(400, -1130, "Data sent for parameter 'limit' is not valid.");
        }
    }

    private static IEnumerable<string> Names(JsonElement element) => element.EnumerateObject().Select(property => property.Name);
}
