using Spotnet.Server.Storage;

namespace Spotnet.Server.Tests.Durability;

/// <summary>What a disk holds durably: journal records and snapshots. Stores opened on it see the same content.</summary>
internal sealed class VirtualDisk
{
    public SortedDictionary<long, byte[]> Records { get; } = [];

    public SortedDictionary<long, byte[]> Snapshots { get; } = [];

    public SortedDictionary<(long Epoch, int Account, byte Kind, int Symbol, long Id), HistoryRow> History { get; } = [];

    /// <summary>A copy of the durable content (another machine restoring a backup).</summary>
    public VirtualDisk Copy()
    {
        var copy = new VirtualDisk();
        foreach (var (sequence, data) in Records)
        {
            copy.Records[sequence] = (byte[])data.Clone();
        }

        foreach (var (sequence, data) in Snapshots)
        {
            copy.Snapshots[sequence] = (byte[])data.Clone();
        }

        foreach (var (key, row) in History)
        {
            copy.History[key] = row with { Body = (byte[])row.Body.Clone() };
        }

        return copy;
    }
}

/// <summary>A fault the next append or snapshot suffers.</summary>
public enum DiskFault
{
    None,

    /// <summary>The process dies before the write: nothing reaches the disk.</summary>
    CrashBeforeAppend,

    /// <summary>The write reaches the page cache, the process dies before the flush: the bytes are lost.</summary>
    CrashAfterAppendBeforeFlush,

    /// <summary>The write is flushed, then the process dies before anything else happens.</summary>
    CrashAfterFlush,

    /// <summary>Half of a snapshot reaches the disk, then the process dies.</summary>
    CrashMidSnapshot,

    /// <summary>The write is flushed, then the call reports an error anyway (the process lives on).</summary>
    ErrorAfterFlush,
}

/// <summary>
/// An injectable journal store over a <see cref="VirtualDisk"/>: crashes at chosen points (after which this store, like a
/// dead process, does nothing more) and a failing disk (every write throws <see cref="IOException"/> while <see cref="Failing"/>).
/// </summary>
internal sealed class VirtualJournalStore(VirtualDisk disk) : IJournalStore
{
    public DiskFault NextFault { get; set; }

    public bool Failing { get; set; }

    public bool Crashed { get; private set; }

    public int Appends { get; private set; }

    /// <summary>When set, appends wait for it (a slow disk).</summary>
    public ManualResetEventSlim? AppendGate { get; set; }

    /// <summary>Set once an append is waiting on <see cref="AppendGate"/>.</summary>
    public ManualResetEventSlim AppendWaiting { get; } = new();

    public void Append(IReadOnlyList<JournalRecord> records)
    {
        if (AppendGate is { } gate)
        {
            AppendWaiting.Set();
            gate.Wait();
        }

        ThrowIfDown();
        switch (Take(DiskFault.CrashBeforeAppend, DiskFault.CrashAfterAppendBeforeFlush))
        {
            case DiskFault.CrashBeforeAppend:
            case DiskFault.CrashAfterAppendBeforeFlush:
                // Unflushed bytes die with the process: the disk is as before.
                Crash();
                break;
        }

        lock (disk)
        {
            foreach (var record in records)
            {
                if (!disk.Records.TryAdd(record.Sequence, (byte[])record.Data.Clone()))
                {
                    throw new InvalidOperationException($"Record {record.Sequence} written twice.");
                }
            }
        }

        Appends++;
        switch (Take(DiskFault.CrashAfterFlush, DiskFault.ErrorAfterFlush))
        {
            case DiskFault.CrashAfterFlush:
                Crashed = true;
                break;
            case DiskFault.ErrorAfterFlush:
                throw new IOException("Input/output error (simulated, after the data was flushed).");
        }
    }

    public IEnumerable<JournalRecord> Read(long afterSequence)
    {
        ThrowIfCrashed();
        lock (disk)
        {
            return [.. disk.Records.Where(pair => pair.Key > afterSequence).Select(pair => new JournalRecord(pair.Key, (byte[])pair.Value.Clone()))];
        }
    }

    public void CutFrom(long fromSequence)
    {
        ThrowIfDown();
        lock (disk)
        {
            foreach (var sequence in disk.Records.Keys.Where(key => key >= fromSequence).ToList())
            {
                disk.Records.Remove(sequence);
            }
        }
    }

    public void DeleteThrough(long sequence)
    {
        ThrowIfDown();
        lock (disk)
        {
            foreach (var old in disk.Records.Keys.Where(key => key <= sequence).ToList())
            {
                disk.Records.Remove(old);
            }
        }
    }

    public void SaveSnapshot(long sequence, IReadOnlyList<ReadOnlyMemory<byte>> chunks)
    {
        ThrowIfDown();
        var data = chunks.SelectMany(chunk => chunk.ToArray()).ToArray();
        lock (disk)
        {
            if (Take(DiskFault.CrashMidSnapshot) == DiskFault.CrashMidSnapshot)
            {
                disk.Snapshots[sequence] = data[..(data.Length / 2)];
                Crash();
            }

            disk.Snapshots[sequence] = data;
        }
    }

    public IReadOnlyList<long> ListSnapshots()
    {
        ThrowIfCrashed();
        lock (disk)
        {
            return [.. disk.Snapshots.Keys.Reverse()];
        }
    }

    public byte[]? LoadSnapshot(long sequence)
    {
        ThrowIfCrashed();
        lock (disk)
        {
            return disk.Snapshots.TryGetValue(sequence, out var data) ? (byte[])data.Clone() : null;
        }
    }

    public void DeleteSnapshot(long sequence)
    {
        ThrowIfDown();
        lock (disk)
        {
            disk.Snapshots.Remove(sequence);
        }
    }

    public void WriteHistory(IReadOnlyList<HistoryRow> rows)
    {
        ThrowIfDown();
        lock (disk)
        {
            foreach (var row in rows)
            {
                disk.History[(row.Epoch, row.AccountId, row.Kind, row.SymbolId, row.Id)] = row with { Body = (byte[])row.Body.Clone() };
            }
        }
    }

    // All of it, whatever the range: a reader may return more than the range asks for.
    public IReadOnlyList<byte[]> ReadHistory(long epoch, int accountId, byte kind, int symbolId, HistoryRange? range = null)
    {
        ThrowIfCrashed();
        lock (disk)
        {
            return [.. Rows(epoch, accountId, kind, symbolId).OrderBy(row => row.Id).Select(row => (byte[])row.Body.Clone())];
        }
    }

    public byte[]? FindHistory(long epoch, int accountId, byte kind, int symbolId, long? id, string? clientId)
    {
        ThrowIfCrashed();
        lock (disk)
        {
            var row = Rows(epoch, accountId, kind, symbolId)
                .Where(row => id is { } byId ? row.Id == byId : clientId is not null && row.ClientId == clientId)
                .MaxBy(row => row.Id);
            return row is null ? null : (byte[])row.Body.Clone();
        }
    }

    public bool HasHistory(long epoch)
    {
        lock (disk)
        {
            return disk.History.Keys.Any(key => key.Epoch >= epoch);
        }
    }

    public void DeleteHistoryBefore(long epoch)
    {
        ThrowIfDown();
        lock (disk)
        {
            foreach (var key in disk.History.Keys.Where(key => key.Epoch < epoch).ToList())
            {
                disk.History.Remove(key);
            }
        }
    }

    private IEnumerable<HistoryRow> Rows(long epoch, int accountId, byte kind, int symbolId) =>
        disk.History.Values.Where(row => row.Epoch == epoch && row.AccountId == accountId && row.Kind == kind && (symbolId < 0 || row.SymbolId == symbolId));

    public void Probe() => ThrowIfDown();

    /// <summary>The process dies now: this store does nothing more.</summary>
    public void CrashNow() => Crashed = true;

    public void Dispose()
    {
    }

    private DiskFault Take(params DiskFault[] faults)
    {
        var fault = NextFault;
        if (!faults.Contains(fault))
        {
            return DiskFault.None;
        }

        NextFault = DiskFault.None;
        return fault;
    }

    private void Crash()
    {
        Crashed = true;
        throw new IOException("Simulated crash.");
    }

    private void ThrowIfDown()
    {
        ThrowIfCrashed();
        if (Failing)
        {
            throw new IOException("No space left on device (simulated).");
        }
    }

    private void ThrowIfCrashed()
    {
        if (Crashed)
        {
            throw new IOException("The process is dead (simulated crash).");
        }
    }
}
