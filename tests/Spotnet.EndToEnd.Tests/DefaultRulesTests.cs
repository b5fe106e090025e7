using Microsoft.Extensions.DependencyInjection;
using Spotnet.Engine;
using Spotnet.Server.Exchange;

namespace Spotnet.EndToEnd.Tests;

/// <summary>The testnet's MAX_ASSET filter (JPY) and the PRICE_RANGE execution rule on BTCUSDT, configured by default.</summary>
public sealed class DefaultRulesTests
{
    [Fact]
    public async Task My_filters_on_a_jpy_symbol_show_the_max_asset_filter_of_the_testnet()
    {
        await using var server = await TestServer.StartAsync();
        var client = await TradingClient.CreateAsync(server);

        var jpy = await client.OkAsync(client.GetAsync("/api/v3/myFilters", "symbol=BTCJPY"));
        var usdt = await client.OkAsync(client.GetAsync("/api/v3/myFilters", "symbol=BTCUSDT"));

        var filter = Assert.Single(jpy.GetProperty("assetFilters").EnumerateArray());
        Assert.Equal("MAX_ASSET", filter.GetProperty("filterType").GetString());
        Assert.Equal("JPY", filter.GetProperty("asset").GetString());
        Assert.Equal("1000000.00000000", filter.GetProperty("limit").GetString());
        Assert.Equal(0, usdt.GetProperty("assetFilters").GetArrayLength());
    }

    [Fact]
    public async Task Order_over_the_jpy_max_asset_limit_fails_the_max_asset_filter()
    {
        await using var server = await TestServer.StartAsync();
        var client = await TradingClient.CreateAsync(server);

        // 0.2 BTC at 9,750,000 JPY is a notional of 1,950,000 JPY: over the 1,000,000 limit, within the balance.
        var over = await client.PostAsync("/api/v3/order", "symbol=BTCJPY&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.2&price=9750000");
        var under = await client.OkAsync(client.PostAsync("/api/v3/order", "symbol=BTCJPY&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.1&price=9750000"));

        over.AssertError(400, -1013, "Filter failure: MAX_ASSET");
        Assert.Equal("NEW", under.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Execution_rules_show_the_price_range_rule_of_btcusdt()
    {
        await using var server = await TestServer.StartAsync();

        var rules = (await server.SendAsync(HttpMethod.Get, "/api/v3/executionRules", "symbol=BTCUSDT")).Json;
        var ethRules = (await server.SendAsync(HttpMethod.Get, "/api/v3/executionRules", "symbol=ETHUSDT")).Json;

        var symbolRules = Assert.Single(rules.GetProperty("symbolRules").EnumerateArray());
        var rule = Assert.Single(symbolRules.GetProperty("rules").EnumerateArray());
        Assert.Equal("PRICE_RANGE", rule.GetProperty("ruleType").GetString());
        Assert.Equal(1.05m, decimal.Parse(rule.GetProperty("bidLimitMultUp").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.95m, decimal.Parse(rule.GetProperty("bidLimitMultDown").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1.05m, decimal.Parse(rule.GetProperty("askLimitMultUp").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.95m, decimal.Parse(rule.GetProperty("askLimitMultDown").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, ethRules.GetProperty("symbolRules")[0].GetProperty("rules").GetArrayLength());
    }

    [Fact]
    public async Task Taker_crossing_a_maker_beyond_the_price_range_expires_with_the_execution_rule_reason()
    {
        await using var server = await TestServer.StartAsync();
        var maker = await TradingClient.CreateAsync(server);
        var taker = await TradingClient.CreateAsync(server);
        var host = server.App.Services.GetRequiredService<ExchangeHost>();
        // The reference price comes from outside the engine, as the market simulation sets it.
        await host.RunAsync(session => session.Execute(new SetReferencePrice
        {
            Time = session.Now, SymbolId = session.Catalog.SymbolId("BTCUSDT"), ReferencePrice = Price.FromDecimal(65000m),
        }));
        // 70,000 is more than 1.05 × 65,000 = 68,250 above the reference price.
        await maker.OkAsync(maker.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.001&price=70000"));

        var order = await taker.OkAsync(taker.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=70000&newOrderRespType=FULL"));
        var book = (await server.SendAsync(HttpMethod.Get, "/api/v3/depth", "symbol=BTCUSDT")).Json;

        Assert.Equal("EXPIRED", order.GetProperty("status").GetString());
        Assert.Equal("EXECUTION_RULE_PRICE_RANGE_EXCEEDED", order.GetProperty("expiryReason").GetString());
        Assert.Equal("0.00000000", order.GetProperty("executedQty").GetString());
        Assert.Equal(0, order.GetProperty("fills").GetArrayLength());
        Assert.Equal(1, book.GetProperty("asks").GetArrayLength());
    }

    [Fact]
    public async Task Taker_within_the_price_range_trades()
    {
        await using var server = await TestServer.StartAsync();
        var maker = await TradingClient.CreateAsync(server);
        var taker = await TradingClient.CreateAsync(server);
        var host = server.App.Services.GetRequiredService<ExchangeHost>();
        await host.RunAsync(session => session.Execute(new SetReferencePrice
        {
            Time = session.Now, SymbolId = session.Catalog.SymbolId("BTCUSDT"), ReferencePrice = Price.FromDecimal(65000m),
        }));
        await maker.OkAsync(maker.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.001&price=68250"));

        var order = await taker.OkAsync(taker.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=68250"));

        Assert.Equal("FILLED", order.GetProperty("status").GetString());
    }
}
