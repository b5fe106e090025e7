using System.Globalization;
using Spotnet.Server.Configuration;
using Spotnet.Server.Storage;

namespace Spotnet.Server.Resets;

/// <summary>
/// Runs the scheduled resets. The next due time is kept in the store, so a restart neither repeats a reset nor skips
/// one: a reset that fell due while the server was down runs at start (once, however many were missed).
/// </summary>
public sealed partial class ResetScheduler : IAsyncDisposable
{
    /// <summary>Store key of the next due time (milliseconds since the Unix epoch).</summary>
    public const string NextResetKey = "reset.next";

    /// <summary>Store key of the schedule the stored due time was computed for.</summary>
    public const string ScheduleKey = "reset.schedule";

    // The due time when scheduled resets are off: never reached.
    private const long Never = long.MaxValue;
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);
    private readonly NetworkReset _reset;
    private readonly ISpotStore _store;
    private readonly ResetSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger<ResetScheduler> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ITimer? _timer;
    private long _nextMilliseconds = Never;

    /// <summary>Creates the scheduler and reads (or computes and stores) the next due time.</summary>
    public ResetScheduler(NetworkReset reset, ISpotStore store, ServerSettings settings, TimeProvider time, ILogger<ResetScheduler> logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(time);
        ResetSchedule.Validate(settings.Reset);
        _reset = reset;
        _store = store;
        _settings = settings.Reset;
        _time = time;
        _logger = logger;
        var schedule = ResetSchedule.Describe(_settings);
        if (store.GetMeta(ScheduleKey) == schedule
            && long.TryParse(store.GetMeta(NextResetKey), NumberStyles.None, CultureInfo.InvariantCulture, out var stored))
        {
            _nextMilliseconds = stored;
        }
        else
        {
            // A first start, or a changed schedule: the next reset follows the schedule from now, with no catching up.
            Store(ResetSchedule.Next(_settings, time.GetUtcNow()));
            store.SetMeta(ScheduleKey, schedule);
        }
    }

    /// <summary>When the next scheduled reset falls due, or null when scheduled resets are off.</summary>
    public DateTimeOffset? NextReset =>
        Interlocked.Read(ref _nextMilliseconds) is var next && next != Never ? DateTimeOffset.FromUnixTimeMilliseconds(next) : null;

    /// <summary>
    /// Runs a reset that is already due, then checks the server clock every second. A due reset that fails here (the
    /// audit log or the journal refuses it) does not stop the start: it stays due and the next check retries it.
    /// </summary>
    public async Task StartAsync()
    {
        await CheckAsync().ConfigureAwait(false);
        _timer = _time.CreateTimer(_ => _ = CheckAsync(), null, CheckInterval, CheckInterval);
    }

    /// <summary>Runs the scheduled reset if the server clock has reached its due time; returns it, or null when none was due.</summary>
    public async Task<ResetOutcome?> RunIfDueAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            var now = _time.GetUtcNow();
            if (now.ToUnixTimeMilliseconds() < Interlocked.Read(ref _nextMilliseconds))
            {
                return null;
            }

            var outcome = await _reset.RunAsync("scheduler").ConfigureAwait(false);
            // Stored after the reset: a crash in between repeats the reset at start rather than skipping it.
            Store(ResetSchedule.Next(_settings, now));
            LogScheduledReset(_logger, outcome.Epoch, NextReset);
            return outcome;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_timer is not null)
        {
            await _timer.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task CheckAsync()
    {
        try
        {
            await RunIfDueAsync().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A failed check is logged and retried on the next tick; the timer must keep running.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogScheduledResetFailed(_logger, exception);
        }
    }

    private void Store(DateTimeOffset? next)
    {
        var milliseconds = next?.ToUnixTimeMilliseconds() ?? Never;
        _store.SetMeta(NextResetKey, milliseconds.ToString(CultureInfo.InvariantCulture));
        Interlocked.Exchange(ref _nextMilliseconds, milliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled reset done: epoch {Epoch}; next reset at {Next}")]
    private static partial void LogScheduledReset(ILogger logger, long epoch, DateTimeOffset? next);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled reset failed; retrying on the next check")]
    private static partial void LogScheduledResetFailed(ILogger logger, Exception exception);
}
