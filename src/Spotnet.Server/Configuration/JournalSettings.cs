namespace Spotnet.Server.Configuration;

/// <summary>The durable journal of every state change, and the snapshots that bound recovery time.</summary>
public sealed class JournalSettings
{
    /// <summary>Whether state changes are journaled (default true). Off only for benchmarks: nothing survives a restart then.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// A snapshot is taken once the journal has grown, since the last one, by as many bytes as that snapshot weighs
    /// (so snapshots cost a fixed share of the disk traffic however large the state grows), and at least by this many
    /// bytes (default 4 MiB).
    /// </summary>
    public long SnapshotMinimumBytes { get; set; } = 4L << 20;

    /// <summary>When above 0, a snapshot is also taken after this many journal records (one record per batch of commands). Default 0: off.</summary>
    public int SnapshotEveryRecords { get; set; }

    /// <summary>Snapshots kept; journal records older than the oldest kept snapshot are deleted.</summary>
    public int SnapshotsKept { get; set; } = 3;

    /// <summary>
    /// Items of account history (closed orders and lists, trades, prevented matches, allocations, amendments) kept in
    /// memory by all accounts together; older ones live in <c>journal-history.db</c>. Without the journal all of it stays
    /// in memory. The default is small because history kept in memory for seconds outlives the young generations: at
    /// 100,000 items a busy server spent twice as long paused in garbage collection, and its slowest answers took three
    /// times as long (<c>docs/configuration.md</c>, <c>Journal</c>).
    /// </summary>
    public int HistoryInMemory { get; set; } = 10_000;
}
