using Spotnet.Server.Configuration;

namespace Spotnet.Server.Accounts;

/// <summary>Writes key usage counters to the store every <see cref="ApiKeySettings.UsageFlushSeconds"/> and once more at shutdown.</summary>
public sealed partial class KeyUsageFlusher : BackgroundService
{
    private readonly KeyUsageTracker _tracker;
    private readonly TimeSpan _interval;
    private readonly ILogger<KeyUsageFlusher> _logger;

    /// <summary>Creates the flusher.</summary>
    public KeyUsageFlusher(KeyUsageTracker tracker, ServerSettings settings, ILogger<KeyUsageFlusher> logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _tracker = tracker;
        _interval = TimeSpan.FromSeconds(Math.Max(1, settings.ApiKeys.UsageFlushSeconds));
        _logger = logger;
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        FlushSafely();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                FlushSafely();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; StopAsync flushes once more.
        }
    }

    private void FlushSafely()
    {
        try
        {
            _tracker.Flush();
        }
#pragma warning disable CA1031 // Usage counters are bookkeeping: a failed write is logged and retried next time.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogFlushFailed(_logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing API key usage counters failed; they are kept in memory and retried")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception);
}
