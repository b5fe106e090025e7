using Spotnet.Engine;
using Spotnet.Server.Exchange;

namespace Spotnet.Server.Tests.Durability;

/// <summary>RT-6 in the exchange host: a disk that refuses writes stops state changes, not reads, and service resumes by itself.</summary>
public sealed class DiskFailureTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly VirtualDisk _disk = new();

    [Fact]
    public async Task A_failing_disk_refuses_changes_keeps_reads_and_resumes_when_writes_succeed_again()
    {
        await using var node = Node.Start(_disk);
        await node.LimitAsync(1, OrderSide.Buy, "65000", "0.001", "before");
        var durable = await node.StateHashAsync();

        node.Store.Failing = true;
        await Assert.ThrowsAsync<JournalUnavailableException>(() => node.LimitAsync(1, OrderSide.Buy, "64000", "0.001", "refused"));
        Assert.True(node.Host.IsDegraded);
        // The refused order left no trace in memory either: reads see exactly the durable state.
        Assert.False(await node.HasOrderAsync(1, "refused"));
        Assert.True(await node.HasOrderAsync(1, "before"));
        Assert.Equal(durable, await node.StateHashAsync());
        // Later changes fail fast while the disk still refuses writes.
        await Assert.ThrowsAsync<JournalUnavailableException>(() => node.LimitAsync(2, OrderSide.Sell, "65000", "0.001", "also-refused"));
        Assert.Equal(1, node.Store.Appends);

        node.Store.Failing = false;
        Assert.True((await node.LimitAsync(2, OrderSide.Sell, "65000", "0.001", "after")).IsSuccess);
        Assert.False(node.Host.IsDegraded);
        Assert.Empty(await node.Host.RunAsync(session => session.Engine.CheckInvariants()));
        var live = await node.StateHashAsync();
        node.Store.CrashNow();

        await using var restarted = Node.Start(_disk);
        Assert.Equal(live, await restarted.StateHashAsync());
        Assert.True(await restarted.HasOrderAsync(2, "after"));
    }

    [Fact]
    public async Task In_a_failed_batch_work_before_the_first_change_is_answered_and_work_after_it_is_refused()
    {
        await using var node = Node.Start(_disk);
        await node.LimitAsync(1, OrderSide.Buy, "65000", "0.001", "before");

        // A change whose write is held at the disk, so that the work after it waits in the next batch.
        using var first = new ManualResetEventSlim();
        node.Store.AppendGate = first;
        var held = node.LimitAsync(1, OrderSide.Buy, "64500", "0.001", "held");
        Assert.True(node.Store.AppendWaiting.Wait(Patience));
        var readBefore = node.HasOrderAsync(1, "before");
        var change = node.LimitAsync(1, OrderSide.Buy, "64000", "0.001", "refused");
        var readAfter = node.HasOrderAsync(1, "refused");

        // The held write succeeds; the next batch's write fails.
        using var second = new ManualResetEventSlim();
        node.Store.AppendWaiting.Reset();
        node.Store.AppendGate = second;
        first.Set();
        Assert.True((await held).IsSuccess);
        Assert.True(node.Store.AppendWaiting.Wait(Patience));
        node.Store.Failing = true;
        node.Store.AppendGate = null;
        second.Set();

        Assert.True(await readBefore);
        await Assert.ThrowsAsync<JournalUnavailableException>(() => change);
        // This read ran after the change in the same batch: it saw state that never became durable.
        await Assert.ThrowsAsync<JournalUnavailableException>(() => readAfter);
        node.Store.Failing = false;
        Assert.True(await node.HasOrderAsync(1, "held"));
        Assert.False(await node.HasOrderAsync(1, "refused"));
    }

    [Fact]
    public async Task Without_a_journal_nothing_is_written_and_work_runs_as_before()
    {
        var settings = new Configuration.ServerSettings().WithDefaults();
        await using var host = new ExchangeHost(
            new ExchangeCatalog(settings), new Api.OrderCountLimiter(settings.RateLimits, new Api.LimiterClock(TimeProvider.System)), TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ExchangeHost>.Instance);
        Assert.Equal(0, await host.RunAsync(session => session.Account(1)));
        Assert.Equal(0, host.JournalSequence);
        Assert.Equal(0, host.JournalBytesWritten);
    }
}
