namespace Spotnet.EndToEnd.Tests;

/// <summary>A clock that moves only when told (the Microsoft fake clock package is not on this package feed).</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    /// <summary>Moves the clock forward (or back, with a negative span).</summary>
    public void Advance(TimeSpan span) => Interlocked.Add(ref _ticks, span.Ticks);
}
