namespace Spotnet.Server.Tests;

/// <summary>
/// A clock moved by the test: <see cref="Advance"/> lets time pass, <see cref="StepWallClock"/> only resets the wall
/// clock, and timers fire only when <see cref="FireTimers"/> is called.
/// </summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly List<ManualTimer> _timers = [];
    private long _ticks = start.UtcTicks;
    private long _monotonicTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _monotonicTicks);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(() => callback(state));
        lock (_timers)
        {
            _timers.Add(timer);
        }

        return timer;
    }

    public void Advance(TimeSpan span)
    {
        Interlocked.Add(ref _monotonicTicks, span.Ticks);
        Interlocked.Add(ref _ticks, span.Ticks);
    }

    public void StepWallClock(TimeSpan span) => Interlocked.Add(ref _ticks, span.Ticks);

    /// <summary>Runs the callback of every live timer once.</summary>
    public void FireTimers()
    {
        ManualTimer[] timers;
        lock (_timers)
        {
            timers = [.. _timers.Where(timer => !timer.Disposed)];
        }

        foreach (var timer in timers)
        {
            timer.Fire();
        }
    }

    private sealed class ManualTimer(Action fire) : ITimer
    {
        public bool Disposed { get; private set; }

        public void Fire() => fire();

        public bool Change(TimeSpan dueTime, TimeSpan period) => !Disposed;

        public void Dispose() => Disposed = true;

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
