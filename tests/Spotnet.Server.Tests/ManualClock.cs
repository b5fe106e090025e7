namespace Spotnet.Server.Tests;

/// <summary>A clock moved by the test: <see cref="Advance"/> lets time pass, <see cref="StepWallClock"/> only resets the wall clock.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;
    private long _monotonicTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _monotonicTicks);

    public void Advance(TimeSpan span)
    {
        Interlocked.Add(ref _monotonicTicks, span.Ticks);
        Interlocked.Add(ref _ticks, span.Ticks);
    }

    public void StepWallClock(TimeSpan span) => Interlocked.Add(ref _ticks, span.Ticks);
}
