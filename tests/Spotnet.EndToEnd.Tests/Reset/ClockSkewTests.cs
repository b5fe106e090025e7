namespace Spotnet.EndToEnd.Tests.Reset;

/// <summary>RT-8 (2): the server's wall clock steps back 2 s and forward 2 s mid-run.</summary>
public sealed class ClockSkewTests
{
    private const string Buy = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=60000";
    private const string Sell = "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.001&price=60000";

    [Fact]
    public async Task Weight_window_is_neither_reopened_nor_closed_early_by_a_stepped_wall_clock()
    {
        await using var server = await TestServer.StartAsync();
        server.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("1", (await server.SendAsync(HttpMethod.Get, "/api/v3/ping")).Header("X-MBX-USED-WEIGHT-1M"));

        // Back across the minute boundary (10:00:01 → 09:59:59): still the same window.
        server.Time.StepWallClock(TimeSpan.FromSeconds(-2));
        Assert.Equal("2", (await server.SendAsync(HttpMethod.Get, "/api/v3/ping")).Header("X-MBX-USED-WEIGHT-1M"));

        // 57 s later, then forward 4 s (2 s ahead of true time), the wall clock reads 10:01:00; the window has 2 s to go.
        server.Time.Advance(TimeSpan.FromSeconds(57));
        server.Time.StepWallClock(TimeSpan.FromSeconds(4));
        Assert.Equal("3", (await server.SendAsync(HttpMethod.Get, "/api/v3/ping")).Header("X-MBX-USED-WEIGHT-1M"));
        server.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("4", (await server.SendAsync(HttpMethod.Get, "/api/v3/ping")).Header("X-MBX-USED-WEIGHT-1M"));
        server.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("1", (await server.SendAsync(HttpMethod.Get, "/api/v3/ping")).Header("X-MBX-USED-WEIGHT-1M"));
    }

    [Fact]
    public async Task Ban_lasts_its_full_length_whichever_way_the_wall_clock_steps()
    {
        await using var server = await TestServer.StartAsync(extraArgs: ["--RateLimits:RequestWeightPerMinute=1", "--RateLimits:RequestsAfterLimitBeforeBan=0"]);
        await server.SendAsync(HttpMethod.Get, "/api/v3/ping");
        Assert.Equal(418, (await server.SendAsync(HttpMethod.Get, "/api/v3/ping")).Status);

        server.Time.Advance(TimeSpan.FromSeconds(119));
        server.Time.StepWallClock(TimeSpan.FromSeconds(2));
        Assert.Equal(418, (await server.SendAsync(HttpMethod.Get, "/api/v3/ping")).Status);
        server.Time.StepWallClock(TimeSpan.FromSeconds(-4));
        server.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(200, (await server.SendAsync(HttpMethod.Get, "/api/v3/ping")).Status);
    }

    [Fact]
    public async Task Unfilled_order_count_window_is_not_reopened_by_a_wall_clock_stepped_back()
    {
        await using var server = await TestServer.StartAsync(extraArgs: ["--RateLimits:OrdersPerTenSeconds=2"]);
        var trader = await TradingClient.CreateAsync(server);
        server.Time.Advance(TimeSpan.FromSeconds(1));
        await trader.OkAsync(trader.PostAsync("/api/v3/order", Buy));
        await trader.OkAsync(trader.PostAsync("/api/v3/order", Buy));

        // 10:00:01 → 09:59:59 would be another 10-second window on the wall clock.
        server.Time.StepWallClock(TimeSpan.FromSeconds(-2));
        var refused = await trader.PostAsync("/api/v3/order", Buy);
        refused.AssertError(429, -1015, "Too many new orders; current limit is 2 orders per 10 SECOND.");
        server.Time.Advance(TimeSpan.FromSeconds(9));
        await trader.OkAsync(trader.PostAsync("/api/v3/order", Buy));
    }

    [Fact]
    public async Task Transaction_and_trade_times_never_decrease_when_the_wall_clock_steps_back()
    {
        await using var server = await TestServer.StartAsync();
        var buyer = await TradingClient.CreateAsync(server);
        var seller = await TradingClient.CreateAsync(server);
        var start = server.NowMilliseconds;
        var first = await seller.OkAsync(seller.PostAsync("/api/v3/order", Sell));
        Assert.Equal(start, first.GetProperty("transactTime").GetInt64());

        server.Time.StepWallClock(TimeSpan.FromSeconds(-2));
        var filled = await buyer.OkAsync(buyer.PostAsync("/api/v3/order", Buy));
        Assert.Equal(start, filled.GetProperty("transactTime").GetInt64());
        var trade = Assert.Single((await server.SendAsync(HttpMethod.Get, "/api/v3/trades", "symbol=BTCUSDT")).Json.EnumerateArray());
        Assert.Equal(start, trade.GetProperty("time").GetInt64());
        var resting = await buyer.OkAsync(buyer.PostAsync("/api/v3/order", Buy.Replace("60000", "50000", StringComparison.Ordinal)));
        Assert.Equal(start, resting.GetProperty("transactTime").GetInt64());

        // Once the wall clock is past the last time again, times follow it.
        server.Time.StepWallClock(TimeSpan.FromSeconds(4));
        var later = await buyer.OkAsync(buyer.PostAsync("/api/v3/order", Buy.Replace("60000", "50000", StringComparison.Ordinal)));
        Assert.Equal(start + 2000, later.GetProperty("transactTime").GetInt64());
    }

    [Fact]
    public async Task Server_time_and_the_recv_window_follow_the_stepped_wall_clock_with_exact_codes()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync();
        server.Time.StepWallClock(TimeSpan.FromSeconds(-2));
        var now = server.NowMilliseconds;
        Assert.Equal(now, (await server.SendAsync(HttpMethod.Get, "/api/v3/time")).Json.GetProperty("serverTime").GetInt64());

        (await server.SendAsync(HttpMethod.Get, "/api/v3/account", $"timestamp={now + 1000}", signer: signer))
            .AssertError(400, -1021, "Timestamp for this request was 1000ms ahead of the server's time.");
        Assert.Equal(200, (await server.SendAsync(HttpMethod.Get, "/api/v3/account", $"timestamp={now + 999}", signer: signer)).Status);
        (await server.SendAsync(HttpMethod.Get, "/api/v3/account", $"timestamp={now - 5001}", signer: signer))
            .AssertError(400, -1021, "Timestamp for this request is outside of the recvWindow.");
        Assert.Equal(200, (await server.SendAsync(HttpMethod.Get, "/api/v3/account", $"timestamp={now - 5000}", signer: signer)).Status);

        server.Time.StepWallClock(TimeSpan.FromSeconds(4));
        // A timestamp taken before the step forward is now 4 s old: inside the default window, outside a 3-second one.
        Assert.Equal(200, (await server.SendAsync(HttpMethod.Get, "/api/v3/account", $"timestamp={now}", signer: signer)).Status);
        (await server.SendAsync(HttpMethod.Get, "/api/v3/account", $"timestamp={now}&recvWindow=3000", signer: signer))
            .AssertError(400, -1021, "Timestamp for this request is outside of the recvWindow.");
    }
}
