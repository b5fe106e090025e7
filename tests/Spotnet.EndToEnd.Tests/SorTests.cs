using System.Text.Json;

namespace Spotnet.EndToEnd.Tests;

/// <summary>SOR on the real server: <c>POST /api/v3/sor/order</c>, <c>POST /api/v3/sor/order/test</c>, <c>GET /api/v3/myAllocations</c>, <c>exchangeInfo.sors</c>.</summary>
public sealed class SorTests
{
    private const string SorBuy = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.015&price=62000";

    private static readonly string[] FullSorFields =
    [
        "symbol", "orderId", "orderListId", "clientOrderId", "transactTime", "price", "origQty", "executedQty",
        "origQuoteOrderQty", "cummulativeQuoteQty", "status", "timeInForce", "type", "side", "workingTime", "fills",
        "workingFloor", "selfTradePreventionMode", "usedSor",
    ];

    private static readonly string[] AllocationFields =
    [
        "symbol", "allocationId", "allocationType", "orderId", "orderListId", "price", "qty", "quoteQty", "commission",
        "commissionAsset", "time", "isBuyer", "isMaker", "isAllocator",
    ];

    private static IEnumerable<string> Names(JsonElement element) => element.EnumerateObject().Select(property => property.Name);

    /// <summary>A maker selling 0.01 BTC on BTCUSDC at 60,000 and 0.01 BTC on BTCUSDT at 61,000.</summary>
    private static async Task<TradingClient> SeedAsksAsync(TestServer server)
    {
        var maker = await TradingClient.CreateAsync(server);
        await maker.OkAsync(maker.PostAsync("/api/v3/order", "symbol=BTCUSDC&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.01&price=60000"));
        await maker.OkAsync(maker.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.01&price=61000"));
        return maker;
    }

    [Fact]
    public async Task Sor_order_takes_the_better_usdc_book_first_and_answers_full_with_allocation_fills()
    {
        await using var server = await TestServer.StartAsync();
        var maker = await SeedAsksAsync(server);
        var trader = await TradingClient.CreateAsync(server);
        // No account is barred from SOR here: preventSor is always false.
        Assert.False((await trader.OkAsync(trader.GetAsync("/api/v3/account"))).GetProperty("preventSor").GetBoolean());
        var order = await trader.OkAsync(trader.PostAsync("/api/v3/sor/order", SorBuy));

        Assert.Equal(FullSorFields.Order(), Names(order).Order());
        Assert.Equal("FILLED", order.GetProperty("status").GetString());
        Assert.Equal("905.00000000", order.GetProperty("cummulativeQuoteQty").GetString());
        Assert.Equal("SOR", order.GetProperty("workingFloor").GetString());
        Assert.True(order.GetProperty("usedSor").GetBoolean());
        var fills = order.GetProperty("fills").EnumerateArray().ToArray();
        Assert.Equal(2, fills.Length);
        Assert.Equal(
            """{"matchType":"ONE_PARTY_TRADE_REPORT","price":"60000.00000000","qty":"0.01000000","commission":"0.00000000","commissionAsset":"BTC","tradeId":-1,"allocId":0}""",
            fills[0].GetRawText());
        Assert.Equal(("61000.00000000", "0.00500000", -1L, 1L), (fills[1].GetProperty("price").GetString(), fills[1].GetProperty("qty").GetString(),
            fills[1].GetProperty("tradeId").GetInt64(), fills[1].GetProperty("allocId").GetInt64()));

        // The buyer pays USDT only; the BTCUSDC maker is paid in USDC.
        Assert.Equal(("9095.00000000", "0.00000000"), await trader.BalanceAsync("USDT"));
        Assert.Equal(("10000.00000000", "0.00000000"), await trader.BalanceAsync("USDC"));
        Assert.Equal(("1.01500000", "0.00000000"), await trader.BalanceAsync("BTC"));
        Assert.Equal(("10600.00000000", "0.00000000"), await maker.BalanceAsync("USDC"));

        var orderId = order.GetProperty("orderId").GetInt64();
        var queried = await trader.OkAsync(trader.GetAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={orderId}"));
        Assert.Equal(("SOR", true), (queried.GetProperty("workingFloor").GetString(), queried.GetProperty("usedSor").GetBoolean()));
        var all = await trader.OkAsync(trader.GetAsync("/api/v3/allOrders", "symbol=BTCUSDT"));
        Assert.True(Assert.Single(all.EnumerateArray()).GetProperty("usedSor").GetBoolean());
        Assert.Equal(0, (await trader.OkAsync(trader.GetAsync("/api/v3/myTrades", "symbol=BTCUSDT"))).GetArrayLength());
        var makerTrade = Assert.Single((await maker.OkAsync(maker.GetAsync("/api/v3/myTrades", "symbol=BTCUSDC"))).EnumerateArray());
        Assert.Equal(("60000.00000000", false), (makerTrade.GetProperty("price").GetString(), makerTrade.GetProperty("isBuyer").GetBoolean()));

        var allocations = (await trader.OkAsync(trader.GetAsync("/api/v3/myAllocations", "symbol=BTCUSDT"))).EnumerateArray().ToArray();
        Assert.Equal(2, allocations.Length);
        Assert.Equal(AllocationFields.Order(), Names(allocations[0]).Order());
        Assert.Equal(
            ("BTCUSDT", 0L, "SOR", orderId, -1L, "60000.00000000", "0.01000000", "600.00000000", "0.00000000", "BTC", server.NowMilliseconds, true, false, false),
            (allocations[0].GetProperty("symbol").GetString(), allocations[0].GetProperty("allocationId").GetInt64(),
                allocations[0].GetProperty("allocationType").GetString(), allocations[0].GetProperty("orderId").GetInt64(),
                allocations[0].GetProperty("orderListId").GetInt64(), allocations[0].GetProperty("price").GetString(),
                allocations[0].GetProperty("qty").GetString(), allocations[0].GetProperty("quoteQty").GetString(),
                allocations[0].GetProperty("commission").GetString(), allocations[0].GetProperty("commissionAsset").GetString(),
                allocations[0].GetProperty("time").GetInt64(), allocations[0].GetProperty("isBuyer").GetBoolean(),
                allocations[0].GetProperty("isMaker").GetBoolean(), allocations[0].GetProperty("isAllocator").GetBoolean()));
    }

    [Fact]
    public async Task Gtc_remainder_rests_on_the_sent_book_with_working_floor_exchange_and_shows_it_when_canceled()
    {
        await using var server = await TestServer.StartAsync();
        await SeedAsksAsync(server);
        var trader = await TradingClient.CreateAsync(server);
        var order = await trader.OkAsync(trader.PostAsync("/api/v3/sor/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.03&price=62000&newOrderRespType=RESULT"));

        Assert.False(order.TryGetProperty("fills", out _));
        Assert.Equal(("PARTIALLY_FILLED", "0.02000000", "EXCHANGE", true), (order.GetProperty("status").GetString(),
            order.GetProperty("executedQty").GetString(), order.GetProperty("workingFloor").GetString(), order.GetProperty("usedSor").GetBoolean()));
        var open = Assert.Single((await trader.OkAsync(trader.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"))).EnumerateArray());
        Assert.Equal("EXCHANGE", open.GetProperty("workingFloor").GetString());
        var canceled = await trader.OkAsync(trader.DeleteAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={order.GetProperty("orderId").GetInt64()}"));
        Assert.Equal(("CANCELED", "EXCHANGE", true), (canceled.GetProperty("status").GetString(),
            canceled.GetProperty("workingFloor").GetString(), canceled.GetProperty("usedSor").GetBoolean()));
    }

    [Fact]
    public async Task Ack_response_carries_only_the_ack_fields_and_normal_orders_show_no_sor_fields()
    {
        await using var server = await TestServer.StartAsync();
        await SeedAsksAsync(server);
        var trader = await TradingClient.CreateAsync(server);
        var ack = await trader.OkAsync(trader.PostAsync("/api/v3/sor/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.001&newOrderRespType=ACK"));
        Assert.Equal(new[] { "symbol", "orderId", "orderListId", "clientOrderId", "transactTime" }.Order(), Names(ack).Order());

        var normal = await trader.OkAsync(trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=50000"));
        Assert.False(normal.TryGetProperty("usedSor", out _));
        Assert.False(normal.TryGetProperty("workingFloor", out _));
        var queried = await trader.OkAsync(trader.GetAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={normal.GetProperty("orderId").GetInt64()}"));
        Assert.False(queried.TryGetProperty("usedSor", out _));
    }

    [Fact]
    public async Task Market_sor_order_expires_what_no_book_can_fill_with_working_floor_sor()
    {
        await using var server = await TestServer.StartAsync();
        await SeedAsksAsync(server);
        var trader = await TradingClient.CreateAsync(server);
        var order = await trader.OkAsync(trader.PostAsync("/api/v3/sor/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.03"));
        Assert.Equal(("EXPIRED", "0.02000000", "1210.00000000", "SOR"), (order.GetProperty("status").GetString(), order.GetProperty("executedQty").GetString(),
            order.GetProperty("cummulativeQuoteQty").GetString(), order.GetProperty("workingFloor").GetString()));
        Assert.Equal(2, order.GetProperty("fills").GetArrayLength());
        Assert.Equal(("8790.00000000", "0.00000000"), await trader.BalanceAsync("USDT"));
    }

    [Theory]
    [InlineData("symbol=BTCUSDT&side=BUY&type=STOP_LOSS&quantity=0.001&stopPrice=70000", 400, -1104, null)]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT_MAKER&quantity=0.001&price=50000", 400, -2010, "Unsupported order combination")]
    [InlineData("symbol=BNBUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=500", 400, -1020, "This operation is not supported.")]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.001&price=50000", 400, -1102, "Mandatory parameter 'timeInForce' was not sent, was empty/null, or malformed.")]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=50000", 400, -1102, "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed.")]
    [InlineData("symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.001&price=50000", 400, -1106, "Parameter 'price' sent when not required.")]
    [InlineData("symbol=BTCUSDT&side=BUY&type=MARKET&quoteOrderQty=100", 400, -1104, null)]
    [InlineData("symbol=BTCUSDT&side=BUY&type=SOMETHING&quantity=0.001", 400, -1116, "Invalid orderType.")]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=50000&strategyType=5", 400, -1134, null)]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.000001&price=60000", 400, -1013, null)]
    [InlineData("symbol=NOPE&side=BUY&type=MARKET&quantity=1", 400, -1121, "Invalid symbol.")]
    public async Task Invalid_sor_orders_get_binances_codes_and_nothing_is_placed(string parameters, int status, int code, string? message)
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        foreach (var path in new[] { "/api/v3/sor/order", "/api/v3/sor/order/test" })
        {
            var reply = await trader.PostAsync(path, parameters);
            Assert.True(reply.Status == status, $"{path}: {reply.Status} {reply.Text}");
            Assert.Equal(code, reply.Code);
            if (message is not null)
            {
                Assert.Equal(message, reply.Message);
            }
        }

        Assert.Equal(0, (await trader.OkAsync(trader.GetAsync("/api/v3/openOrders"))).GetArrayLength());
        Assert.Equal(("10000.00000000", "0.00000000"), await trader.BalanceAsync("USDT"));
    }

    [Fact]
    public async Task Sor_orders_count_towards_the_order_rate_limit_and_test_orders_do_not()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        const string Resting = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=50000";
        var test = await trader.PostAsync("/api/v3/sor/order/test", Resting);
        Assert.Null(test.Header("X-MBX-ORDER-COUNT-10S"));
        var first = await trader.PostAsync("/api/v3/sor/order", Resting);
        var second = await trader.PostAsync("/api/v3/sor/order", Resting);
        Assert.Equal(("1", "2", "2"), (first.Header("X-MBX-ORDER-COUNT-10S"), second.Header("X-MBX-ORDER-COUNT-10S"), second.Header("X-MBX-ORDER-COUNT-1D")));
    }

    [Fact]
    public async Task Sor_order_beyond_the_balance_is_rejected_while_its_test_order_passes()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        const string TooBig = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=60000";
        (await trader.PostAsync("/api/v3/sor/order", TooBig)).AssertError(400, -2010, "Account has insufficient balance for requested action.");
        Assert.Equal("{}", (await trader.OkAsync(trader.PostAsync("/api/v3/sor/order/test", TooBig))).GetRawText());
    }

    [Fact]
    public async Task Test_sor_order_validates_and_answers_empty_or_the_commission_rates_without_placing()
    {
        await using var server = await TestServer.StartAsync();
        await SeedAsksAsync(server);
        var trader = await TradingClient.CreateAsync(server);
        var empty = await trader.OkAsync(trader.PostAsync("/api/v3/sor/order/test", SorBuy));
        Assert.Equal("{}", empty.GetRawText());
        var rates = await trader.OkAsync(trader.PostAsync("/api/v3/sor/order/test", SorBuy + "&computeCommissionRates=true"));
        Assert.Equal(
            new[] { "standardCommissionForOrder", "specialCommissionForOrder", "taxCommissionForOrder", "discount" }.Order(), Names(rates).Order());
        Assert.Equal("0.00000000", rates.GetProperty("standardCommissionForOrder").GetProperty("taker").GetString());
        Assert.Equal(0, (await trader.OkAsync(trader.GetAsync("/api/v3/allOrders", "symbol=BTCUSDT"))).GetArrayLength());
        Assert.Equal(0, (await trader.OkAsync(trader.GetAsync("/api/v3/myAllocations", "symbol=BTCUSDT"))).GetArrayLength());
        Assert.Equal(("10000.00000000", "0.00000000"), await trader.BalanceAsync("USDT"));
    }

    [Fact]
    public async Task My_allocations_supports_each_documented_parameter_combination()
    {
        await using var server = await TestServer.StartAsync();
        var maker = await TradingClient.CreateAsync(server);
        var trader = await TradingClient.CreateAsync(server);
        for (var i = 0; i < 4; i++)
        {
            await maker.OkAsync(maker.PostAsync("/api/v3/order", $"symbol=BTCUSDC&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.001&price={60000 + i}"));
        }

        var first = await trader.OkAsync(trader.PostAsync("/api/v3/sor/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.002"));
        var firstTime = server.NowMilliseconds;
        server.Time.Advance(TimeSpan.FromHours(1));
        var second = await trader.OkAsync(trader.PostAsync("/api/v3/sor/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.002"));
        var secondTime = server.NowMilliseconds;
        var firstId = first.GetProperty("orderId").GetInt64();
        var secondId = second.GetProperty("orderId").GetInt64();

        async Task<long[]> Ids(string parameters) =>
            [.. (await trader.OkAsync(trader.GetAsync("/api/v3/myAllocations", "symbol=BTCUSDT" + parameters))).EnumerateArray()
                .Select(allocation => allocation.GetProperty("allocationId").GetInt64())];

        Assert.Equal(new long[] { 0L, 1L, 2L, 3L }, await Ids(""));
        Assert.Equal(new long[] { 0L, 1L }, await Ids("&limit=2"));
        Assert.Equal(new long[] { 2L, 3L }, await Ids($"&startTime={secondTime}"));
        Assert.Equal(new long[] { 0L }, await Ids($"&startTime={firstTime}&limit=1"));
        Assert.Equal(new long[] { 0L, 1L }, await Ids($"&endTime={firstTime}"));
        Assert.Equal(new long[] { 3L }, await Ids($"&endTime={secondTime}&limit=1"));
        Assert.Equal(new long[] { 0L, 1L }, await Ids($"&startTime={firstTime}&endTime={firstTime + 1000}"));
        Assert.Equal(new long[] { 1L, 2L, 3L }, await Ids("&fromAllocationId=1"));
        Assert.Equal(new long[] { 2L, 3L }, await Ids($"&orderId={secondId}"));
        Assert.Equal(new long[] { 1L }, await Ids($"&orderId={firstId}&fromAllocationId=1"));
        Assert.Empty(await Ids("&orderId=999"));
        var usdc = await trader.OkAsync(trader.GetAsync("/api/v3/myAllocations", "symbol=BTCUSDC"));
        Assert.Equal(0, usdc.GetArrayLength());

        (await trader.GetAsync("/api/v3/myAllocations", $"symbol=BTCUSDT&startTime={firstTime}&endTime={firstTime + 86_400_001}"))
            .AssertError(400, -1127, "More than 24 hours between startTime and endTime.");
        (await trader.GetAsync("/api/v3/myAllocations", $"symbol=BTCUSDT&startTime={firstTime}&orderId={firstId}"))
            .AssertError(400, -1128, "Combination of optional parameters invalid.");
        (await trader.GetAsync("/api/v3/myAllocations", $"symbol=BTCUSDT&endTime={secondTime}&fromAllocationId=1"))
            .AssertError(400, -1128, "Combination of optional parameters invalid.");
        (await trader.GetAsync("/api/v3/myAllocations", string.Empty))
            .AssertError(400, -1102, "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.");
    }

    [Fact]
    public async Task Exchange_info_lists_the_default_sor_groups_whatever_symbols_are_asked_for()
    {
        await using var server = await TestServer.StartAsync();
        const string Expected = """[{"baseAsset":"BTC","symbols":["BTCUSDT","BTCUSDC"]},{"baseAsset":"ETH","symbols":["ETHUSDT","ETHUSDC"]}]""";
        foreach (var query in new[] { "", "symbol=BNBUSDT" })
        {
            var reply = await server.SendAsync(HttpMethod.Get, "/api/v3/exchangeInfo", query);
            Assert.Equal(200, reply.Status);
            Assert.Equal(Expected, reply.Json.GetProperty("sors").GetRawText());
        }
    }

    [Fact]
    public async Task Exchange_info_omits_sors_when_no_group_is_configured()
    {
        await using var server = await TestServer.StartAsync(null, null,
            "--Symbols:0:Symbol=BTCUSDT", "--Symbols:0:BaseAsset=BTC", "--Symbols:0:QuoteAsset=USDT");
        var reply = await server.SendAsync(HttpMethod.Get, "/api/v3/exchangeInfo");
        Assert.Equal(200, reply.Status);
        Assert.False(reply.Json.TryGetProperty("sors", out _));
    }
}
