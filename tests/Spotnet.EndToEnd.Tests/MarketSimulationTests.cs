using Microsoft.Extensions.DependencyInjection;
using Spotnet.Engine;
using Spotnet.Server.Exchange;
using Spotnet.Server.Market;

namespace Spotnet.EndToEnd.Tests;

public sealed class MarketSimulationTests
{
    private static Task<TestServer> StartAsync(params string[] extraArgs) =>
        TestServer.StartAsync(extraArgs: [.. MarketDataFixture.SimulatedMarket, .. extraArgs]);

    [Fact]
    public async Task The_simulator_keeps_twenty_levels_on_each_side_of_every_book_as_the_price_moves()
    {
        await using var server = await StartAsync();
        var symbols = (await server.SendAsync(HttpMethod.Get, "/api/v3/exchangeInfo")).Json.GetProperty("symbols")
            .EnumerateArray().Select(symbol => symbol.GetProperty("symbol").GetString()!).ToList();
        for (var step = 0; step < 3; step++)
        {
            foreach (var symbol in symbols)
            {
                var depth = (await server.SendAsync(HttpMethod.Get, "/api/v3/depth", "symbol=" + Uri.EscapeDataString(symbol))).Json;
                Assert.True(depth.GetProperty("bids").GetArrayLength() >= 20, symbol);
                Assert.True(depth.GetProperty("asks").GetArrayLength() >= 20, symbol);
            }

            await MarketDataFixture.StepAsync(server, 1);
        }

        var trades = (await server.SendAsync(HttpMethod.Get, "/api/v3/trades", "symbol=XRPBTC")).Json;
        Assert.True(trades.GetArrayLength() >= 3);
    }

    [Fact]
    public async Task After_an_engine_reset_the_next_step_refills_the_books()
    {
        await using var server = await StartAsync();
        var host = server.App.Services.GetRequiredService<ExchangeHost>();
        await host.RunAsync(session => session.Execute(new Spotnet.Engine.Reset { Time = session.Now, Grants = session.Catalog.Allowance }));
        Assert.Equal(0, (await server.SendAsync(HttpMethod.Get, "/api/v3/depth", "symbol=BTCUSDT")).Json.GetProperty("asks").GetArrayLength());

        await MarketDataFixture.StepAsync(server, 1);

        var depth = (await server.SendAsync(HttpMethod.Get, "/api/v3/depth", "symbol=BTCUSDT")).Json;
        Assert.Equal(20, depth.GetProperty("bids").GetArrayLength());
        Assert.Equal(20, depth.GetProperty("asks").GetArrayLength());
    }

    [Fact]
    public async Task A_market_order_of_a_normal_size_fills_against_the_simulated_book()
    {
        await using var server = await StartAsync();
        var client = await TradingClient.CreateAsync(server);

        var order = await client.OkAsync(client.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.01"));
        var sell = await client.OkAsync(client.PostAsync("/api/v3/order", "symbol=ETHUSDT&side=SELL&type=MARKET&quantity=0.5"));

        Assert.Equal("FILLED", order.GetProperty("status").GetString());
        Assert.Equal("0.01000000", order.GetProperty("executedQty").GetString());
        Assert.NotEmpty(order.GetProperty("fills").EnumerateArray());
        Assert.Equal("FILLED", sell.GetProperty("status").GetString());
        var tape = (await server.SendAsync(HttpMethod.Get, "/api/v3/trades", "symbol=BTCUSDT&limit=1")).Json;
        Assert.Equal(order.GetProperty("fills").EnumerateArray().Last().GetProperty("tradeId").GetInt64(), tape[0].GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task The_same_seed_builds_the_same_book_and_another_seed_another()
    {
        async Task<string> BookAsync(string seed)
        {
            await using var server = await StartAsync("--MarketSimulation:Seed=" + seed);
            await MarketDataFixture.StepAsync(server, 2);
            var depth = await server.SendAsync(HttpMethod.Get, "/api/v3/depth", "symbol=ETHBTC&limit=20");
            var klines = await server.SendAsync(HttpMethod.Get, "/api/v3/klines", "symbol=ETHBTC&interval=1h&limit=5");
            return depth.Text + klines.Text;
        }

        var first = await BookAsync("42");
        Assert.Equal(first, await BookAsync("42"));
        Assert.NotEqual(first, await BookAsync("43"));
    }

    [Fact]
    public async Task With_the_simulator_off_books_and_tapes_are_empty_and_there_is_no_reference_price()
    {
        await using var server = await TestServer.StartAsync();

        Assert.Null(server.App.Services.GetService<MarketSimulator>());
        var depth = (await server.SendAsync(HttpMethod.Get, "/api/v3/depth", "symbol=BTCUSDT")).Json;
        Assert.Equal(0, depth.GetProperty("bids").GetArrayLength());
        Assert.Equal("[]", (await server.SendAsync(HttpMethod.Get, "/api/v3/trades", "symbol=BTCUSDT")).Text);
        Assert.Equal("[]", (await server.SendAsync(HttpMethod.Get, "/api/v3/klines", "symbol=BTCUSDT&interval=1m")).Text);
        var ticker = (await server.SendAsync(HttpMethod.Get, "/api/v3/ticker/24hr", "symbol=BTCUSDT")).Json;
        Assert.Equal(-1, ticker.GetProperty("firstId").GetInt64());
        Assert.Equal("0.00000000", ticker.GetProperty("lastPrice").GetString());
        (await server.SendAsync(HttpMethod.Get, "/api/v3/referencePrice", "symbol=BTCUSDT")).AssertError(400, -2043, "This symbol doesn't have a reference price.");
        (await server.SendAsync(HttpMethod.Get, "/api/v3/referencePrice/calculation", "symbol=BTCUSDT")).AssertError(400, -2043, "This symbol doesn't have a reference price.");
    }
}
