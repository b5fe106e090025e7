namespace Spotnet.Client.Timing;

/// <summary>Keeps the offset between the local clock and the server's, measured from <c>GET /api/v3/time</c> with half the round trip added.</summary>
public sealed class ServerTimeSync
{
    private readonly TimeProvider _time;
    private readonly Func<CancellationToken, Task<DateTimeOffset>> _fetchServerTime;
    private readonly TimeSpan _interval;
    private readonly SemaphoreSlim _syncing = new(1, 1);
    private long _offsetTicks;
    private long _roundTripTicks;
    private long _lastSyncTimestamp;
    private volatile bool _stale = true;

    internal ServerTimeSync(TimeProvider time, TimeSpan interval, Func<CancellationToken, Task<DateTimeOffset>> fetchServerTime)
    {
        _time = time;
        _interval = interval;
        _fetchServerTime = fetchServerTime;
    }

    /// <summary>Server time minus local time, as last measured (zero before the first measurement).</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Round-trip time of the last measurement.</summary>
    public TimeSpan RoundTrip => TimeSpan.FromTicks(Interlocked.Read(ref _roundTripTicks));

    /// <summary>Marks the offset as outdated so the next signed request measures it again (done after any <c>-1021</c>).</summary>
    public void Invalidate() => _stale = true;

    /// <summary>The current server time estimate, measuring the offset first when it is missing, outdated or invalidated.</summary>
    public async ValueTask<DateTimeOffset> GetServerNowAsync(CancellationToken cancellationToken)
    {
        if (_stale || _time.GetElapsedTime(Interlocked.Read(ref _lastSyncTimestamp)) >= _interval)
        {
            await SynchronizeAsync(cancellationToken).ConfigureAwait(false);
        }

        return _time.GetUtcNow() + Offset;
    }

    /// <summary>Measures the offset now.</summary>
    public async Task SynchronizeAsync(CancellationToken cancellationToken)
    {
        await _syncing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have measured while this one waited.
            if (!_stale && _time.GetElapsedTime(Interlocked.Read(ref _lastSyncTimestamp)) < _interval)
            {
                return;
            }

            var started = _time.GetTimestamp();
            var serverTime = await _fetchServerTime(cancellationToken).ConfigureAwait(false);
            var finished = _time.GetTimestamp();
            var roundTrip = _time.GetElapsedTime(started, finished);

            // The server read its clock about half-way through the round trip.
            var localAtServerRead = _time.GetUtcNow() - roundTrip / 2;
            Interlocked.Exchange(ref _offsetTicks, (serverTime - localAtServerRead).Ticks);
            Interlocked.Exchange(ref _roundTripTicks, roundTrip.Ticks);
            Interlocked.Exchange(ref _lastSyncTimestamp, finished);
            _stale = false;
        }
        finally
        {
            _syncing.Release();
        }
    }
}
