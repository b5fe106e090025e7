using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spotnet.EndToEnd.Tests.Reset;
using Spotnet.Server.Exchange;
using Xunit.Abstractions;

namespace Spotnet.EndToEnd.Tests.Durability;

/// <summary>
/// RT-9 (overload and recovery) and RT-12 (soak), scaled to a CI machine. Off by default: set
/// <c>SPOTNET_LONG_TESTS=1</c>; <c>SPOTNET_LONG_TEST_SECONDS</c> sets how long each one drives load (default 60).
/// </summary>
public sealed class LongRunTests(ITestOutputHelper output)
{
    private const string Buy = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=60000";
    private const string Sell = "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.001&price=60000";

    private static TimeSpan Duration => TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("SPOTNET_LONG_TEST_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? seconds
            : 60);

    [LongFact]
    public async Task Overload_is_shed_only_with_documented_codes_and_service_recovers_after_it()
    {
        await using var server = await TestServer.StartAsync();
        var traders = new List<TradingClient>();
        for (var i = 0; i < 4; i++)
        {
            traders.Add(await TradingClient.CreateAsync(server));
        }

        var answers = new ConcurrentDictionary<string, int>();
        var leaks = new ConcurrentQueue<string>();
        var deadline = Stopwatch.StartNew();
        // The server's clock follows real time, so rate-limit windows roll as they would in production.
        var clock = Task.Run(async () =>
        {
            while (deadline.Elapsed < Duration)
            {
                await Task.Delay(100);
                server.Time.Advance(TimeSpan.FromMilliseconds(100));
            }
        });

        // Far more concurrent clients than the weight and order limits admit: 8 loops per account.
        var loops = traders.SelectMany(trader => Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (deadline.Elapsed < Duration)
            {
                var placed = await trader.PostAsync("/api/v3/order", Buy);
                Record(placed);
                if (placed.Status == 200)
                {
                    Record(await trader.DeleteAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={placed.Json.GetProperty("orderId").GetInt64()}"));
                }

                Record(await server.SendAsync(HttpMethod.Get, "/api/v3/depth", "symbol=BTCUSDT"));
            }
        }))).ToList();
        await Task.WhenAll([.. loops, clock]);

        Assert.Empty(leaks);
        Assert.All(answers.Keys, answer => Assert.Matches("^(200|400 -[0-9]+|429 -1003|429 -1015|418 -1003|503 -1008)$", answer));
        Assert.Contains(answers.Keys, answer => answer.StartsWith("429", StringComparison.Ordinal) || answer.StartsWith("418", StringComparison.Ordinal));
        // Recovery: another address is served at once; this one once its ban (at most 3 days) is over.
        using (var other = LoopbackClient.From("127.0.0.2", server.Http.BaseAddress!))
        {
            Assert.Equal(200, (int)(await other.GetAsync("/api/v3/ping")).StatusCode);
        }

        server.Time.Advance(TimeSpan.FromDays(4));
        await traders[0].OkAsync(traders[0].GetAsync("/api/v3/account"));
        await traders[0].OkAsync(traders[0].PostAsync("/api/v3/order", Buy));
        Assert.Empty(await server.App.Services.GetRequiredService<ExchangeHost>().RunAsync(session => session.Engine.CheckInvariants()));

        void Record(Reply reply)
        {
            if (reply.Text.Contains("Exception", StringComparison.Ordinal) || reply.Text.Contains(" at ", StringComparison.Ordinal))
            {
                leaks.Enqueue(reply.Text);
            }

            var key = reply.Status == 200 ? "200" : $"{reply.Status} {(reply.Text.StartsWith('{') ? reply.Code : 0)}";
            answers.AddOrUpdate(key, 1, (_, count) => count + 1);
        }
    }

    [LongFact]
    public async Task Soak_keeps_invariants_memory_and_handles_flat_and_restarts_to_the_same_state()
    {
        string dataDirectory;
        string openOrdersBefore;
        TradingClient first;
        // Small bounds on the history kept in memory and on the public trade tape, so both are full (and history
        // spills to disk all along) before the warm-up sample: what is left to grow after it would be a leak.
        await using (var server = await TestServer.StartAsync(
            null, null, "--RateLimits:Enabled=false", "--Journal:SnapshotEveryRecords=2000", "--Journal:HistoryInMemory=20000", "--MarketData:TradesPerSymbol=5000"))
        {
            server.KeepDataDirectory = true;
            dataDirectory = server.DataDirectory;
            var traders = new[] { await TradingClient.CreateAsync(server), await TradingClient.CreateAsync(server) };
            first = traders[0];
            var exchange = server.App.Services.GetRequiredService<ExchangeHost>();
            var failures = new ConcurrentQueue<string>();
            var elapsed = Stopwatch.StartNew();
            long memoryAfterWarmUp = 0;
            long placed = 0;
            var samples = new List<string>();
            var handlesAfterWarmUp = 0;

            // Two accounts trade with each other, each alternating buy and sell so balances oscillate instead of running out.
            var loops = traders.Select((trader, index) => Task.Run(async () =>
            {
                for (var round = 0; elapsed.Elapsed < Duration; round++)
                {
                    var reply = await trader.PostAsync("/api/v3/order", (round + index) % 2 == 0 ? Buy : Sell);
                    Interlocked.Increment(ref placed);
                    if (reply.Status != 200 && reply.Code != -2010)
                    {
                        failures.Enqueue(reply.Text);
                    }

                    if (round % 50 == 49)
                    {
                        await trader.DeleteAsync("/api/v3/openOrders", "symbol=BTCUSDT");
                    }

                    server.Time.Advance(TimeSpan.FromMilliseconds(10));
                }
            })).ToList();

            while (!loops.TrueForAll(loop => loop.IsCompleted))
            {
                await Task.Delay(1000);
                Assert.Empty(await exchange.RunAsync(session => session.Engine.CheckInvariants()));
                if (memoryAfterWarmUp == 0 && elapsed.Elapsed > Duration / 10)
                {
                    memoryAfterWarmUp = GC.GetTotalMemory(forceFullCollection: true);
                    handlesAfterWarmUp = Process.GetCurrentProcess().HandleCount;
                }

                if (elapsed.Elapsed > Duration * (samples.Count + 1) / 10)
                {
                    samples.Add($"{elapsed.Elapsed.TotalSeconds:F0} s: {Interlocked.Read(ref placed)} orders, {GC.GetTotalMemory(forceFullCollection: true) >> 20} MB");
                }
            }

            output.WriteLine(string.Join(Environment.NewLine, samples));

            await Task.WhenAll(loops);
            Assert.Empty(failures);
            var memoryAtEnd = GC.GetTotalMemory(forceFullCollection: true);
            output.WriteLine($"Managed memory: {memoryAfterWarmUp >> 20} MB after warm-up, {memoryAtEnd >> 20} MB after {placed} orders");
            Assert.True(memoryAtEnd < (memoryAfterWarmUp * 2) + (64L << 20), "managed memory grew");
            Assert.True(Process.GetCurrentProcess().HandleCount < handlesAfterWarmUp + 200, "handles grew");
            openOrdersBefore = (await first.OkAsync(first.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"))).GetRawText();
        }

        await using var restarted = await TestServer.StartAsync(null, dataDirectory, "--RateLimits:Enabled=false");
        var again = new TradingClient(restarted, first.Signer);
        Assert.Equal(openOrdersBefore, (await again.OkAsync(again.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"))).GetRawText());
        Assert.Empty(await restarted.App.Services.GetRequiredService<ExchangeHost>().RunAsync(session => session.Engine.CheckInvariants()));
    }
}
