using System.Diagnostics;
using Spotnet.Engine;
using Spotnet.Server.Api;
using Spotnet.Server.Configuration;
using Spotnet.Server.Storage;

namespace Spotnet.Server.Exchange;

/// <summary>
/// Owns the matching engine. Work runs on the caller's thread under the engine lock, one item at a time (commands and
/// queries alike, so queries always see a consistent state between commands). Without a journal the caller gets its
/// result at once and the listeners get the item's events right after. With a journal, work that changed state, or
/// that ran while some change was not yet durable, joins the pending batch; the flusher thread takes the pending batch
/// whenever it is free, seals its changes into one journal record, makes it durable, and only then answers its callers
/// and publishes its events, batch after batch in order. So nothing a batch changed, and nothing a batch read, leaves
/// before every change it could have seen is on disk. Work that saw only durable state is answered at once.
/// </summary>
public sealed partial class ExchangeHost : IAsyncDisposable
{
    private readonly Lock _engineLock = new();
    private readonly ExchangeSession _session;
    private readonly ILogger<ExchangeHost> _logger;
    private readonly IJournalStore? _store;
    private readonly JournalSettings _settings;
    private readonly IExchangeProjection[] _projections;
    private readonly HistoryArchive? _archive;
    private IExchangeListener[] _listeners = [];
    private int _waiting;
    private bool _stopped; // under the engine lock

    // The last durable record (the flusher writes it; a rollback too, under the engine lock).
    private long _sequence;

    // Under the engine lock: the last record sealed, durable or not yet.
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
    /// journals every state change into it), and starts the flusher. Throws <see cref="JournalCorruptException"/>
    /// when the journal cannot be trusted, and <see cref="JournalVersionException"/> when it holds records that another
    /// build wrote under other engine rules.
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
        _flusher = journal is null ? null : new Thread(RunFlusher) { IsBackground = true, Name = "journal flusher" };
        _flusher?.Start();
    }

    /// <summary>Symbol and asset names ↔ engine ids.</summary>
    public ExchangeCatalog Catalog { get; }

    /// <summary>Server ↔ engine account ids.</summary>
    public ExchangeAccounts Accounts { get; } = new();

    /// <summary>Work items waiting for the engine lock.</summary>
    public int QueuedCount => Volatile.Read(ref _waiting);

    /// <summary>When this exchange's state began (ms): the first start's clock, kept across restarts (anchors the synthetic kline history).</summary>
    public long GenesisMilliseconds { get; }

    /// <summary>Whether the state was recovered from an earlier run (a snapshot or journal records existed).</summary>
    public bool Restored { get; }

    /// <summary>Whether state changes are refused because the journal cannot be written (until a probe write succeeds).</summary>
    public bool IsDegraded => Volatile.Read(ref _degraded);

    /// <summary>The sequence of the last durable journal record.</summary>
    public long JournalSequence => Interlocked.Read(ref _sequence);

    /// <summary>Bytes of journal records written by this process.</summary>
    public long JournalBytesWritten => Interlocked.Read(ref _journalBytes);

    /// <summary>Adds a listener that receives every later batch's events (never replayed ones).</summary>
    public void AddListener(IExchangeListener listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        lock (_engineLock)
        {
            _listeners = [.. _listeners, listener];
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> against the engine and returns its result once every change it could have seen is
    /// durable. With a <paramref name="caller"/>, first fills of the caller's own orders are reported to it for the
    /// unfilled order count. Work that changes state while the journal cannot be written fails with
    /// <see cref="JournalUnavailableException"/>; work handed in after <see cref="DisposeAsync"/> began fails with
    /// <see cref="ObjectDisposedException"/>.
    /// </summary>
    public Task<T> RunAsync<T>(Func<ExchangeSession, T> work, ApiRequest? caller = null)
    {
        var item = new WorkItem<T>(work, caller);
        bool wake;
        Interlocked.Increment(ref _waiting);
        lock (_engineLock)
        {
            Interlocked.Decrement(ref _waiting);
            if (_stopped)
            {
                return Task.FromException<T>(new ObjectDisposedException(nameof(ExchangeHost)));
            }

            if (!RunLocked(item))
            {
                return item.Settled();
            }

            wake = _flusherIdle;
            _flusherIdle = false;
        }

        if (wake)
        {
            _wake.Release();
        }

        return item.Task;
    }

    // Runs the item; true when it waits for the flusher, false when its result can be handed out now.
    private bool RunLocked(WorkItem item)
    {
        if (_store is not null)
        {
            BeforeWorkLocked();
            // No change while the journal cannot be written, nor before the genesis snapshot.
            _session.ReadOnly = _degraded || _snapshotSequence < 0;
            if (_broken)
            {
                // The engine could not be put back to the durable state: nothing may be read or changed.
                item.Refuse();
                return false;
            }
        }

        _session.Begin(item.Caller?.AccountId ?? -1);
        item.Run(_session);
        item.Caller?.AddFirstFills(_session.RequestFirstFills);
        if (_store is null)
        {
            // Nothing to wait for: the result is settled, then the listeners get the events.
            var events = _session.TakeEvents();
            if (!events.IsEmpty)
            {
                Publish(events);
            }

            return false;
        }

        var changed = _session.Journal!.HasOperations;
        if (!changed && _pending.Count == 0 && !_flushing)
        {
            // It saw only durable state, answered and published, and changed nothing.
            return false;
        }

        if (_pendingFirstChange < 0 && changed)
        {
            _pendingFirstChange = _pending.Count;
        }

        _pending.Add(item);
        return true;
    }

    /// <summary>Stops taking work, finishes the pending work, and (with a journal) saves a final snapshot and closes the store.</summary>
    public async ValueTask DisposeAsync()
    {
        bool wake;
        lock (_engineLock)
        {
            if (_stopped)
            {
                return;
            }

            _stopped = true;
            wake = _flusherIdle;
            _flusherIdle = false;
        }

        if (_store is null)
        {
            return;
        }

        if (wake)
        {
            _wake.Release();
        }

        await Task.Run(_flusher!.Join).ConfigureAwait(false);
        // The archive first: a snapshot waiting for history it could not write is then given up at once.
        var handedOver = _archive!.HandedOver;
        _archive.Dispose();
        await _snapshotTask.ConfigureAwait(false);
        if (!_degraded && _sequence > _snapshotSequence)
        {
            // A restart then needs no replay at all.
            SaveSnapshot(_sequence, EncodeSnapshot(_sequence), handedOver);
        }

        _store.Dispose();
        _wake.Dispose();
    }

    // While degraded, every work item first probes the disk, so service resumes by itself once writes succeed again.
    // A store without any valid snapshot gets one before the first change (the genesis, with the kline history).
    private void BeforeWorkLocked()
    {
        if (_degraded)
        {
            try
            {
                _store!.Probe();
                if (_broken)
                {
                    RollBackLocked();
                }

                _broken = false;
                Volatile.Write(ref _degraded, false);
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
            // The genesis snapshot is of the state every earlier item saw. Until it is saved, changes are refused as
            // while degraded (so nothing can be pending then but reads, and those only until the flusher has answered
            // them).
            if (_pending.Count > 0 || _flushing)
            {
                return;
            }

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
            }
        }
    }

    // Puts the engine back to exactly the durable state (the refused batches' changes are in memory only). The
    // projections already match it: they never saw the refused batches.
    private void RollBackLocked()
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
    // records when that is set; never while the previous one is still being written.
    private bool SnapshotDueLocked() =>
        !_degraded && _snapshotTask.IsCompleted
        && ((_settings.SnapshotEveryRecords > 0 && _nextSequence - _snapshotSequence >= _settings.SnapshotEveryRecords)
            || _bytesSinceSnapshot >= Math.Max(_settings.SnapshotMinimumBytes, _lastSnapshotBytes));

    // Serialized under the engine lock right after the batch that made it due was written and published (a consistent
    // state, projections included, all of it durable), written off it.
    private void TakeSnapshotLocked()
    {
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

    // Seals (hashes) and stores an encoded snapshot, then prunes: everything here may run off the engine lock. The
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

    // The one pause of the engine that grows with the state: worth watching.
    [LoggerMessage(Level = LogLevel.Information, Message = "Snapshot at record {Sequence} encoded under the engine lock ({Bytes} bytes in {Milliseconds:F0} ms)")]
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

        /// <summary>Refuses the item before it runs.</summary>
        public abstract void Refuse();

        /// <summary>Answers a waiting item with its result.</summary>
        public abstract void Complete();

        /// <summary>Answers a waiting item with an error instead of its result.</summary>
        public abstract void Fail(Exception exception);
    }

    private sealed class WorkItem<T>(Func<ExchangeSession, T> work, ApiRequest? caller) : WorkItem(caller)
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;
        private Exception? _exception;

        /// <summary>The answer of an item that waits for the flusher.</summary>
        public Task<T> Task => _completion.Task;

        public override void Run(ExchangeSession session)
        {
            try
            {
                _result = work(session);
            }
#pragma warning disable CA1031 // The caller gets the exception (a bug, answered as -1000); the engine goes on.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                _exception = exception;
            }
        }

        public override void Refuse() => _exception = new JournalUnavailableException();

        /// <summary>The answer of an item that needs no waiting: completed already, so the caller goes on without a thread hop.</summary>
        public Task<T> Settled() => _exception is null ? System.Threading.Tasks.Task.FromResult(_result!) : System.Threading.Tasks.Task.FromException<T>(_exception);

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
