using System.Globalization;
using Spotnet.Engine;
using Spotnet.Server.Configuration;
using Spotnet.Server.Exchange;

namespace Spotnet.Server.Tests.Durability;

/// <summary>RT-2: simulated crash points, torn and corrupt journal records, corrupt snapshots.</summary>
public sealed class CrashRecoveryTests
{
    private readonly VirtualDisk _disk = new();

    [Theory]
    [InlineData(DiskFault.CrashBeforeAppend)]
    [InlineData(DiskFault.CrashAfterAppendBeforeFlush)]
    public async Task A_crash_before_the_flush_loses_the_unacknowledged_command_and_nothing_else(DiskFault fault)
    {
        var node = Node.Start(_disk);
        Assert.True((await node.LimitAsync(1, OrderSide.Buy, "65000", "0.001", "acked")).IsSuccess);
        var acknowledged = await node.StateHashAsync();

        node.Store.NextFault = fault;
        await Assert.ThrowsAsync<JournalUnavailableException>(() => node.LimitAsync(1, OrderSide.Buy, "64000", "0.001", "lost"));
        await node.DisposeAsync();

        await using var restarted = Node.Start(_disk);
        Assert.True(await restarted.HasOrderAsync(1, "acked"));
        Assert.False(await restarted.HasOrderAsync(1, "lost"));
        Assert.Equal(acknowledged, await restarted.StateHashAsync());
    }

    [Fact]
    public async Task A_crash_after_the_flush_keeps_the_command_even_if_the_answer_never_left()
    {
        var node = Node.Start(_disk);
        await node.LimitAsync(1, OrderSide.Buy, "65000", "0.001", "first");
        node.Store.NextFault = DiskFault.CrashAfterFlush;
        await node.LimitAsync(1, OrderSide.Buy, "64000", "0.001", "flushed");
        var flushed = await node.StateHashAsync();
        await node.DisposeAsync();

        await using var restarted = Node.Start(_disk);
        Assert.True(await restarted.HasOrderAsync(1, "flushed"));
        Assert.Equal(flushed, await restarted.StateHashAsync());
    }

    [Fact]
    public async Task A_crash_in_the_middle_of_a_snapshot_falls_back_to_the_previous_snapshot_and_a_longer_replay()
    {
        var node = Node.Start(_disk, new JournalSettings { SnapshotEveryRecords = 1_000_000 });
        await node.RunWorkloadAsync(seed: 1, count: 60);
        var live = await node.StateHashAsync();
        var records = node.Host.JournalSequence;

        // The shutdown snapshot is torn half way.
        node.Store.NextFault = DiskFault.CrashMidSnapshot;
        await node.DisposeAsync();
        Assert.Equal([records, 0], _disk.Snapshots.Keys.Reverse());

        await using var restarted = Node.Start(_disk);
        Assert.Equal(live, await restarted.StateHashAsync());
        Assert.Equal(records, restarted.Host.JournalSequence);
    }

    [Fact]
    public async Task A_flipped_byte_in_the_newest_snapshot_falls_back_to_the_one_before()
    {
        var node = Node.Start(_disk, new JournalSettings { SnapshotEveryRecords = 5 });
        await node.RunWorkloadAsync(seed: 2, count: 80);
        var live = await node.StateHashAsync();
        await node.DisposeAsync();
        Assert.True(_disk.Snapshots.Count >= 2);

        var newest = _disk.Snapshots.Keys.Last();
        _disk.Snapshots[newest][_disk.Snapshots[newest].Length / 3] ^= 0x40;

        await using var restarted = Node.Start(_disk);
        Assert.Equal(live, await restarted.StateHashAsync());
    }

    [Theory]
    [InlineData("torn")]
    [InlineData("flipped")]
    public async Task A_damaged_last_record_is_cut_and_the_server_starts_without_it(string damage)
    {
        var node = Node.Start(_disk);
        await node.RunWorkloadAsync(seed: 3, count: 30);
        var beforeLast = await node.StateHashAsync();
        await node.LimitAsync(2, OrderSide.Sell, "66000", "0.002", "last");
        node.Store.CrashNow();
        await node.DisposeAsync();

        var last = _disk.Records.Keys.Last();
        Damage(last, damage);

        await using var restarted = Node.Start(_disk);
        Assert.False(await restarted.HasOrderAsync(2, "last"));
        Assert.Equal(beforeLast, await restarted.StateHashAsync());
        Assert.DoesNotContain(last, _disk.Records.Keys);
        // The cut record's sequence is reused by the next change, which is then durable as usual.
        await restarted.LimitAsync(2, OrderSide.Sell, "66000", "0.002", "again");
        Assert.Contains(last, _disk.Records.Keys);
    }

    [Theory]
    [InlineData("torn")]
    [InlineData("flipped")]
    public async Task A_damaged_record_in_the_middle_stops_the_start_with_a_message_naming_it(string damage)
    {
        var node = Node.Start(_disk);
        await node.RunWorkloadAsync(seed: 4, count: 40);
        node.Store.CrashNow();
        await node.DisposeAsync();
        var middle = _disk.Records.Keys.ElementAt(_disk.Records.Count / 2);
        Damage(middle, damage);

        var exception = Assert.Throws<JournalCorruptException>(() => Node.Start(_disk));
        Assert.Contains($"Journal record {middle.ToString(CultureInfo.InvariantCulture)} is corrupt", exception.Message, StringComparison.Ordinal);
        Assert.Contains(middle, _disk.Records.Keys);
    }

    // A journal's records are replayed only under the engine rules that wrote them (an upgrade between a crash and its
    // recovery would otherwise change acknowledged results), and an intact record is never cut like a torn one.
    [Theory]
    [InlineData("last", "newer rules")]
    [InlineData("middle", "newer rules")]
    [InlineData("last", "format 1")]
    [InlineData("middle", "newer format")]
    public async Task A_record_another_build_wrote_stops_the_start_and_is_kept(string where, string writer)
    {
        var node = Node.Start(_disk);
        await node.RunWorkloadAsync(seed: 5, count: 40);
        node.Store.CrashNow();
        await node.DisposeAsync();
        var sequence = where == "last" ? _disk.Records.Keys.Last() : _disk.Records.Keys.ElementAt(_disk.Records.Count / 2);
        var body = _disk.Records[sequence][4..];
        Assert.Equal(JournalFormat.RecordVersion, body[0]);
        byte[] rewritten = writer switch
        {
            "newer rules" => [body[0], (byte)(MatchingEngine.RulesVersion + 1), 0, .. body[3..]],
            "format 1" => [1, .. body[3..]],
            _ => [(byte)(JournalFormat.RecordVersion + 1), .. body[1..]],
        };
        var sealedRecord = JournalFormat.Seal(sequence, rewritten);
        _disk.Records[sequence] = sealedRecord;

        var exception = Assert.Throws<JournalVersionException>(() => Node.Start(_disk));
        var expected = writer switch
        {
            "newer rules" => $"was written under engine rules version {MatchingEngine.RulesVersion + 1}, and this build applies version {MatchingEngine.RulesVersion}",
            "format 1" => $"was written under engine rules version 1, and this build applies version {MatchingEngine.RulesVersion}",
            _ => $"is in record format {JournalFormat.RecordVersion + 1}, which this build does not read",
        };
        Assert.Contains($"Journal record {sequence.ToString(CultureInfo.InvariantCulture)} ", exception.Message, StringComparison.Ordinal);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
        Assert.Equal(sealedRecord, _disk.Records[sequence]);
    }

    [Fact]
    public async Task A_graceful_stop_leaves_a_snapshot_so_the_restart_replays_nothing()
    {
        var node = Node.Start(_disk);
        await node.RunWorkloadAsync(seed: 5, count: 25);
        var live = await node.StateHashAsync();
        var records = node.Host.JournalSequence;
        await node.DisposeAsync();

        Assert.Equal(records, _disk.Snapshots.Keys.Last());
        await using var restarted = Node.Start(_disk);
        Assert.True(restarted.Host.Restored);
        Assert.Equal(live, await restarted.StateHashAsync());
    }

    [Fact]
    public async Task When_every_snapshot_is_corrupt_and_the_journal_was_pruned_the_refusal_says_so()
    {
        var node = Node.Start(_disk, new JournalSettings { SnapshotEveryRecords = 3, SnapshotsKept = 2 });
        for (var i = 0; i < 20; i++)
        {
            await node.LimitAsync(1, OrderSide.Buy, "60000", "0.001", $"o{i}");
        }

        node.Store.CrashNow();
        await node.DisposeAsync();
        foreach (var snapshot in _disk.Snapshots.Values)
        {
            snapshot[snapshot.Length / 2] ^= 0x01;
        }

        var refusal = Assert.Throws<JournalCorruptException>(() => Node.Start(_disk));
        Assert.Contains("no valid snapshot covers it (every snapshot is corrupt). Refusing to start.", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Old_snapshots_and_the_journal_they_cover_are_deleted()
    {
        var node = Node.Start(_disk, new JournalSettings { SnapshotEveryRecords = 3, SnapshotsKept = 2 });
        for (var i = 0; i < 40; i++)
        {
            await node.LimitAsync(1, OrderSide.Buy, "60000", "0.001", $"o{i}");
        }

        var live = await node.StateHashAsync();
        await node.DisposeAsync();

        Assert.Equal(2, _disk.Snapshots.Count);
        Assert.Equal(40, _disk.Snapshots.Keys.Last());
        Assert.All(_disk.Records.Keys, sequence => Assert.True(sequence > _disk.Snapshots.Keys.First()));
        await using var restarted = Node.Start(_disk);
        Assert.Equal(live, await restarted.StateHashAsync());
    }

    [Fact]
    public async Task Stopping_finishes_the_queued_work_and_makes_it_durable()
    {
        var node = Node.Start(_disk);
        var queued = Enumerable.Range(0, 300).Select(i => node.LimitAsync(1 + (i % 3), OrderSide.Buy, "60000", "0.001", $"q{i}")).ToList();
        await node.DisposeAsync();

        Assert.All(await Task.WhenAll(queued), result => Assert.True(result.IsSuccess));
        await using var restarted = Node.Start(_disk);
        Assert.True(await restarted.HasOrderAsync(3, "q299"));
        Assert.Equal(100, await restarted.Host.RunAsync(session => session.Engine.GetOpenOrders(session.Accounts.EngineId(1), Node.Btc).Count));
    }

    [Fact]
    public async Task A_reset_is_journaled_like_any_other_change_and_a_crash_right_after_it_keeps_it()
    {
        var node = Node.Start(_disk);
        await node.RunWorkloadAsync(seed: 6, count: 30);
        Assert.NotEmpty(await ClientOrderIdsAsync(node, 1));
        await node.Host.RunAsync(session => session.Execute(new Reset { Time = session.Now, Grants = session.Catalog.Allowance }));
        await node.LimitAsync(1, OrderSide.Buy, "60000", "0.001", "after-reset");
        var live = await node.StateHashAsync();
        node.Store.CrashNow();
        await node.DisposeAsync();

        await using var restarted = Node.Start(_disk);
        Assert.Equal(live, await restarted.StateHashAsync());
        Assert.Equal(1, await restarted.Host.RunAsync(session => session.Engine.Epoch));
        Assert.Equal(["after-reset"], await ClientOrderIdsAsync(restarted, 1));
    }

    private static Task<List<string>> ClientOrderIdsAsync(Node node, long serverAccount) =>
        node.Host.RunAsync(session => session.Engine.GetAllOrders(session.Accounts.EngineId(serverAccount), Node.Btc).Select(order => order.ClientOrderId).ToList());

    private void Damage(long sequence, string damage)
    {
        var data = _disk.Records[sequence];
        if (damage == "torn")
        {
            _disk.Records[sequence] = data[..(data.Length * 2 / 3)];
        }
        else
        {
            data[data.Length / 2] ^= 0x01;
        }
    }
}
