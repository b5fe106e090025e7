namespace Spotnet.Server.Api;

/// <summary>
/// The clock of the rate limiters and IP bans: the wall clock read once at start, then advanced by monotonic time.
/// Windows stay aligned to the clock's minutes and days as Binance's are, while a wall clock stepped back or forward
/// (NTP, an operator) can neither reopen a window that was used up nor shorten or lengthen a ban.
/// </summary>
public sealed class LimiterClock
{
    private readonly TimeProvider _time;
    private readonly long _startMilliseconds;
    private readonly long _startTimestamp;

    /// <summary>Starts the clock at <paramref name="time"/>'s current wall time.</summary>
    public LimiterClock(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _startMilliseconds = time.GetUtcNow().ToUnixTimeMilliseconds();
        _startTimestamp = time.GetTimestamp();
    }

    /// <summary>Milliseconds since the Unix epoch as the limiters count them.</summary>
    public long NowMilliseconds => _startMilliseconds + (_time.GetElapsedTime(_startTimestamp).Ticks / TimeSpan.TicksPerMillisecond);
}
