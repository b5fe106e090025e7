using Microsoft.Extensions.DependencyInjection;
using Spotnet.Server.Exchange;

namespace Spotnet.EndToEnd.Tests;

public sealed class TradingTimingTests
{
    [Fact]
    public async Task Order_that_waits_past_its_recv_window_before_the_engine_is_rejected_and_still_counted()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        var host = server.App.Services.GetRequiredService<ExchangeHost>();
        using var gate = new ManualResetEventSlim();
        using var started = new ManualResetEventSlim();
        // Work runs on its caller's thread: this one holds the engine from another.
        var blocker = Task.Run(() => host.RunAsync(_ =>
        {
            started.Set();
            return gate.Wait(TimeSpan.FromSeconds(10));
        }));
        started.Wait(TimeSpan.FromSeconds(10));

        var pending = trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=60000&recvWindow=1000");
        // Wait until the request waits for the engine behind the blocker, then let the clock pass its window.
        for (var i = 0; host.QueuedCount == 0; i++)
        {
            Assert.True(i < 2000, "the request never reached the engine");
            await Task.Delay(5);
        }

        server.Time.Advance(TimeSpan.FromSeconds(2));
        gate.Set();
        Assert.True(await blocker);
        var reply = await pending;

        reply.AssertError(400, -1021, "Timestamp for this request is outside of the recvWindow.");
        Assert.Equal("1", reply.Header("X-MBX-ORDER-COUNT-10S"));
        Assert.Equal(0, (await trader.OkAsync(trader.GetAsync("/api/v3/openOrders"))).GetArrayLength());
    }

    [Fact]
    public async Task An_order_filled_on_placement_leaves_the_unfilled_order_count_unchanged()
    {
        await using var server = await TestServer.StartAsync();
        var seller = await TradingClient.CreateAsync(server);
        var buyer = await TradingClient.CreateAsync(server);
        var resting = await seller.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.001&price=65000");
        Assert.Equal("1", resting.Header("X-MBX-ORDER-COUNT-10S"));

        var taker = await buyer.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.001");
        Assert.Equal(200, taker.Status);
        Assert.Equal("0", taker.Header("X-MBX-ORDER-COUNT-10S"));
        Assert.Equal("0", taker.Header("X-MBX-ORDER-COUNT-1D"));
        // The maker's first fill took its order off the seller's count too.
        var count = await seller.OkAsync(seller.GetAsync("/api/v3/rateLimit/order"));
        Assert.All(count.EnumerateArray(), limit => Assert.Equal(0, limit.GetProperty("count").GetInt32()));
    }
}
