using Spotnet.Server.Api;

namespace Spotnet.Server.Tests;

public sealed class LimiterClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Limiter_clock_starts_at_the_wall_clock_and_moves_only_as_time_passes()
    {
        var time = new ManualClock(Start);
        var clock = new LimiterClock(time);
        Assert.Equal(Start.ToUnixTimeMilliseconds(), clock.NowMilliseconds);

        time.StepWallClock(TimeSpan.FromSeconds(-2));
        Assert.Equal(Start.ToUnixTimeMilliseconds(), clock.NowMilliseconds);
        time.StepWallClock(TimeSpan.FromSeconds(4));
        Assert.Equal(Start.ToUnixTimeMilliseconds(), clock.NowMilliseconds);

        time.Advance(TimeSpan.FromMilliseconds(1500));
        Assert.Equal(Start.ToUnixTimeMilliseconds() + 1500, clock.NowMilliseconds);
    }
}
