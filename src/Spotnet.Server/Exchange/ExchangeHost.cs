using System.Threading.Channels;
using Spotnet.Engine;
using Spotnet.Server.Api;

namespace Spotnet.Server.Exchange;

/// <summary>
/// Owns the matching engine: one writer loop drains queued work in batches, runs each item against the engine
/// (commands and queries alike, so queries always see a consistent state between commands), answers the callers,
/// then publishes the batch's events to the listeners.
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
    private readonly Task _loop;
    private IExchangeListener[] _listeners = [];

    /// <summary>Creates the engine from the catalog's configuration and starts the writer loop.</summary>
    public ExchangeHost(ExchangeCatalog catalog, OrderCountLimiter orderCount, TimeProvider time, ILogger<ExchangeHost> logger)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
        _logger = logger;
        _session = new ExchangeSession(new MatchingEngine(catalog.Config), catalog, Accounts, orderCount, time);
        _loop = Task.Run(RunLoopAsync);
    }

    /// <summary>Symbol and asset names ↔ engine ids.</summary>
    public ExchangeCatalog Catalog { get; }

    /// <summary>Server ↔ engine account ids.</summary>
    public ExchangeAccounts Accounts { get; } = new();

    /// <summary>Work items waiting for the writer loop (not counting the batch being run).</summary>
    public int QueuedCount => _queue.Reader.Count;

    /// <summary>Adds a listener that receives every later batch's events.</summary>
    public void AddListener(IExchangeListener listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        lock (_queue)
        {
            _listeners = [.. _listeners, listener];
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the writer loop and returns its result once the batch it ran in is complete.
    /// With a <paramref name="caller"/>, first fills of the caller's own orders are reported to it for the unfilled order count.
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

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task RunLoopAsync()
    {
        var batch = new List<WorkItem>(MaxBatchSize);
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatchSize && reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            foreach (var item in batch)
            {
                _session.Begin(item.Caller?.AccountId ?? -1);
                item.Run(_session);
                item.Caller?.AddFirstFills(_session.RequestFirstFills);
            }

            // A durable journal of the batch's commands goes here: nothing below may reveal a change before it is flushed.
            var events = _session.TakeEvents();
            foreach (var item in batch)
            {
                item.Complete();
            }

            if (!events.IsEmpty)
            {
                Publish(events);
            }
        }
    }

    private void Publish(ExchangeEvents events)
    {
        foreach (var listener in _listeners)
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
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Exchange listener {Listener} failed")]
    private static partial void LogListenerFailed(ILogger logger, Exception exception, string listener);

    private abstract class WorkItem(ApiRequest? caller)
    {
        public ApiRequest? Caller { get; } = caller;

        public abstract void Run(ExchangeSession session);

        public abstract void Complete();
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
    }
}
