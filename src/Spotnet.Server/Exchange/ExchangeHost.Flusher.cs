using System.Threading.Channels;
using Spotnet.Server.Storage;

namespace Spotnet.Server.Exchange;

/// <summary>
/// The flusher: a dedicated thread that makes the writer loop's batches durable and only then answers their callers
/// and publishes their events, in the order the loop ran them. While it waits for the disk the loop runs the next
/// batch; whatever is waiting when a write finishes goes to the disk in the next one (one transaction, whatever the
/// number of records). When a write fails, every batch that ran on top of the lost changes is refused as well (none of it was
/// answered), and the loop, on seeing the failure, waits for the flusher to drain and rolls the engine back.
/// </summary>
public sealed partial class ExchangeHost
{
    // Batches waiting for the flusher: one. The loop runs a batch while the previous one is written, then waits for
    // the flusher to take it before it takes the next batch from the queue, so the work arriving meanwhile makes one
    // large batch (one record, few per-batch costs) rather than many small ones, and a failure refuses little work.
    private const int FlushQueueCapacity = 1;

    // Most batches written together (the flusher takes what is waiting; barriers are in the queue too).
    private const int MaxGroup = 16;

    private readonly Channel<Flush> _flushes = Channel.CreateBounded<Flush>(
        new BoundedChannelOptions(FlushQueueCapacity) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly Task _flusher;

    // The loop's generation: it moves on when the loop has rolled back after a failure. Written by the loop only.
    private int _generation;

    // The generation whose batches are refused because a write of one of them failed, or -1. Written by the flusher only.
    private int _failedGeneration = -1;

    // Whether the current generation lost a write the loop has not rolled back yet.
    private bool FailurePending => Volatile.Read(ref _failedGeneration) == Volatile.Read(ref _generation);

    // Resolves once every batch handed over before it was answered (and its events published).
    private async Task DrainAsync()
    {
        var barrier = new Flush([], -1, null, null, _generation) { Drained = new(TaskCreationOptions.RunContinuationsAsynchronously) };
        await _flushes.Writer.WriteAsync(barrier).ConfigureAwait(false);
        await barrier.Drained.Task.ConfigureAwait(false);
    }

    private void RunFlusher()
    {
        var reader = _flushes.Reader;
        var group = new List<Flush>(MaxGroup);
        var records = new List<JournalRecord>(MaxGroup);
        while (true)
        {
            if (!reader.TryRead(out var first))
            {
                // Blocking is the point of this thread: it has nothing else to do.
                if (!reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
                {
                    return;
                }

                continue;
            }

            group.Clear();
            group.Add(first);
            while (group.Count < MaxGroup && reader.TryRead(out var next))
            {
                group.Add(next);
            }

            FlushGroup(group, records);
        }
    }

    private void FlushGroup(List<Flush> group, List<JournalRecord> records)
    {
        // Batches of a generation that already lost a write ran on top of the lost changes: refused, never written.
        var refused = Volatile.Read(ref _failedGeneration);
        records.Clear();
        foreach (var flush in group)
        {
            if (flush.Record is not null && flush.Generation != refused)
            {
                records.Add(flush.Record);
            }
        }

        var failed = -1;
        if (records.Count > 0 && !TryAppend(records))
        {
            // From the first batch with a record on, everything of its generation saw changes that are not on disk.
            failed = group.First(flush => flush.Record is not null && flush.Generation != refused).Generation;
            Volatile.Write(ref _failedGeneration, failed);
        }
        else if (records.Count > 0)
        {
            Interlocked.Exchange(ref _sequence, records[^1].Sequence);
            long bytes = 0;
            foreach (var record in records)
            {
                bytes += record.Data.Length;
            }

            Interlocked.Add(ref _journalBytes, bytes);
        }

        var failing = false;
        foreach (var flush in group)
        {
            if (flush.Drained is not null)
            {
                flush.Drained.TrySetResult();
            }
            else if (flush.Generation == refused || (flush.Generation == failed && failing))
            {
                // All of it ran after a change that is not on disk.
                flush.FailFrom(0);
                Archive(flush.Events!, durable: false);
            }
            else if (flush.Generation != failed)
            {
                Archive(flush.Events!, durable: true);
                flush.CompleteAll();
                if (!flush.Events!.IsEmpty)
                {
                    Publish(flush.Events);
                }
            }
            else if (flush.Record is null)
            {
                // Before the failed batch, without changes of its own: it saw only durable state.
                flush.CompleteAll();
            }
            else
            {
                // The failed batch: work before its first change saw only durable state.
                flush.FailFrom(flush.FirstChange);
                Archive(flush.Events!, durable: false);
                failing = true;
            }
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

    // Appends the records in one durable write. A write that throws may still have reached the disk (an error
    // reported after the commit): the record is read back, and counts as durable when it is there, intact.
    private bool TryAppend(List<JournalRecord> records)
    {
        try
        {
            _store!.Append(records);
            return true;
        }
#pragma warning disable CA1031 // Any storage failure: fail closed.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogJournalFailed(_logger, exception, records[0].Sequence);
        }

        try
        {
            var last = records[^1];
            foreach (var stored in _store!.Read(last.Sequence - 1))
            {
                if (stored.Sequence == last.Sequence && stored.Data.AsSpan().SequenceEqual(last.Data))
                {
                    LogCommittedDespiteError(_logger, records[0].Sequence, last.Sequence);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Journal records {First}-{Last} were written although the write reported an error: counted as durable")]
    private static partial void LogCommittedDespiteError(ILogger logger, long first, long last);

    /// <summary>One batch on its way to the disk, or (with <see cref="Drained"/>) a barrier the loop waits on.</summary>
    private sealed class Flush(WorkItem[] items, int firstChange, JournalRecord? record, ExchangeEvents? events, int generation)
    {
        public int FirstChange { get; } = firstChange;

        public JournalRecord? Record { get; } = record;

        public ExchangeEvents? Events { get; } = events;

        public int Generation { get; } = generation;

        public TaskCompletionSource? Drained { get; init; }

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
