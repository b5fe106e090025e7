namespace Spotnet.EndToEnd.Tests;

/// <summary>
/// A clock that moves only when told (the Microsoft fake clock package is not on this package feed). Its monotonic
/// timestamp moves with <see cref="Advance"/> but not with <see cref="StepWallClock"/>, like a real clock set by NTP.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;
    private long _monotonicTicks;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override long GetTimestamp() => Interlocked.Read(ref _monotonicTicks);

    /// <summary>Lets time pass: the wall clock and the monotonic timestamp both move forward.</summary>
    public void Advance(TimeSpan span)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(span, TimeSpan.Zero);
        Interlocked.Add(ref _monotonicTicks, span.Ticks);
        Interlocked.Add(ref _ticks, span.Ticks);
    }

    /// <summary>Sets the wall clock back (negative) or forward without time passing: the monotonic timestamp stays.</summary>
    public void StepWallClock(TimeSpan span) => Interlocked.Add(ref _ticks, span.Ticks);
}
