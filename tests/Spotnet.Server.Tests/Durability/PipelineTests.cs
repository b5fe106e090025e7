using Spotnet.Engine;
using Spotnet.Server.Exchange;

namespace Spotnet.Server.Tests.Durability;

/// <summary>
/// The pipelined group commit: work goes on under the engine lock while a batch's record is being written, yet nothing
/// that work did or read is answered or published before every change it could have seen is on disk.
/// </summary>
public sealed class PipelineTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly VirtualDisk _disk = new();

    [Fact]
    public async Task Work_run_while_a_write_is_in_flight_is_answered_only_once_that_write_is_durable()
    {
        await using var node = Node.Start(_disk);
        await node.LimitAsync(1, OrderSide.Buy, "65000", "0.001", "warm");
        using var disk = new ManualResetEventSlim();
        node.Store.AppendGate = disk;
        var order = node.LimitAsync(1, OrderSide.Buy, "64000", "0.001", "slow");
        Assert.True(node.Store.AppendWaiting.Wait(Patience));

        using var ran = new ManualResetEventSlim();
        var read = node.Host.RunAsync(session =>
        {
            ran.Set();
            return Node.HasOrder(session, 1, "slow");
        });

        // The read ran while the order's record was still being written...
        Assert.True(ran.Wait(Patience));
        // ...but neither the order nor the read that saw it is answered before the record is on disk.
        Assert.False(order.IsCompleted);
        Assert.False(read.IsCompleted);
        lock (_disk)
        {
            Assert.DoesNotContain(_disk.Records.Keys, sequence => sequence > node.Host.JournalSequence);
        }

        node.Store.AppendGate = null;
        disk.Set();
        Assert.True((await order).IsSuccess);
        Assert.True(await read);
        lock (_disk)
        {
            Assert.Equal(_disk.Records.Keys.Max(), node.Host.JournalSequence);
        }
    }

    [Fact]
    public async Task A_failed_write_refuses_every_later_batch_that_ran_on_top_of_it()
    {
        await using var node = Node.Start(_disk);
        await node.LimitAsync(1, OrderSide.Buy, "65000", "0.001", "warm");
        var durable = await node.StateHashAsync();
        using var disk = new ManualResetEventSlim();
        node.Store.AppendGate = disk;
        var lost = node.LimitAsync(1, OrderSide.Buy, "64000", "0.001", "lost");
        Assert.True(node.Store.AppendWaiting.Wait(Patience));

        // A later batch that saw the in-flight order and changed state on top of it.
        using var ran = new ManualResetEventSlim();
        var dependent = node.Host.RunAsync(session =>
        {
            ran.Set();
            var sawLost = Node.HasOrder(session, 1, "lost");
            Node.Limit(session, 2, OrderSide.Sell, "66000", "0.001", "later");
            return sawLost;
        });
        Assert.True(ran.Wait(Patience));

        node.Store.Failing = true;
        node.Store.AppendGate = null;
        disk.Set();
        await Assert.ThrowsAsync<JournalUnavailableException>(() => lost);
        // It read and built on a change that never became durable: neither its read nor its change is acknowledged.
        await Assert.ThrowsAsync<JournalUnavailableException>(() => dependent);
        Assert.True(node.Host.IsDegraded);

        node.Store.Failing = false;
        Assert.False(await node.HasOrderAsync(1, "lost"));
        Assert.False(await node.HasOrderAsync(2, "later"));
        Assert.Equal(durable, await node.StateHashAsync());
        Assert.True((await node.LimitAsync(1, OrderSide.Buy, "63000", "0.001", "after")).IsSuccess);
        Assert.False(node.Host.IsDegraded);
        var live = await node.StateHashAsync();
        node.Store.CrashNow();

        await using var restarted = Node.Start(_disk);
        Assert.Equal(live, await restarted.StateHashAsync());
        Assert.False(await restarted.HasOrderAsync(2, "later"));
    }

    [Fact]
    public async Task A_write_that_reports_an_error_after_reaching_the_disk_counts_as_durable()
    {
        await using var node = Node.Start(_disk);
        await node.LimitAsync(1, OrderSide.Buy, "65000", "0.001", "warm");

        node.Store.NextFault = DiskFault.ErrorAfterFlush;
        Assert.True((await node.LimitAsync(1, OrderSide.Buy, "64000", "0.001", "kept")).IsSuccess);
        Assert.False(node.Host.IsDegraded);
        Assert.True(await node.HasOrderAsync(1, "kept"));
        Assert.True((await node.LimitAsync(1, OrderSide.Buy, "63000", "0.001", "next")).IsSuccess);
        var live = await node.StateHashAsync();
        node.Store.CrashNow();

        await using var restarted = Node.Start(_disk);
        Assert.Equal(live, await restarted.StateHashAsync());
        Assert.True(await restarted.HasOrderAsync(1, "kept"));
    }

    [Fact]
    public async Task Events_are_published_in_execution_order_and_only_once_durable()
    {
        await using var node = Node.Start(_disk);
        var listener = new RecordingListener(_disk);
        node.Host.AddListener(listener);

        var orders = Enumerable.Range(0, 300)
            .Select(i => node.LimitAsync(1 + (i % 3), i % 2 == 0 ? OrderSide.Buy : OrderSide.Sell, (64_990 + (i % 20)).ToString(System.Globalization.CultureInfo.InvariantCulture), "0.001", $"o{i}"))
            .ToList();
        await Task.WhenAll(orders);
        // Work answered after the last order's batch: by then that batch has been published as well.
        await node.Host.RunAsync(_ => 0);
        Assert.All(orders, order => Assert.True(order.Result.IsSuccess));
        // Each answer's order is in a batch that has been published by the time the answer arrives.
        var answered = orders.Select(order => order.Result.OrderId).ToHashSet();
        var published = listener.Batches.SelectMany(batch => batch.OrderIds).ToList();
        Assert.Subset(published.ToHashSet(), answered);

        // Orders get increasing ids in execution order: their first updates arrive in that order.
        var firstSeen = published.Distinct().ToList();
        Assert.Equal(firstSeen.Order().ToList(), firstSeen);

        // The disk as it was when each batch was published already holds every order of that batch.
        foreach (var batch in listener.Batches.Where((_, index) => index % 5 == 0))
        {
            await using var replica = Node.Start(batch.Disk);
            foreach (var clientOrderId in batch.ClientOrderIds)
            {
                var account = 1 + (int.Parse(clientOrderId.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture) % 3);
                Assert.True(await replica.HasOrderAsync(account, clientOrderId), $"{clientOrderId} was published before it was durable");
            }
        }
    }

    [Fact]
    public async Task Callers_are_answered_before_listeners_see_their_batch()
    {
        await using var node = Node.Start(_disk);
        await node.LimitAsync(1, OrderSide.Buy, "65000", "0.001", "warm");
        var listener = new WatchingListener();
        node.Host.AddListener(listener);
        using var disk = new ManualResetEventSlim();
        node.Store.AppendGate = disk;
        var order = node.LimitAsync(1, OrderSide.Buy, "64000", "0.001", "watched");
        Assert.True(node.Store.AppendWaiting.Wait(Patience));
        listener.Watch = order;

        node.Store.AppendGate = null;
        disk.Set();
        await order;
        await node.Host.RunAsync(_ => 0);

        Assert.Equal([true], listener.WatchedCompleted);
    }

    [Fact]
    public async Task A_read_that_saw_only_durable_state_is_answered_at_once()
    {
        await using var node = Node.Start(_disk);
        await node.LimitAsync(1, OrderSide.Buy, "65000", "0.001", "durable");

        // Once the flusher is done with the order's batch, the read needs no waiting: it comes back completed.
        var answeredAtOnce = false;
        for (var i = 0; i < 1000 && !answeredAtOnce; i++)
        {
            var early = node.HasOrderAsync(1, "durable");
            answeredAtOnce = early.IsCompletedSuccessfully;
            Assert.True(await early);
            await Task.Delay(1);
        }

        Assert.True(answeredAtOnce);

        using var disk = new ManualResetEventSlim();
        node.Store.AppendGate = disk;
        var order = node.LimitAsync(1, OrderSide.Buy, "64000", "0.001", "in-flight");
        Assert.True(node.Store.AppendWaiting.Wait(Patience));
        // With a change on its way to the disk, the same read waits for it.
        var read = node.HasOrderAsync(1, "durable");
        Assert.False(read.IsCompleted);
        node.Store.AppendGate = null;
        disk.Set();
        Assert.True((await order).IsSuccess);
        Assert.True(await read);
    }

    private sealed class WatchingListener : IExchangeListener
    {
        public Task? Watch { get; set; }

        public List<bool> WatchedCompleted { get; } = [];

        public void OnBatch(ExchangeEvents events, ExchangeAccounts accounts)
        {
            if (Watch is not null && events.OrderUpdates.Count > 0)
            {
                WatchedCompleted.Add(Watch.IsCompleted);
            }
        }
    }

    private sealed class RecordingListener(VirtualDisk disk) : IExchangeListener
    {
        public List<(List<long> OrderIds, List<string> ClientOrderIds, VirtualDisk Disk)> Batches { get; } = [];

        public void OnBatch(ExchangeEvents events, ExchangeAccounts accounts)
        {
            var news = events.OrderUpdates.Where(update => update.ExecutionType == ExecutionType.New).ToList();
            lock (disk)
            {
                Batches.Add(([.. events.OrderUpdates.Select(update => update.Order.OrderId)], [.. news.Select(update => update.Order.ClientOrderId)], disk.Copy()));
            }
        }
    }
}
