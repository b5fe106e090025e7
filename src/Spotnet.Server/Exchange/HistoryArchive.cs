using System.Collections.Concurrent;
using System.Diagnostics;
using Spotnet.Engine;
using Spotnet.Server.Storage;

namespace Spotnet.Server.Exchange;

/// <summary>
/// Where account history goes when it leaves the engine's memory (<see cref="ExchangeConfig.HistoryInMemory"/>): each
/// batch's spilled items are held here (readable by queries) from the moment the engine lets go of them until they are
/// durable in the store, which a thread of its own writes in large transactions after the batch's journal record is on
/// disk. A snapshot that no longer holds some items is saved only once they are written; until then the journal after
/// the previous snapshot replays them. Nothing is lost and nothing is invisible at any point.
/// </summary>
internal sealed partial class HistoryArchive : IDisposable
{
    // After a reset, the erased epoch's rows stay this long: a query that read the engine before the reset reads them.
    private static readonly TimeSpan PurgeDelay = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    private readonly IJournalStore _store;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly List<List<(long Epoch, SpilledHistory Item)>> _pending = [];
    private readonly BlockingCollection<Chunk> _queue = [];
    private readonly Thread _thread;
    private long _handedOver;
    private long _written;
    private long _purgeBefore = -1;
    private long _purgeDue;
    private readonly object _writtenGate = new(); // a monitor: snapshots wait on it for chunks to be written
    private bool _stopped; // under _writtenGate

    public HistoryArchive(IJournalStore store, ILogger logger)
    {
        _store = store;
        _logger = logger;
        _thread = new Thread(Run) { IsBackground = true, Name = "history writer" };
        _thread.Start();
    }

    /// <summary>Chunks handed over for writing so far (a ticket to wait for with <see cref="WaitWritten"/>).</summary>
    public long HandedOver => Interlocked.Read(ref _handedOver);

    /// <summary>Under the engine lock: makes a batch's spilled items (a list the engine keeps filling until the flusher takes the batch) readable.</summary>
    public void Hold(List<(long Epoch, SpilledHistory Item)> chunk)
    {
        lock (_gate)
        {
            _pending.Add(chunk);
        }
    }

    /// <summary>Flusher: the batch is durable; its items go to the store.</summary>
    public void HandOver(List<(long Epoch, SpilledHistory Item)> chunk)
    {
        _queue.Add(new Chunk(chunk, null));
        Interlocked.Increment(ref _handedOver);
    }

    /// <summary>Flusher: the batch was refused (never durable); the engine gets its items back when it rolls back.</summary>
    public void Drop(List<(long Epoch, SpilledHistory Item)> chunk)
    {
        lock (_gate)
        {
            _pending.Remove(chunk);
        }
    }

    /// <summary>Flusher: a durable reset started <paramref name="epoch"/>; the erased epochs' rows are deleted a little later.</summary>
    public void ResetDone(long epoch) => _queue.Add(new Chunk(null, epoch));

    /// <summary>Waits until every chunk up to <paramref name="ticket"/> is written; false when that took longer than <paramref name="timeout"/>.</summary>
    public bool WaitWritten(long ticket, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        lock (_writtenGate)
        {
            while (Interlocked.Read(ref _written) < ticket)
            {
                if (_stopped)
                {
                    return false;
                }

                var left = deadline - Stopwatch.GetTimestamp();
                if (left <= 0)
                {
                    return false;
                }

                Monitor.Wait(_writtenGate, TimeSpan.FromSeconds((double)left / Stopwatch.Frequency));
            }
        }

        return true;
    }

    /// <summary>Under the engine lock: the held items of one account, kind and symbol (any symbol when negative) in <paramref name="epoch"/>.</summary>
    public List<SpilledHistory> Held(long epoch, int accountId, HistoryKind kind, int symbolId)
    {
        var found = new List<SpilledHistory>();
        lock (_gate)
        {
            foreach (var chunk in _pending)
            {
                foreach (var (itemEpoch, item) in chunk)
                {
                    if (itemEpoch == epoch && item.AccountId == accountId && item.Kind == kind && (symbolId < 0 || item.SymbolId == symbolId))
                    {
                        found.Add(item);
                    }
                }
            }
        }

        return found;
    }

    /// <summary>The stored items of one account, kind and symbol (any symbol when negative) in <paramref name="epoch"/>, by id: all, or at least those <paramref name="range"/> asks for.</summary>
    public IEnumerable<SpilledHistory> Stored(long epoch, int accountId, HistoryKind kind, int symbolId, HistoryRange? range = null) =>
        _store.ReadHistory(epoch, accountId, (byte)kind, symbolId, range).Select(Decode);

    /// <summary>One stored item by id, or by client id (the newest under it); null when none.</summary>
    public SpilledHistory? FindStored(long epoch, int accountId, HistoryKind kind, int symbolId, long? id, string? clientId) =>
        _store.FindHistory(epoch, accountId, (byte)kind, symbolId, id, clientId) is { } body ? Decode(body) : null;

    /// <summary>Whether any item of <paramref name="epoch"/> may be stored.</summary>
    public bool MayHaveStored(long epoch) => _store.HasHistory(epoch);

    /// <summary>Writes items at once (recovery: what replay spilled again).</summary>
    public static void WriteNow(IJournalStore store, List<(long Epoch, SpilledHistory Item)> items)
    {
        if (items.Count > 0)
        {
            store.WriteHistory(Encode([new Chunk(items, null)]));
        }
    }

    /// <summary>Writes what was handed over (gives up on what the store refuses: the journal replays it), then stops the thread.</summary>
    public void Dispose()
    {
        _queue.CompleteAdding();
        _thread.Join();
        lock (_writtenGate)
        {
            _stopped = true;
            Monitor.PulseAll(_writtenGate);
        }

        _queue.Dispose();
    }

    private void Run()
    {
        var batch = new List<Chunk>();
        while (!_queue.IsCompleted)
        {
            batch.Clear();
            if (_queue.TryTake(out var first, RetryDelay))
            {
                batch.Add(first);
                while (batch.Count < 64 && _queue.TryTake(out var next))
                {
                    batch.Add(next);
                }
            }

            Write(batch);
            Purge();
        }
    }

    // Retries until the store takes the items: they stay held (readable) meanwhile, and the snapshot that needs them waits.
    private void Write(List<Chunk> batch)
    {
        var count = 0;
        foreach (var chunk in batch)
        {
            if (chunk.Items is { } items)
            {
                count += items.Count;
            }
            else
            {
                Interlocked.Exchange(ref _purgeBefore, chunk.ResetEpoch!.Value);
                _purgeDue = Stopwatch.GetTimestamp() + (long)(PurgeDelay.TotalSeconds * Stopwatch.Frequency);
            }
        }

        while (count > 0)
        {
            try
            {
                _store.WriteHistory(Encode(batch));
                break;
            }
#pragma warning disable CA1031 // Any storage failure: keep the items held and try again.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogWriteFailed(_logger, exception, count);
                if (_queue.IsAddingCompleted)
                {
                    // Shutting down: the journal still replays them at the next start.
                    return;
                }

                Thread.Sleep(RetryDelay);
            }
        }

        lock (_gate)
        {
            foreach (var chunk in batch)
            {
                if (chunk.Items is { } items)
                {
                    _pending.Remove(items);
                }
            }
        }

        lock (_writtenGate)
        {
            Interlocked.Add(ref _written, batch.Count(chunk => chunk.Items is not null));
            Monitor.PulseAll(_writtenGate);
        }
    }

    private void Purge()
    {
        var before = Interlocked.Read(ref _purgeBefore);
        if (before < 0 || Stopwatch.GetTimestamp() < _purgeDue)
        {
            return;
        }

        try
        {
            _store.DeleteHistoryBefore(before);
            Interlocked.CompareExchange(ref _purgeBefore, -1, before);
        }
#pragma warning disable CA1031 // Erased rows are invisible anyway: try again later.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogPurgeFailed(_logger, exception, before);
        }
    }

    private static List<HistoryRow> Encode(List<Chunk> batch)
    {
        using var buffer = new MemoryStream();
        using var writer = new BinaryWriter(buffer);
        var rows = new List<HistoryRow>();
        foreach (var chunk in batch)
        {
            foreach (var (epoch, item) in chunk.Items ?? [])
            {
                buffer.SetLength(0);
                HistoryCodec.Write(writer, item);
                writer.Flush();
                rows.Add(new HistoryRow(epoch, item.AccountId, (byte)item.Kind, item.SymbolId, item.Id, item.ClientId, TimeOf(item), buffer.ToArray(), OrderIdsOf(item)));
            }
        }

        return rows;
    }

    // The time a history query's startTime and endTime are compared with, as the endpoints do.
    private static long TimeOf(SpilledHistory item) => item.Kind switch
    {
        HistoryKind.Order => item.Order.Time,
        HistoryKind.Trade => item.Trade.Time,
        HistoryKind.PreventedMatch => item.PreventedMatch.TransactTime,
        HistoryKind.Allocation => item.Allocation.Time,
        HistoryKind.Amendment => item.Amendment.Time,
        _ => item.List!.TransactionTime,
    };

    // The orders a history query by orderId finds the item under, as the endpoints select.
    private static long[]? OrderIdsOf(SpilledHistory item) => item.Kind switch
    {
        HistoryKind.Trade => [item.Trade.OrderId],
        HistoryKind.PreventedMatch => [item.PreventedMatch.TakerOrderId, item.PreventedMatch.MakerOrderId],
        HistoryKind.Allocation => [item.Allocation.OrderId],
        HistoryKind.Amendment => [item.Amendment.OrderId],
        _ => null,
    };

    private static SpilledHistory Decode(byte[] body)
    {
        using var reader = new BinaryReader(new MemoryStream(body));
        return HistoryCodec.Read(reader);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing {Count} history rows failed; they stay in memory and are retried")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deleting the history of epochs before {Epoch} failed; retried later")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception, long epoch);

    private sealed record Chunk(List<(long Epoch, SpilledHistory Item)>? Items, long? ResetEpoch);
}
