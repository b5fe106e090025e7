using System.Text.Json;

namespace Spotnet.EndToEnd.Tests;

public sealed class MarketDataTests(MarketDataFixture fixture) : IClassFixture<MarketDataFixture>
{
    private TestServer Server => fixture.Server;

    private Task<Reply> GetAsync(string path, string query = "") => Server.SendAsync(HttpMethod.Get, path, query);

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(property => property.Name)];

    private static decimal Decimal(JsonElement element) => decimal.Parse(element.GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Depth_lists_bids_high_to_low_and_asks_low_to_high_up_to_the_limit()
    {
        var reply = await GetAsync("/api/v3/depth", "symbol=BTCUSDT&limit=5");

        Assert.Equal(200, reply.Status);
        Assert.Equal(["lastUpdateId", "bids", "asks"], Names(reply.Json));
        var bids = reply.Json.GetProperty("bids").EnumerateArray().Select(level => Decimal(level[0])).ToList();
        var asks = reply.Json.GetProperty("asks").EnumerateArray().Select(level => Decimal(level[0])).ToList();
        Assert.Equal(5, bids.Count);
        Assert.Equal(5, asks.Count);
        Assert.Equal(bids.OrderDescending(), bids);
        Assert.Equal(asks.Order(), asks);
        Assert.True(bids[0] < asks[0]);
        Assert.Matches(@"^\d+\.\d{8}$", reply.Json.GetProperty("bids")[0][1].GetString());
    }

    [Fact]
    public async Task Depth_checks_symbol_status_and_limit()
    {
        (await GetAsync("/api/v3/depth", "symbol=BTCUSDT&symbolStatus=HALT")).AssertError(400, -1220, "The symbol's status does not match the requested symbolStatus.");
        (await GetAsync("/api/v3/depth", "symbol=BTCUSDT&symbolStatus=OPEN")).AssertError(400, -1122, "Invalid symbolStatus.");
        (await GetAsync("/api/v3/depth", "symbol=NOPE")).AssertError(400, -1121, "Invalid symbol.");
        (await GetAsync("/api/v3/depth", "symbol=BTCUSDT&limit=0")).AssertError(400, -1130, "Data sent for parameter 'limit' is not valid.");
        Assert.Equal(200, (await GetAsync("/api/v3/depth", "symbol=BTCUSDT&symbolStatus=TRADING&limit=6000")).Status);
    }

    [Fact]
    public async Task Recent_and_historical_trades_have_binances_fields()
    {
        var trades = (await GetAsync("/api/v3/trades", "symbol=ETHUSDT&limit=2")).Json;
        Assert.Equal(2, trades.GetArrayLength());
        Assert.Equal(["id", "price", "qty", "quoteQty", "time", "isBuyerMaker", "isBestMatch"], Names(trades[0]));
        Assert.True(trades[0].GetProperty("id").GetInt64() < trades[1].GetProperty("id").GetInt64());

        var historical = (await GetAsync("/api/v3/historicalTrades", "symbol=ETHUSDT&fromId=1&limit=3")).Json;
        Assert.Equal([1L, 2L, 3L], historical.EnumerateArray().Select(trade => trade.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task Historical_block_trades_need_from_id_and_are_empty_on_the_simulated_market()
    {
        (await GetAsync("/api/v3/historicalBlockTrades", "symbol=BTCUSDT")).AssertError(400, -1102, "Mandatory parameter 'fromId' was not sent, was empty/null, or malformed.");
        var reply = await GetAsync("/api/v3/historicalBlockTrades", "symbol=BTCUSDT&fromId=1");
        Assert.Equal(200, reply.Status);
        Assert.Equal("[]", reply.Text);
    }

    [Fact]
    public async Task Aggregate_trades_have_short_keys_and_reject_from_id_with_a_time_range()
    {
        var aggregates = (await GetAsync("/api/v3/aggTrades", "symbol=BTCUSDT&limit=3")).Json;
        Assert.Equal(3, aggregates.GetArrayLength());
        Assert.Equal(["a", "p", "q", "f", "l", "T", "m", "M"], Names(aggregates[0]));
        Assert.True(aggregates[0].GetProperty("l").GetInt64() >= aggregates[0].GetProperty("f").GetInt64());

        var fromStart = (await GetAsync("/api/v3/aggTrades", $"symbol=BTCUSDT&startTime={TestServer.Start.ToUnixTimeMilliseconds()}&limit=1")).Json;
        Assert.Equal(0, fromStart[0].GetProperty("a").GetInt64());
        (await GetAsync("/api/v3/aggTrades", "symbol=BTCUSDT&fromId=1&startTime=1")).AssertError(400, -1128, "Combination of optional parameters invalid.");
    }

    [Theory]
    [InlineData("/api/v3/depth", "symbol=BTCUSDT")]
    [InlineData("/api/v3/trades", "symbol=BTCUSDT")]
    [InlineData("/api/v3/historicalTrades", "symbol=BTCUSDT&fromId=1")]
    [InlineData("/api/v3/historicalBlockTrades", "symbol=BTCUSDT&fromId=1")]
    [InlineData("/api/v3/aggTrades", "symbol=BTCUSDT&startTime=0")]
    [InlineData("/api/v3/klines", "symbol=BTCUSDT&interval=1m")]
    [InlineData("/api/v3/uiKlines", "symbol=BTCUSDT&interval=1m")]
    public async Task A_negative_limit_is_refused_like_a_zero_one(string path, string query)
    {
        foreach (var limit in new[] { "-1", "-2147483648" })
        {
            (await GetAsync(path, $"{query}&limit={limit}")).AssertError(400, -1130, "Data sent for parameter 'limit' is not valid.");
        }
    }

    [Fact]
    public async Task Aggregate_trade_times_beyond_any_range_keep_their_direction()
    {
        // ms times too large for µs: a start after everything finds nothing, an end after everything finds the newest.
        var newest = (await GetAsync("/api/v3/aggTrades", "symbol=BTCUSDT&limit=1")).Json[0].GetProperty("a").GetInt64();
        Assert.Equal(0, (await GetAsync("/api/v3/aggTrades", $"symbol=BTCUSDT&startTime={long.MaxValue}&limit=2")).Json.GetArrayLength());
        var toEnd = (await GetAsync("/api/v3/aggTrades", $"symbol=BTCUSDT&endTime={long.MaxValue}&limit=1")).Json;
        Assert.True(toEnd[0].GetProperty("a").GetInt64() >= newest);
        var everything = (await GetAsync("/api/v3/aggTrades", $"symbol=BTCUSDT&startTime={long.MinValue}&endTime={long.MaxValue}&limit=1")).Json;
        Assert.Equal(0, everything[0].GetProperty("a").GetInt64());
        var inMicroseconds = (await Server.SendAsync(HttpMethod.Get, "/api/v3/aggTrades", $"symbol=BTCUSDT&endTime={long.MaxValue}&limit=1",
            configure: request => request.Headers.Add("X-MBX-TIME-UNIT", "MICROSECOND"))).Json;
        Assert.True(inMicroseconds[0].GetProperty("a").GetInt64() >= newest);

        // An id before the first one starts at the first, however far before.
        Assert.Equal(0, (await GetAsync("/api/v3/aggTrades", $"symbol=BTCUSDT&fromId={long.MinValue}&limit=1")).Json[0].GetProperty("a").GetInt64());
        var first = (await GetAsync("/api/v3/historicalTrades", "symbol=BTCUSDT&fromId=0&limit=1")).Json[0].GetProperty("id").GetInt64();
        Assert.Equal(first, (await GetAsync("/api/v3/historicalTrades", $"symbol=BTCUSDT&fromId={long.MinValue}&limit=1")).Json[0].GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Answers_carry_quotes_and_unicode_as_they_are_not_escaped()
    {
        // As Binance writes them: 'symbol' and the Unicode symbol's name in plain UTF-8, not \u0027 or \u8FD9 escapes.
        var error = await GetAsync("/api/v3/depth");
        Assert.Contains("\"msg\":\"Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.\"", error.Text, StringComparison.Ordinal);
        var price = await GetAsync("/api/v3/ticker/price", "symbol=" + Uri.EscapeDataString("这是测试币456"));
        Assert.StartsWith("{\"symbol\":\"这是测试币456\",", price.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_body_of_a_get_is_not_read()
    {
        // "For GET endpoints, parameters must be sent as a query string."
        var reply = await Server.SendAsync(HttpMethod.Get, "/api/v3/depth", "limit=1", body: "symbol=BTCUSDT");
        reply.AssertError(400, -1102, "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.");
    }

    [Fact]
    public async Task Klines_are_twelve_element_arrays_with_history_and_live_seconds()
    {
        var minutes = (await GetAsync("/api/v3/klines", "symbol=BTCUSDT&interval=1m&limit=1000")).Json;
        Assert.Equal(1000, minutes.GetArrayLength());
        var last = minutes[999];
        Assert.Equal(12, last.GetArrayLength());
        Assert.Equal(JsonValueKind.Number, last[0].ValueKind);
        Assert.Equal(JsonValueKind.String, last[1].ValueKind);
        Assert.Equal(last[0].GetInt64() + 59_999, last[6].GetInt64());
        Assert.Equal(JsonValueKind.Number, last[8].ValueKind);
        Assert.Equal("0", last[11].GetString());

        var seconds = (await GetAsync("/api/v3/klines", "symbol=BTCUSDT&interval=1s")).Json;
        Assert.True(seconds.GetArrayLength() >= 3);
        var ui = await GetAsync("/api/v3/uiKlines", "symbol=BTCUSDT&interval=1s");
        Assert.Equal(seconds.GetRawText(), ui.Json.GetRawText());

        var days = (await GetAsync("/api/v3/klines", "symbol=BTCUSDT&interval=1d&timeZone=-1:00")).Json;
        Assert.All(days.EnumerateArray(), day => Assert.Equal(3_600_000, day[0].GetInt64() % 86_400_000));
        var months = (await GetAsync("/api/v3/klines", "symbol=BTCUSDT&interval=1M")).Json;
        Assert.Equal(2, months.GetArrayLength());
    }

    [Fact]
    public async Task Microsecond_time_unit_applies_to_times_in_and_out()
    {
        static void Microseconds(HttpRequestMessage request) => request.Headers.Add("X-MBX-TIME-UNIT", "MICROSECOND");
        var startMicroseconds = TestServer.Start.ToUnixTimeMilliseconds() * 1000;

        var trades = (await Server.SendAsync(HttpMethod.Get, "/api/v3/trades", "symbol=BTCUSDT&limit=1", configure: Microseconds)).Json;
        var klines = (await Server.SendAsync(HttpMethod.Get, "/api/v3/klines", $"symbol=BTCUSDT&interval=1m&startTime={startMicroseconds}&limit=1", configure: Microseconds)).Json;
        var aggregates = (await Server.SendAsync(HttpMethod.Get, "/api/v3/aggTrades", $"symbol=BTCUSDT&startTime={startMicroseconds}&limit=1", configure: Microseconds)).Json;

        Assert.InRange(trades[0].GetProperty("time").GetInt64(), startMicroseconds, startMicroseconds + 10_000_000);
        Assert.Equal(startMicroseconds, klines[0][0].GetInt64());
        Assert.Equal(startMicroseconds + 59_999_999, klines[0][6].GetInt64());
        Assert.Equal(0, aggregates[0].GetProperty("a").GetInt64());

        // A trading day closes on its last µs, as a kline does (not on its last ms times 1000).
        var day = (await Server.SendAsync(HttpMethod.Get, "/api/v3/ticker/tradingDay", "symbol=BTCUSDT", configure: Microseconds)).Json;
        var nextDay = new DateTimeOffset(TestServer.Start.UtcDateTime.Date.AddDays(1), TimeSpan.Zero).ToUnixTimeMilliseconds() * 1000;
        Assert.Equal(nextDay - 1, day.GetProperty("closeTime").GetInt64());
    }

    [Fact]
    public async Task Depth_and_ticker_weights_follow_the_endpoint_table()
    {
        async Task<int> WeightOfAsync(string path, string query)
        {
            var before = int.Parse((await GetAsync("/api/v3/ping")).Header("X-MBX-USED-WEIGHT-1M")!, System.Globalization.CultureInfo.InvariantCulture);
            var reply = await GetAsync(path, query);
            return int.Parse(reply.Header("X-MBX-USED-WEIGHT-1M")!, System.Globalization.CultureInfo.InvariantCulture) - before;
        }

        Assert.Equal(5, await WeightOfAsync("/api/v3/depth", "symbol=BTCUSDT"));
        // A symbol that is sent but malformed still weighs as one symbol, not as all of them.
        Assert.Equal(2, await WeightOfAsync("/api/v3/ticker/24hr", "symbol=%FF"));
        Assert.Equal(25, await WeightOfAsync("/api/v3/depth", "symbol=BTCUSDT&limit=101"));
        Assert.Equal(250, await WeightOfAsync("/api/v3/depth", "symbol=BTCUSDT&limit=5000"));
        Assert.Equal(80, await WeightOfAsync("/api/v3/ticker/24hr", ""));
        Assert.Equal(4, await WeightOfAsync("/api/v3/aggTrades", "symbol=BTCUSDT"));
        Assert.Equal(8, await WeightOfAsync("/api/v3/ticker", "symbols=[\"BTCUSDT\",\"ETHUSDT\"]"));
    }

    [Fact]
    public async Task Klines_reject_bad_intervals_and_time_zones()
    {
        (await GetAsync("/api/v3/klines", "symbol=BTCUSDT&interval=1H")).AssertError(400, -1120, "Invalid interval.");
        (await GetAsync("/api/v3/klines", "symbol=BTCUSDT&interval=1m&timeZone=15:00")).AssertError(400, -1130, "Data sent for parameter 'timeZone' is not valid.");
        (await GetAsync("/api/v3/klines", "symbol=BTCUSDT")).AssertError(400, -1102, "Mandatory parameter 'interval' was not sent, was empty/null, or malformed.");
    }

    [Fact]
    public async Task Average_price_and_reference_price_come_from_the_live_market()
    {
        var average = (await GetAsync("/api/v3/avgPrice", "symbol=BTCUSDT")).Json;
        Assert.Equal(["mins", "price", "closeTime"], Names(average));
        Assert.Equal(5, average.GetProperty("mins").GetInt32());
        Assert.InRange(Decimal(average.GetProperty("price")), 30_000m, 130_000m);

        var reference = (await GetAsync("/api/v3/referencePrice", "symbol=BTCUSDT")).Json;
        Assert.Equal(["symbol", "referencePrice", "timestamp"], Names(reference));
        var calculation = (await GetAsync("/api/v3/referencePrice/calculation", "symbol=BTCUSDT")).Json;
        Assert.Equal("EXTERNAL", calculation.GetProperty("calculationType").GetString());
        Assert.Equal(0, calculation.GetProperty("externalCalculationId").GetInt64());
        var depth = (await GetAsync("/api/v3/depth", "symbol=BTCUSDT&limit=1")).Json;
        // The book is built around the reference price: the best bid is below it and the best ask above.
        Assert.InRange(Decimal(reference.GetProperty("referencePrice")), Decimal(depth.GetProperty("bids")[0][0]), Decimal(depth.GetProperty("asks")[0][0]));
    }

    [Fact]
    public async Task Ticker_24hr_answers_an_object_for_a_symbol_and_an_array_otherwise()
    {
        var full = (await GetAsync("/api/v3/ticker/24hr", "symbol=BTCUSDT")).Json;
        Assert.Equal(
            ["symbol", "priceChange", "priceChangePercent", "weightedAvgPrice", "prevClosePrice", "lastPrice", "lastQty", "bidPrice", "bidQty",
             "askPrice", "askQty", "openPrice", "highPrice", "lowPrice", "volume", "quoteVolume", "openTime", "closeTime", "firstId", "lastId", "count"],
            Names(full));
        Assert.True(Decimal(full.GetProperty("bidPrice")) < Decimal(full.GetProperty("askPrice")));
        // Binance's identity: count is the span of trade ids (the synthetic history has none and does not count).
        var (firstId, lastId) = (full.GetProperty("firstId").GetInt64(), full.GetProperty("lastId").GetInt64());
        Assert.True(firstId >= 0, "the simulator's first step trades on every symbol");
        Assert.Equal(lastId - firstId + 1, full.GetProperty("count").GetInt64());
        Assert.Matches(@"^-?\d+\.\d{3}$", full.GetProperty("priceChangePercent").GetString());

        var mini = (await GetAsync("/api/v3/ticker/24hr", "symbols=[\"BTCUSDT\",\"ETHUSDT\"]&type=MINI")).Json;
        Assert.Equal(["BTCUSDT", "ETHUSDT"], mini.EnumerateArray().Select(ticker => ticker.GetProperty("symbol").GetString()));
        Assert.Equal(
            ["symbol", "openPrice", "highPrice", "lowPrice", "lastPrice", "volume", "quoteVolume", "openTime", "closeTime", "firstId", "lastId", "count"],
            Names(mini[0]));

        var all = await GetAsync("/api/v3/ticker/24hr");
        Assert.True(all.Json.GetArrayLength() >= 20);
        Assert.Empty((await GetAsync("/api/v3/ticker/24hr", "symbolStatus=HALT")).Json.EnumerateArray());
        (await GetAsync("/api/v3/ticker/24hr", "symbol=BTCUSDT&type=FUL")).AssertError(400, -1139, "Invalid ticker type.");
        (await GetAsync("/api/v3/ticker/24hr", "symbol=BTCUSDT&symbols=[\"ETHUSDT\"]")).AssertError(400, -1128, "Combination of optional parameters invalid.");
    }

    [Fact]
    public async Task Trading_day_and_rolling_window_tickers_need_a_symbol_and_check_their_window()
    {
        var day = (await GetAsync("/api/v3/ticker/tradingDay", "symbol=BTCUSDT&timeZone=8")).Json;
        Assert.Equal(
            ["symbol", "priceChange", "priceChangePercent", "weightedAvgPrice", "openPrice", "highPrice", "lowPrice", "lastPrice", "volume",
             "quoteVolume", "openTime", "closeTime", "firstId", "lastId", "count"],
            Names(day));
        // 10:00:03 UTC is 18:00:03 at +08:00: that day opened at 16:00 UTC the day before.
        Assert.Equal(TestServer.Start.AddHours(-18).ToUnixTimeMilliseconds(), day.GetProperty("openTime").GetInt64());

        var window = (await GetAsync("/api/v3/ticker", "symbol=BTCUSDT&windowSize=15m")).Json;
        Assert.Equal(TestServer.Start.AddMinutes(-15).ToUnixTimeMilliseconds(), window.GetProperty("openTime").GetInt64());
        Assert.Equal(Server.NowMilliseconds, window.GetProperty("closeTime").GetInt64());

        (await GetAsync("/api/v3/ticker/tradingDay")).AssertError(400, -1102, "Param 'symbol' or 'symbols' must be sent, but both were empty/null!");
        foreach (var path in new[] { "/api/v3/ticker/tradingDay", "/api/v3/ticker" })
        {
            // The pair is mandatory there: sent empty is as good as absent.
            (await GetAsync(path, "symbol=")).AssertError(400, -1102, "Param 'symbol' or 'symbols' must be sent, but both were empty/null!");
            (await GetAsync(path, "symbols=")).AssertError(400, -1102, "Param 'symbol' or 'symbols' must be sent, but both were empty/null!");
            var tooMany = "[" + string.Join(',', Enumerable.Range(0, 101).Select(i => $"\"S{i}\"")) + "]";
            (await GetAsync(path, "symbols=" + Uri.EscapeDataString(tooMany))).AssertError(400, -1101, "Too many values sent for parameter 'symbols', maximum allowed up to 100.");
        }

        (await GetAsync("/api/v3/ticker", "symbol=BTCUSDT&windowSize=8d")).AssertError(400, -1130, "Data sent for parameter 'windowSize' is not valid.");
        (await GetAsync("/api/v3/ticker", "symbol=BTCUSDT&windowSize=1d2h")).AssertError(400, -1130, "Data sent for parameter 'windowSize' is not valid.");
    }

    [Fact]
    public async Task Price_and_book_tickers_follow_the_book()
    {
        var price = (await GetAsync("/api/v3/ticker/price", "symbol=BTCUSDT")).Json;
        Assert.Equal(["symbol", "price"], Names(price));
        var book = (await GetAsync("/api/v3/ticker/bookTicker", "symbol=BTCUSDT")).Json;
        Assert.Equal(["symbol", "bidPrice", "bidQty", "askPrice", "askQty"], Names(book));
        var depth = (await GetAsync("/api/v3/depth", "symbol=BTCUSDT&limit=1")).Json;
        Assert.Equal(depth.GetProperty("bids")[0][0].GetString(), book.GetProperty("bidPrice").GetString());
        Assert.Equal(depth.GetProperty("asks")[0][0].GetString(), book.GetProperty("askPrice").GetString());
        Assert.True((await GetAsync("/api/v3/ticker/bookTicker")).Json.GetArrayLength() >= 20);
    }

    [Fact]
    public async Task Execution_rules_list_symbols_without_rules_and_refuse_combinations()
    {
        // ETHUSDT has no PRICE_RANGE rule by default (BTCUSDT has one: DefaultRulesTests).
        var rules = (await GetAsync("/api/v3/executionRules", "symbol=ETHUSDT")).Json;
        Assert.Equal("ETHUSDT", rules.GetProperty("symbolRules")[0].GetProperty("symbol").GetString());
        Assert.Empty(rules.GetProperty("symbolRules")[0].GetProperty("rules").EnumerateArray());
        (await GetAsync("/api/v3/executionRules", "symbol=BTCUSDT&symbolStatus=TRADING")).AssertError(400, -1128, "Combination of optional parameters invalid.");
    }
}
