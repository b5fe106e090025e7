using Spotnet.Server.Configuration;

namespace Spotnet.Server.Tests.Durability;

/// <summary>
/// History that the engine spills out of memory is never lost: the host serves it whole live, after a crash (snapshot
/// plus replay, which spills it again) and after a replay of the whole journal (its determinism: <see cref="EquivalenceTests"/>).
/// </summary>
public sealed class HistorySpillTests
{
    internal static JournalSettings Spilling => new() { SnapshotEveryRecords = 7, SnapshotsKept = 1_000, HistoryInMemory = 10 };

    [Fact]
    public async Task Spilled_history_is_served_whole_live_after_a_crash_and_after_a_full_replay()
    {
        List<string> expected;
        await using (var reference = Node.Start(new VirtualDisk()))
        {
            await reference.RunWorkloadAsync(seed: 7, count: 300);
            expected = await reference.HistoryAsync();
        }

        var disk = new VirtualDisk();
        var node = Node.Start(disk, Spilling);
        await node.RunWorkloadAsync(seed: 7, count: 300);
        Assert.Equal(expected, await node.HistoryAsync());
        Assert.NotEmpty(disk.History);
        node.Store.CrashNow();
        await node.DisposeAsync();

        await using (var recovered = Node.Start(disk.Copy(), Spilling))
        {
            Assert.Equal(expected, await recovered.HistoryAsync());
        }

        var withoutSnapshots = EquivalenceTests.WithoutSnapshots(disk);
        withoutSnapshots.History.Clear();
        await using var replayed = Node.Start(withoutSnapshots, Spilling);
        Assert.Equal(expected, await replayed.HistoryAsync());
    }
}
