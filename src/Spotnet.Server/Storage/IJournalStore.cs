namespace Spotnet.Server.Storage;

/// <summary>
/// The narrow durable store of the exchange's journal and snapshots. Records and snapshots are opaque bytes (the
/// exchange adds and checks their checksums), so another database can implement it without touching the engine or the API.
/// </summary>
public interface IJournalStore : IDisposable
{
    /// <summary>Appends records atomically and durably (all or none, on disk when this returns); throws when it cannot.</summary>
    void Append(IReadOnlyList<JournalRecord> records);

    /// <summary>Reads the records with a sequence above <paramref name="afterSequence"/>, in sequence order.</summary>
    IEnumerable<JournalRecord> Read(long afterSequence);

    /// <summary>Deletes the records from <paramref name="fromSequence"/> on (cutting a corrupt tail).</summary>
    void CutFrom(long fromSequence);

    /// <summary>
    /// Deletes the records up to and including <paramref name="sequence"/> (covered by every kept snapshot). Called off
    /// the writer loop, concurrently with <see cref="Append"/>, which it must not hold up for long.
    /// </summary>
    void DeleteThrough(long sequence);

    /// <summary>
    /// Stores a snapshot of the state after record <paramref name="sequence"/> durably: the concatenation of
    /// <paramref name="chunks"/> (a large snapshot is never one array). Called off the writer loop, concurrently with
    /// <see cref="Append"/>, which it must not hold up for long.
    /// </summary>
    void SaveSnapshot(long sequence, IReadOnlyList<ReadOnlyMemory<byte>> chunks);

    /// <summary>The sequences of the stored snapshots, newest first.</summary>
    IReadOnlyList<long> ListSnapshots();

    /// <summary>Reads one snapshot's bytes, or null when it does not exist.</summary>
    byte[]? LoadSnapshot(long sequence);

    /// <summary>Deletes a snapshot.</summary>
    void DeleteSnapshot(long sequence);

    /// <summary>Performs a small durable write, to learn whether the disk accepts writes again; throws when it does not.</summary>
    void Probe();
}
