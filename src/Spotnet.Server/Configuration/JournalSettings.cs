namespace Spotnet.Server.Configuration;

/// <summary>The durable journal of every state change, and the snapshots that bound recovery time.</summary>
public sealed class JournalSettings
{
    /// <summary>Whether state changes are journaled (default true). Off only for benchmarks: nothing survives a restart then.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>A snapshot is taken after this many journal records (one record per batch of commands).</summary>
    public int SnapshotEveryRecords { get; set; } = 10_000;

    /// <summary>Snapshots kept; journal records older than the oldest kept snapshot are deleted.</summary>
    public int SnapshotsKept { get; set; } = 3;
}
