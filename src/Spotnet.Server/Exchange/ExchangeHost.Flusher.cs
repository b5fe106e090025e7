using Spotnet.Server.Storage;

namespace Spotnet.Server.Exchange;

/// <summary>
/// The flusher: a dedicated thread that makes the pending batches durable and only then answers their callers and
/// publishes their events, in the order they ran. While it waits for the disk, work goes on under the engine lock and
/// joins the next pending batch, which it takes as soon as the write is done (one record, whatever the number of
/// items). When a write fails, every item that ran on top of the lost changes is refused as well (none of it was
/// answered), and the engine is rolled back to the durable state before any other work runs.
/// </summary>
public sealed partial class ExchangeHost
{
    private readonly Thread? _flusher;
    private readonly SemaphoreSlim _wake = new(0);

    // Under the engine lock: work that waits for the flusher, in execution order, and the index of the first one that
    // changed state (-1 when none did); whether the flusher is busy with a batch (writing, answering or publishing it);
    // whether it waits for a wake-up.
    private readonly List<WorkItem> _pending = [];
    private int _pendingFirstChange = -1;
    private bool _flushing;
    private bool _flusherIdle;

    private void RunFlusher()
    {
        while (true)
        {
            Batch? batch = null;
            var holding = false;
            _engineLock.Enter();
            try
            {
                _flushing = false;
                if (_pending.Count > 0)
                {
                    batch = TakeBatchLocked();
                    // A snapshot is due after this batch: the engine stays still until it is taken.
                    holding = batch.Record is not null && SnapshotDueLocked();
                }
                else if (_stopped)
                {
                    return;
                }
                else
                {
                    _flusherIdle = true;
                }
            }
            finally
            {
                if (!holding)
                {
                    _engineLock.Exit();
                }
            }

            if (batch is null)
            {
                // Blocking is the point of this thread: it has nothing else to do.
                _wake.Wait();
                continue;
            }

            try
            {
                Flush(batch, holding);
            }
            finally
            {
                if (holding)
                {
                    _engineLock.Exit();
                }
            }
        }
    }

    private Batch TakeBatchLocked()
    {
        JournalRecord? record = null;
        if (_pendingFirstChange >= 0)
        {
            record = _session.Journal!.TakeRecord(++_nextSequence);
            _bytesSinceSnapshot += record.Data.Length;
        }

        var batch = new Batch([.. _pending], _pendingFirstChange, record, _session.TakeEvents());
        _pending.Clear();
        _pendingFirstChange = -1;
        _flushing = true;
        return batch;
    }

    private void Flush(Batch batch, bool holding)
    {
        if (batch.Record is null || TryAppend(batch.Record))
        {
            if (batch.Record is { } record)
            {
                Interlocked.Exchange(ref _sequence, record.Sequence);
                Interlocked.Add(ref _journalBytes, record.Data.Length);
            }

            Archive(batch.Events, durable: true);
            batch.CompleteAll();
            if (!batch.Events.IsEmpty)
            {
                Publish(batch.Events);
            }

            if (holding)
            {
                TakeSnapshotLocked();
            }

            return;
        }

        if (holding)
        {
            RefuseLocked(batch);
            return;
        }

        lock (_engineLock)
        {
            RefuseLocked(batch);
        }
    }

    // The batch's write failed: work before its first change saw only durable state; the rest of it, and everything
    // pending (all of it ran after the lost changes), is refused. Then the engine goes back to the durable state, and
    // until a probe write succeeds no change is accepted.
    private void RefuseLocked(Batch batch)
    {
        Volatile.Write(ref _degraded, true);
        Archive(batch.Events, durable: false);
        batch.FailFrom(batch.FirstChange);
        foreach (var item in _pending)
        {
            item.Fail(new JournalUnavailableException());
        }

        _pending.Clear();
        _pendingFirstChange = -1;
        _session.Journal!.Clear();
        Archive(_session.TakeEvents(), durable: false);
        try
        {
            RollBackLocked();
        }
#pragma warning disable CA1031 // The store cannot even be read: refuse everything until it can.
        catch (Exception rebuildException)
#pragma warning restore CA1031
        {
            LogRollBackFailed(_logger, rebuildException);
            _broken = true;
        }
    }

    // A durable batch's spilled history goes to the store; a refused one's is dropped (the engine gets it back when it
    // rolls back to the durable state).
    private void Archive(ExchangeEvents events, bool durable)
    {
        if (events.Spilled.Count > 0)
        {
            if (durable)
            {
                _archive!.HandOver(events.Spilled);
            }
            else
            {
                _archive!.Drop(events.Spilled);
            }
        }

        if (durable && events.ResetEpoch is { } epoch)
        {
            _archive!.ResetDone(epoch);
        }
    }

    // Appends the record in one durable write. A write that throws may still have reached the disk (an error reported
    // after the commit): the record is read back, and counts as durable when it is there, intact.
    private bool TryAppend(JournalRecord record)
    {
        try
        {
            _store!.Append([record]);
            return true;
        }
#pragma warning disable CA1031 // Any storage failure: fail closed.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogJournalFailed(_logger, exception, record.Sequence);
        }

        try
        {
            foreach (var stored in _store!.Read(record.Sequence - 1))
            {
                if (stored.Sequence == record.Sequence && stored.Data.AsSpan().SequenceEqual(record.Data))
                {
                    LogCommittedDespiteError(_logger, record.Sequence);
                    return true;
                }

                break;
            }
        }
#pragma warning disable CA1031 // Cannot even read: not known to be durable.
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Journal record {Sequence} was written although the write reported an error: counted as durable")]
    private static partial void LogCommittedDespiteError(ILogger logger, long sequence);

    /// <summary>One pending batch on its way to the disk.</summary>
    private sealed class Batch(WorkItem[] items, int firstChange, JournalRecord? record, ExchangeEvents events)
    {
        public int FirstChange { get; } = firstChange;

        public JournalRecord? Record { get; } = record;

        public ExchangeEvents Events { get; } = events;

        public void CompleteAll()
        {
            foreach (var item in items)
            {
                item.Complete();
            }
        }

        public void FailFrom(int first)
        {
            for (var i = 0; i < items.Length; i++)
            {
                if (i < first)
                {
                    items[i].Complete();
                }
                else
                {
                    items[i].Fail(new JournalUnavailableException());
                }
            }
        }
    }
}
