using System.Text.Json;

namespace Spotnet.EndToEnd.Tests;

public sealed class ExchangeInfoTests
{
    private const string Path = "/api/v3/exchangeInfo";

    [Fact]
    public async Task Exchange_info_lists_rate_limits_and_at_least_20_symbols_with_every_field()
    {
        await using var server = await TestServer.StartAsync();
        var reply = await server.SendAsync(HttpMethod.Get, Path);

        Assert.Equal(200, reply.Status);
        Assert.Equal("20", reply.Header("X-MBX-USED-WEIGHT-1M"));
        var json = reply.Json;
        Assert.Equal("UTC", json.GetProperty("timezone").GetString());
        Assert.Equal(server.NowMilliseconds, json.GetProperty("serverTime").GetInt64());
        Assert.Equal(
            ["REQUEST_WEIGHT/MINUTE/1/6000", "ORDERS/SECOND/10/50", "ORDERS/DAY/1/160000", "RAW_REQUESTS/MINUTE/5/300000"],
            json.GetProperty("rateLimits").EnumerateArray().Select(limit =>
                $"{limit.GetProperty("rateLimitType").GetString()}/{limit.GetProperty("interval").GetString()}/{limit.GetProperty("intervalNum").GetInt32()}/{limit.GetProperty("limit").GetInt32()}"));
        Assert.Empty(json.GetProperty("exchangeFilters").EnumerateArray());
        var symbols = json.GetProperty("symbols").EnumerateArray().ToList();
        Assert.True(symbols.Count >= 20);
        var names = symbols.Select(symbol => symbol.GetProperty("symbol").GetString()).ToList();
        Assert.Contains("BTCUSDT", names);
        Assert.Contains("ETHBTC", names);
        Assert.Contains("这是测试币456", names);

        string[] fields =
        [
            "symbol", "status", "baseAsset", "baseAssetPrecision", "quoteAsset", "quotePrecision", "quoteAssetPrecision",
            "baseCommissionPrecision", "quoteCommissionPrecision", "orderTypes", "icebergAllowed", "ocoAllowed", "otoAllowed",
            "opoAllowed", "quoteOrderQtyMarketAllowed", "allowTrailingStop", "cancelReplaceAllowed", "amendAllowed",
            "pegInstructionsAllowed", "isSpotTradingAllowed", "isMarginTradingAllowed", "filters", "permissions",
            "permissionSets", "defaultSelfTradePreventionMode", "allowedSelfTradePreventionModes",
        ];
        Assert.Equal(fields, symbols[0].EnumerateObject().Select(property => property.Name));
    }

    [Fact]
    public async Task Btcusdt_has_realistic_filters()
    {
        await using var server = await TestServer.StartAsync();
        var reply = await server.SendAsync(HttpMethod.Get, Path, "symbol=BTCUSDT");
        var filters = reply.Json.GetProperty("symbols")[0].GetProperty("filters").EnumerateArray()
            .ToDictionary(filter => filter.GetProperty("filterType").GetString()!);

        Assert.Equal("0.01000000", filters["PRICE_FILTER"].GetProperty("tickSize").GetString());
        Assert.Equal("0.00001000", filters["LOT_SIZE"].GetProperty("stepSize").GetString());
        Assert.Equal("5.00000000", filters["NOTIONAL"].GetProperty("minNotional").GetString());
        Assert.Contains("MARKET_LOT_SIZE", filters.Keys);
        Assert.Contains("MAX_NUM_ORDERS", filters.Keys);
    }

    [Fact]
    public async Task Symbols_parameter_selects_those_symbols_in_order()
    {
        await using var server = await TestServer.StartAsync();
        var reply = await server.SendAsync(HttpMethod.Get, Path, "symbols=" + Uri.EscapeDataString("[\"ETHBTC\",\"BTCUSDT\"]"));
        Assert.Equal(["ETHBTC", "BTCUSDT"], Names(reply));
    }

    [Fact]
    public async Task Unknown_symbol_returns_minus_1121()
    {
        await using var server = await TestServer.StartAsync();
        var reply = await server.SendAsync(HttpMethod.Get, Path, "symbol=NOSUCH");
        reply.AssertError(400, -1121, "Invalid symbol.");
        var list = await server.SendAsync(HttpMethod.Get, Path, "symbols=" + Uri.EscapeDataString("[\"BTCUSDT\",\"NOSUCH\"]"));
        list.AssertError(400, -1121, "Invalid symbol.");
    }

    [Fact]
    public async Task Duplicate_symbol_in_list_returns_minus_1151()
    {
        await using var server = await TestServer.StartAsync();
        var reply = await server.SendAsync(HttpMethod.Get, Path, "symbols=" + Uri.EscapeDataString("[\"BTCUSDT\",\"BTCUSDT\"]"));
        reply.AssertError(400, -1151, "Symbol is present multiple times in the list.");
    }

    [Fact]
    public async Task A_list_of_more_than_100_symbols_is_judged_by_its_entries()
    {
        // Only the trading-day and rolling-window tickers document a cap of 100 (fidelity M12).
        await using var server = await TestServer.StartAsync();
        var list = "[" + string.Join(',', Enumerable.Range(0, 101).Select(i => $"\"S{i}\"")) + "]";
        var reply = await server.SendAsync(HttpMethod.Get, Path, "symbols=" + Uri.EscapeDataString(list));
        reply.AssertError(400, -1121, "Invalid symbol.");
    }

    [Theory]
    [InlineData("[\"BTCUSDT\", \"ETHUSDT\"]")]
    [InlineData("[\"BTCUSDT\",\"ETHUSDT\"] ")]
    [InlineData("[\"BTC\\u0055SDT\"]")]
    public async Task Symbol_lists_follow_their_legal_range_without_spaces_or_escapes(string list)
    {
        // JSON would take these; the legal range Binance reports does not (official connectors strip the spaces).
        await using var server = await TestServer.StartAsync();
        var reply = await server.SendAsync(HttpMethod.Get, Path, "symbols=" + Uri.EscapeDataString(list));
        reply.AssertError(400, -1100,
            "Illegal characters found in parameter 'symbols'; legal range is '^\\[(\"[\\w\\-._]{1,20}\"(,\"[\\w\\-._]{1,20}\"){0,}){0,1}\\]$'.");
        Assert.Equal(200, (await server.SendAsync(HttpMethod.Get, Path, "symbols=" + Uri.EscapeDataString("[\"BTCUSDT\",\"ETHUSDT\"]"))).Status);
    }

    [Fact]
    public async Task Broken_symbols_json_returns_minus_1100()
    {
        await using var server = await TestServer.StartAsync();
        var reply = await server.SendAsync(HttpMethod.Get, Path, "symbols=" + Uri.EscapeDataString("[\"BTCUSDT\""));
        Assert.Equal(-1100, reply.Code);
        Assert.StartsWith("Illegal characters found in parameter 'symbols'; legal range is ", reply.Message);
    }

    [Fact]
    public async Task Permissions_single_or_array_filter_symbols()
    {
        await using var server = await TestServer.StartAsync();
        var spot = await server.SendAsync(HttpMethod.Get, Path, "permissions=SPOT");
        Assert.True(Names(spot).Count >= 20);
        var margin = await server.SendAsync(HttpMethod.Get, Path, "permissions=" + Uri.EscapeDataString("[\"MARGIN\",\"LEVERAGED\"]"));
        Assert.Empty(Names(margin));

        // The permission names are an open list (TRD_GRP_002, ...): a well-formed one that no symbol has selects none;
        // names are upper case, like every enum value.
        var unknown = await server.SendAsync(HttpMethod.Get, Path, "permissions=" + Uri.EscapeDataString("[\"TRD_GRP_999\",\"FOO\"]"));
        Assert.Equal(200, unknown.Status);
        Assert.Empty(Names(unknown));
        (await server.SendAsync(HttpMethod.Get, Path, "permissions=spot")).AssertError(400, -1130, "Data sent for parameter 'permissions' is not valid.");
        var bad = await server.SendAsync(HttpMethod.Get, Path, "permissions=" + Uri.EscapeDataString("[\"spot\""));
        bad.AssertError(400, -1130, "Data sent for parameter 'permissions' is not valid.");
    }

    [Fact]
    public async Task Show_permission_sets_false_empties_permission_sets()
    {
        await using var server = await TestServer.StartAsync();
        var reply = await server.SendAsync(HttpMethod.Get, Path, "symbol=BTCUSDT&showPermissionSets=false");
        Assert.Empty(reply.Json.GetProperty("symbols")[0].GetProperty("permissionSets").EnumerateArray());
        var shown = await server.SendAsync(HttpMethod.Get, Path, "symbol=BTCUSDT&showPermissionSets=true");
        Assert.Equal("[[\"SPOT\"]]", shown.Json.GetProperty("symbols")[0].GetProperty("permissionSets").GetRawText());
    }

    [Fact]
    public async Task Symbol_status_filters_and_rejects_unknown_values()
    {
        await using var server = await TestServer.StartAsync();
        Assert.True(Names(await server.SendAsync(HttpMethod.Get, Path, "symbolStatus=TRADING")).Count >= 20);
        Assert.Empty(Names(await server.SendAsync(HttpMethod.Get, Path, "symbolStatus=HALT")));
        (await server.SendAsync(HttpMethod.Get, Path, "symbolStatus=OPEN")).AssertError(400, -1122, "Invalid symbolStatus.");
    }

    [Theory]
    [InlineData("symbol=BTCUSDT&symbolStatus=TRADING")]
    [InlineData("symbol=BTCUSDT&permissions=SPOT")]
    [InlineData("symbol=BTCUSDT&symbols=%5B%22ETHBTC%22%5D")]
    public async Task Symbol_combined_with_a_list_filter_returns_minus_1128(string query)
    {
        await using var server = await TestServer.StartAsync();
        var reply = await server.SendAsync(HttpMethod.Get, Path, query);
        reply.AssertError(400, -1128, "Combination of optional parameters invalid.");
    }

    [Fact]
    public async Task Malformed_boolean_returns_minus_1100()
    {
        await using var server = await TestServer.StartAsync();
        var reply = await server.SendAsync(HttpMethod.Get, Path, "showPermissionSets=yes");
        reply.AssertError(400, -1100, "Illegal characters found in parameter 'showPermissionSets'; legal range is '^(true|false)$'.");
    }

    [Fact]
    public async Task Configured_symbols_and_rate_limits_replace_the_defaults()
    {
        var dataDirectory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "spotnet-e2e-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        await File.WriteAllTextAsync(System.IO.Path.Combine(dataDirectory, "spotnet.json"), """
            {
              "RateLimits": { "RequestWeightPerMinute": 1200 },
              "Symbols": [ { "Symbol": "FOOBAR", "BaseAsset": "FOO", "QuoteAsset": "BAR", "TickSize": "0.5" } ]
            }
            """);
        await using var server = await TestServer.StartAsync(dataDirectory: dataDirectory);
        var reply = await server.SendAsync(HttpMethod.Get, Path);
        Assert.Equal(["FOOBAR"], Names(reply));
        Assert.Equal(1200, reply.Json.GetProperty("rateLimits")[0].GetProperty("limit").GetInt32());
        Assert.Equal("0.50000000", reply.Json.GetProperty("symbols")[0].GetProperty("filters")[0].GetProperty("tickSize").GetString());
    }

    private static List<string?> Names(Reply reply) =>
        [.. reply.Json.GetProperty("symbols").EnumerateArray().Select(symbol => symbol.GetProperty("symbol").GetString())];
}
