using System.Diagnostics;
using System.Threading.Channels;
using Spotnet.Engine;
using Spotnet.Server.Api;
using Spotnet.Server.Configuration;
using Spotnet.Server.Storage;

namespace Spotnet.Server.Exchange;

/// <summary>
/// Owns the matching engine: one writer loop drains queued work in batches and runs each item against the engine
/// (commands and queries alike, so queries always see a consistent state between commands). With a journal the
/// loop hands each batch (its state changes sealed into one journal record) to the flusher thread and goes on with the
/// next batch while the record is written: the flusher appends whatever records are waiting in one durable write, then
/// answers the callers and publishes the events, batch by batch in order. So nothing a batch changed, and nothing a
/// batch read, leaves before every change it could have seen is on disk.
/// </summary>
public sealed partial class ExchangeHost : IAsyncDisposable
{
    /// <summary>Most work items run per batch.</summary>
    public const int MaxBatchSize = 256;

    private const int QueueCapacity = 4096;
    private readonly Channel<WorkItem> _queue = Channel.CreateBounded<WorkItem>(
        new BoundedChannelOptions(QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly ExchangeSession _session;
    private readonly ILogger<ExchangeHost> _logger;
    private readonly IJournalStore? _store;
    private readonly JournalSettings _settings;
    private readonly IExchangeProjection[] _projections;
    private readonly HistoryArchive? _archive;
    private readonly Task _loop;
    private IExchangeListener[] _listeners = [];

    // The last durable record (the flusher writes it; the loop only while the flusher is drained).
    private long _sequence;

    // Writer loop only: the last record handed to the flusher, durable or not yet.
    private long _nextSequence;
    private long _snapshotSequence = -1;
    private long _bytesSinceSnapshot;
    private long _lastSnapshotBytes;
    private Task _snapshotTask = Task.CompletedTask;
    private long _journalBytes;
    private bool _degraded;
    private bool _broken;

    /// <summary>
    /// Creates the engine, recovers it from <paramref name="journal"/> when given (the host then owns the store and
    /// journals every state change into it), and starts the writer loop. Throws <see cref="JournalCorruptException"/>
    /// when the journal cannot be trusted.
    /// </summary>
    public ExchangeHost(
        ExchangeCatalog catalog,
        OrderCountLimiter orderCount,
        TimeProvider time,
        ILogger<ExchangeHost> logger,
        IJournalStore? journal = null,
        JournalSettings? settings = null,
        IEnumerable<IExchangeProjection>? projections = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(time);
        Catalog = catalog;
        _logger = logger;
        _store = journal;
        _settings = settings ?? new JournalSettings();
        _projections = [.. projections ?? []];
        GenesisMilliseconds = time.GetUtcNow().ToUnixTimeMilliseconds();
        // History leaves the engine's memory only for a store that keeps it: the journal's.
        var engine = new MatchingEngine(catalog.Config with { HistoryInMemory = int.MaxValue });
        if (journal is not null)
        {
            ExchangeRecovery.Result recovered;
            try
            {
                recovered = ExchangeRecovery.Recover(journal, catalog.Config, _projections, GenesisMilliseconds, logger);
            }
            catch
            {
                // The host owns the store: a refused start closes it (and releases the journal file it holds).
                journal.Dispose();
                throw;
            }

            engine = recovered.Engine;
            Accounts.ReplaceAll(recovered.Accounts);
            _sequence = recovered.Sequence;
            GenesisMilliseconds = recovered.GenesisMilliseconds;
            _nextSequence = _sequence;
            Restored = recovered.Restored;
            // The snapshot actually used: after a fallback from a corrupt one, the next snapshot is due sooner.
            _snapshotSequence = recovered.SnapshotSequence;
        }

        _archive = journal is null ? null : new HistoryArchive(journal, logger);
        _session = new ExchangeSession(engine, catalog, Accounts, orderCount, time)
        {
            Journal = journal is null ? null : new BatchJournal(),
            Archive = _archive,
        };
        _flusher = journal is null ? Task.CompletedTask : Task.Factory.StartNew(RunFlusher, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        _loop = Task.Run(RunLoopAsync);
    }

    /// <summary>Symbol and asset names ↔ engine ids.</summary>
    public ExchangeCatalog Catalog { get; }

    /// <summary>Server ↔ engine account ids.</summary>
    public ExchangeAccounts Accounts { get; } = new();

    /// <summary>Work items waiting for the writer loop (not counting the batch being run).</summary>
    public int QueuedCount => _queue.Reader.Count;

    /// <summary>When this exchange's state began (ms): the first start's clock, kept across restarts (anchors the synthetic kline history).</summary>
    public long GenesisMilliseconds { get; }

    /// <summary>Whether the state was recovered from an earlier run (a snapshot or journal records existed).</summary>
    public bool Restored { get; }

    /// <summary>Whether state changes are refused because the journal cannot be written (until a probe write succeeds).</summary>
    public bool IsDegraded => Volatile.Read(ref _degraded) || FailurePending;

    /// <summary>The sequence of the last durable journal record.</summary>
    public long JournalSequence => Interlocked.Read(ref _sequence);

    /// <summary>Bytes of journal records written by this process.</summary>
    public long JournalBytesWritten => Interlocked.Read(ref _journalBytes);

    /// <summary>Adds a listener that receives every later batch's events (never replayed ones).</summary>
    public void AddListener(IExchangeListener listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        lock (_queue)
        {
            _listeners = [.. _listeners, listener];
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the writer loop and returns its result once the batch it ran in is durable.
    /// With a <paramref name="caller"/>, first fills of the caller's own orders are reported to it for the unfilled order count.
    /// Work that changes state while the journal cannot be written fails with <see cref="JournalUnavailableException"/>.
    /// </summary>
    public Task<T> RunAsync<T>(Func<ExchangeSession, T> work, ApiRequest? caller = null, CancellationToken cancellationToken = default)
    {
        var item = new WorkItem<T>(work, caller);
        var write = _queue.Writer.WriteAsync(item, cancellationToken);
        return write.IsCompletedSuccessfully ? item.Task : WaitAsync(write, item.Task);
    }

    // The queue was full: wait for room, then for the result.
    private static async Task<T> WaitAsync<T>(ValueTask write, Task<T> result)
    {
        await write.ConfigureAwait(false);
        return await result.ConfigureAwait(false);
    }

    /// <summary>Stops taking work, finishes the queued work, and (with a journal) saves a final snapshot and closes the store.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        if (_store is null)
        {
            return;
        }

        await _flusher.ConfigureAwait(false);
        // The archive first: a snapshot waiting for history it could not write is then given up at once.
        var handedOver = _archive!.HandedOver;
        _archive.Dispose();
        await _snapshotTask.ConfigureAwait(false);
        if (!_degraded && !FailurePending && _sequence > _snapshotSequence)
        {
            // A restart then needs no replay at all.
            SaveSnapshot(_sequence, EncodeSnapshot(_sequence), handedOver);
        }

        _store.Dispose();
    }

    private async Task RunLoopAsync()
    {
        var batch = new List<WorkItem>(MaxBatchSize);
        var reader = _queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync().ConfigureAwait(false))
            {
                if (_store is not null && !await _flushes.Writer.WaitToWriteAsync().ConfigureAwait(false))
                {
                    break;
                }

                batch.Clear();
                while (batch.Count < MaxBatchSize && reader.TryRead(out var item))
                {
                    batch.Add(item);
                }

                if (_store is not null)
                {
                    await BeforeBatchAsync().ConfigureAwait(false);
                }

                if (_broken)
                {
                    // The engine could not be put back to the durable state: nothing may be read or changed.
                    foreach (var item in batch)
                    {
                        item.Fail(new JournalUnavailableException());
                    }

                    continue;
                }

                var firstChange = -1;
                for (var i = 0; i < batch.Count; i++)
                {
                    var item = batch[i];
                    _session.Begin(item.Caller?.AccountId ?? -1);
                    item.Run(_session);
                    item.Caller?.AddFirstFills(_session.RequestFirstFills);
                    if (firstChange < 0 && _session.Journal is { HasOperations: true })
                    {
                        firstChange = i;
                    }
                }

                var events = _session.TakeEvents();
                if (_store is null)
                {
                    // Nothing to wait for: answer and publish here.
                    foreach (var item in batch)
                    {
                        item.Complete();
                    }

                    if (!events.IsEmpty)
                    {
                        Publish(events);
                    }

                    continue;
                }

                JournalRecord? record = null;
                if (firstChange >= 0)
                {
                    record = _session.Journal!.TakeRecord(++_nextSequence);
                    _bytesSinceSnapshot += record.Data.Length;
                }

                await _flushes.Writer.WriteAsync(new Flush([.. batch], firstChange, record, events, _generation)).ConfigureAwait(false);
                await MaybeSnapshotAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _flushes.Writer.TryComplete();
        }
    }

    // A failed append (seen by the flusher) is dealt with first: once every batch run on top of it has been refused,
    // the engine goes back to the durable state. While degraded, every batch first probes the disk, so service
    // resumes by itself once writes succeed again. A store without any valid snapshot gets one before the first
    // change (the genesis, with the kline history).
    private async Task BeforeBatchAsync()
    {
        if (FailurePending)
        {
            await DrainAsync().ConfigureAwait(false);
            _generation++;
            Volatile.Write(ref _degraded, true);
            _session.ReadOnly = true;
            try
            {
                RollBack();
            }
#pragma warning disable CA1031 // The store cannot even be read: refuse everything until it can.
            catch (Exception rebuildException)
#pragma warning restore CA1031
            {
                LogRollBackFailed(_logger, rebuildException);
                _broken = true;
            }
        }

        if (_degraded)
        {
            try
            {
                _store!.Probe();
                if (_broken)
                {
                    RollBack();
                }

                _broken = false;
                Volatile.Write(ref _degraded, false);
                _session.ReadOnly = false;
                LogResumed(_logger, _sequence);
            }
#pragma warning disable CA1031 // Any failure of the probe means the disk still refuses writes.
            catch (Exception)
#pragma warning restore CA1031
            {
                return;
            }
        }

        if (_snapshotSequence < 0)
        {
            await DrainAsync().ConfigureAwait(false);
            try
            {
                using var snapshot = EncodeSnapshot(_nextSequence);
                if (!_archive!.WaitWritten(_archive.HandedOver, HistoryWait))
                {
                    throw new IOException("The history spilled before this snapshot could not be written.");
                }

                JournalFormat.SealSnapshot(snapshot);
                _store!.SaveSnapshot(_nextSequence, snapshot.Chunks());
                _snapshotSequence = _nextSequence;
                _lastSnapshotBytes = snapshot.Length;
            }
#pragma warning disable CA1031 // Any storage failure: fail closed.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogJournalFailed(_logger, exception, _nextSequence);
                Volatile.Write(ref _degraded, true);
                _session.ReadOnly = true;
            }
        }
    }

    // Puts the engine back to exactly the durable state (the failed batches' changes are in memory only). The
    // projections already match it: they never saw the failed batches. Only while the flusher is drained.
    private void RollBack()
    {
        var recovered = ExchangeRecovery.Recover(_store!, Catalog.Config, null, GenesisMilliseconds, _logger);
        _session.Replace(recovered.Engine);
        Accounts.ReplaceAll(recovered.Accounts);
        Interlocked.Exchange(ref _sequence, recovered.Sequence);
        _nextSequence = recovered.Sequence;
    }

    // How long a snapshot waits for the history spilled before it to be written before it is given up.
    private static readonly TimeSpan HistoryWait = TimeSpan.FromSeconds(30);

    // Due once the journal grew by as much as the last snapshot weighs (at least SnapshotMinimumBytes), so the
    // snapshots' cost stays a fixed share of the journal's whatever the state's size; or after SnapshotEveryRecords
    // records when that is set. Serialized on the loop with the flusher drained (a consistent state, projections
    // included, all of it durable), written off it.
    private async Task MaybeSnapshotAsync()
    {
        var due = (_settings.SnapshotEveryRecords > 0 && _nextSequence - _snapshotSequence >= _settings.SnapshotEveryRecords)
            || _bytesSinceSnapshot >= Math.Max(_settings.SnapshotMinimumBytes, _lastSnapshotBytes);
        if (!due || _degraded || !_snapshotTask.IsCompleted)
        {
            return;
        }

        await DrainAsync().ConfigureAwait(false);
        if (FailurePending)
        {
            return;
        }

        var sequence = _nextSequence;
        var historyTicket = _archive!.HandedOver;
        var started = Stopwatch.GetTimestamp();
        var snapshot = EncodeSnapshot(sequence);
        LogSnapshotEncoded(_logger, sequence, snapshot.Length, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        _snapshotSequence = sequence;
        _bytesSinceSnapshot = 0;
        _lastSnapshotBytes = snapshot.Length;
        _snapshotTask = Task.Run(() => SaveSnapshot(sequence, snapshot, historyTicket));
    }

    private SnapshotBuffer EncodeSnapshot(long sequence) =>
        JournalFormat.EncodeSnapshot(sequence, GenesisMilliseconds, _session.Engine, Accounts, _projections);

    // Seals (hashes) and stores an encoded snapshot, then prunes: everything here may run off the writer loop. The
    // snapshot lacks the history spilled before it, so it is stored only once that history is (up to the archive's
    // ticket taken with it); otherwise the journal before it, which replays that history, must stay.
    private void SaveSnapshot(long sequence, SnapshotBuffer snapshot, long historyTicket)
    {
        try
        {
            using (snapshot)
            {
                if (!_archive!.WaitWritten(historyTicket, HistoryWait))
                {
                    LogSnapshotSkipped(_logger, sequence);
                    return;
                }

                JournalFormat.SealSnapshot(snapshot);
                _store!.SaveSnapshot(sequence, snapshot.Chunks());
                LogSnapshotSaved(_logger, sequence, snapshot.Length);
            }

            // Keep the newest few; the journal before the oldest kept one is covered by all of them.
            var snapshots = _store.ListSnapshots();
            var kept = Math.Max(1, _settings.SnapshotsKept);
            foreach (var old in snapshots.Skip(kept))
            {
                _store.DeleteSnapshot(old);
            }

            _store.DeleteThrough(snapshots[Math.Min(kept, snapshots.Count) - 1]);
        }
#pragma warning disable CA1031 // A failed snapshot costs only recovery time: the journal still holds everything.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogSnapshotFailed(_logger, exception, sequence);
        }
    }

    private void Publish(ExchangeEvents events)
    {
        foreach (var projection in _projections)
        {
            Notify(projection, events);
        }

        foreach (var listener in _listeners)
        {
            Notify(listener, events);
        }
    }

    private void Notify(IExchangeListener listener, ExchangeEvents events)
    {
        try
        {
            listener.OnBatch(events, Accounts);
        }
#pragma warning disable CA1031 // A failing listener must not stop the exchange.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogListenerFailed(_logger, exception, listener.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Exchange listener {Listener} failed")]
    private static partial void LogListenerFailed(ILogger logger, Exception exception, string listener);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Journal write of record {Sequence} failed: state changes are refused (503 -1008) until the disk accepts writes")]
    private static partial void LogJournalFailed(ILogger logger, Exception exception, long sequence);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The engine could not be rebuilt from the journal: every request is refused until it can")]
    private static partial void LogRollBackFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Journal writable again at record {Sequence}: state changes are accepted")]
    private static partial void LogResumed(ILogger logger, long sequence);

    // The one pause of the writer loop that grows with the state: worth watching.
    [LoggerMessage(Level = LogLevel.Information, Message = "Snapshot at record {Sequence} encoded on the writer loop ({Bytes} bytes in {Milliseconds:F0} ms)")]
    private static partial void LogSnapshotEncoded(ILogger logger, long sequence, long bytes, double milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Snapshot at record {Sequence} saved ({Bytes} bytes)")]
    private static partial void LogSnapshotSaved(ILogger logger, long sequence, long bytes);

    [LoggerMessage(Level = LogLevel.Error, Message = "Snapshot at record {Sequence} failed")]
    private static partial void LogSnapshotFailed(ILogger logger, Exception exception, long sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Snapshot at record {Sequence} not saved: the history spilled before it is not written yet")]
    private static partial void LogSnapshotSkipped(ILogger logger, long sequence);

    private abstract class WorkItem(ApiRequest? caller)
    {
        public ApiRequest? Caller { get; } = caller;

        public abstract void Run(ExchangeSession session);

        public abstract void Complete();

        public abstract void Fail(Exception exception);
    }

    private sealed class WorkItem<T>(Func<ExchangeSession, T> work, ApiRequest? caller) : WorkItem(caller)
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;
        private Exception? _exception;

        public Task<T> Task => _completion.Task;

        public override void Run(ExchangeSession session)
        {
            try
            {
                _result = work(session);
            }
#pragma warning disable CA1031 // The caller gets the exception (a bug, answered as -1000); the loop goes on.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                _exception = exception;
            }
        }

        public override void Complete()
        {
            if (_exception is not null)
            {
                _completion.SetException(_exception);
            }
            else
            {
                _completion.SetResult(_result!);
            }
        }

        public override void Fail(Exception exception) => _completion.SetException(exception);
    }
}
