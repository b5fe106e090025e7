using System.Globalization;
using Spotnet.Server.Configuration;

namespace Spotnet.Server.Tests.Durability;

/// <summary>RT-3 and RT-4: live state = snapshot + journal suffix = full journal replay, under any culture and time zone.</summary>
public sealed class EquivalenceTests
{
    [Fact]
    public async Task Live_state_equals_snapshot_plus_replay_equals_full_replay()
    {
        var disk = new VirtualDisk();
        var (live, fromSnapshot, fromGenesis) = await RunAndRecoverAsync(disk);

        Assert.Equal(live, fromSnapshot);
        Assert.Equal(live, fromGenesis);
    }

    [Fact]
    public async Task Replay_gives_the_same_state_under_a_german_culture_and_a_plus_13_time_zone()
    {
        var disk = new VirtualDisk();
        var (live, _, _) = await RunAndRecoverAsync(disk);

        var culture = CultureInfo.CurrentCulture;
        var timeZone = Environment.GetEnvironmentVariable("TZ");
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("de-DE");
            Environment.SetEnvironmentVariable("TZ", "Pacific/Tongatapu");
            TimeZoneInfo.ClearCachedData();
            Assert.Equal(TimeSpan.FromHours(13), TimeZoneInfo.Local.GetUtcOffset(new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc)));

            await using var replayed = Node.Start(WithoutSnapshots(disk));
            Assert.Equal(live, await replayed.StateHashAsync());
            await using var restored = Node.Start(disk.Copy());
            Assert.Equal(live, await restored.StateHashAsync());
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            Environment.SetEnvironmentVariable("TZ", timeZone);
            TimeZoneInfo.ClearCachedData();
        }
    }

    [Fact]
    public async Task With_history_spilling_live_state_equals_snapshot_plus_replay_equals_full_replay()
    {
        var disk = new VirtualDisk();
        var (live, fromSnapshot, fromGenesis) = await RunAndRecoverAsync(disk, HistorySpillTests.Spilling);

        Assert.Equal(live, fromSnapshot);
        Assert.Equal(live, fromGenesis);
    }

    // Runs a workload with frequent snapshots and a journal that is never pruned, "crashes", then recovers twice:
    // from the newest snapshot plus the journal after it, and from an empty state plus the whole journal. With
    // <paramref name="spilling"/>, every node runs with those settings (and so with that history limit).
    private static async Task<(string Live, string FromSnapshot, string FromGenesis)> RunAndRecoverAsync(VirtualDisk disk, JournalSettings? spilling = null)
    {
        var node = Node.Start(disk, spilling ?? new JournalSettings { SnapshotEveryRecords = 7, SnapshotsKept = 1_000 });
        await node.RunWorkloadAsync(seed: 42, count: 400);
        var live = await node.StateHashAsync();
        node.Store.CrashNow();
        await node.DisposeAsync();
        // A snapshot that happens to cover the last record is left out, so there is always a suffix to replay.
        var withSuffix = disk.Copy();
        withSuffix.Snapshots.Remove(disk.Records.Keys.Last());
        Assert.InRange(withSuffix.Snapshots.Keys.Last(), 1, disk.Records.Keys.Last() - 1);

        await using var fromSnapshot = Node.Start(withSuffix, spilling);
        await using var fromGenesis = Node.Start(WithoutSnapshots(disk), spilling);
        return (live, await fromSnapshot.StateHashAsync(), await fromGenesis.StateHashAsync());
    }

    internal static VirtualDisk WithoutSnapshots(VirtualDisk disk)
    {
        var copy = disk.Copy();
        copy.Snapshots.Clear();
        return copy;
    }
}
