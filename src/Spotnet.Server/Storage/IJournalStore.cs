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
    /// Deletes the records up to and including <paramref name="sequence"/> (covered by every kept snapshot). Called
    /// outside the engine lock, concurrently with <see cref="Append"/>, which it must not hold up for long.
    /// </summary>
    void DeleteThrough(long sequence);

    /// <summary>
    /// Stores a snapshot of the state after record <paramref name="sequence"/> durably: the concatenation of
    /// <paramref name="chunks"/> (a large snapshot is never one array). Called outside the engine lock, concurrently with
    /// <see cref="Append"/>, which it must not hold up for long.
    /// </summary>
    void SaveSnapshot(long sequence, IReadOnlyList<ReadOnlyMemory<byte>> chunks);

    /// <summary>The sequences of the stored snapshots, newest first.</summary>
    IReadOnlyList<long> ListSnapshots();

    /// <summary>Reads one snapshot's bytes, or null when it does not exist.</summary>
    byte[]? LoadSnapshot(long sequence);

    /// <summary>Deletes a snapshot.</summary>
    void DeleteSnapshot(long sequence);

    /// <summary>
    /// Stores history items that left the engine's memory, atomically and durably, replacing rows with the same keys
    /// (replay writes the same items again). Called outside the engine lock, concurrently with everything else here.
    /// </summary>
    void WriteHistory(IReadOnlyList<HistoryRow> rows);

    /// <summary>
    /// The bodies of the stored history of one account, kind and symbol (every symbol when negative) in
    /// <paramref name="epoch"/>, by id: all of it, or at least what <paramref name="range"/> asks for.
    /// </summary>
    IReadOnlyList<byte[]> ReadHistory(long epoch, int accountId, byte kind, int symbolId, HistoryRange? range = null);

    /// <summary>One stored history body by id, or (when <paramref name="id"/> is null) the one with the highest id under a client id; null when none.</summary>
    byte[]? FindHistory(long epoch, int accountId, byte kind, int symbolId, long? id, string? clientId);

    /// <summary>Whether any history of <paramref name="epoch"/> is stored (so reads can be skipped while none is).</summary>
    bool HasHistory(long epoch);

    /// <summary>Deletes the history of every epoch before <paramref name="epoch"/> (erased by resets).</summary>
    void DeleteHistoryBefore(long epoch);

    /// <summary>Performs a small durable write, to learn whether the disk accepts writes again; throws when it does not.</summary>
    void Probe();
}
