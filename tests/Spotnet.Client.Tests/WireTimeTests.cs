using Spotnet.Protocol.Numbers;

namespace Spotnet.Client.Tests;

/// <summary>The unit rule behind every <c>…Utc</c> property: below 10^14 milliseconds, from 10^14 on microseconds.</summary>
public class WireTimeTests
{
    [Fact]
    public void The_threshold_separates_year_5138_in_milliseconds_from_1973_in_microseconds()
    {
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(99_999_999_999_999), WireTime.ToDateTimeOffset(WireTime.MicrosecondThreshold - 1));
        Assert.Equal(5138, WireTime.ToDateTimeOffset(WireTime.MicrosecondThreshold - 1).Year);
        Assert.Equal(new DateTimeOffset(1973, 3, 3, 9, 46, 40, TimeSpan.Zero), WireTime.ToDateTimeOffset(WireTime.MicrosecondThreshold));
    }

    [Fact]
    public void Binances_minus_one_and_an_absent_value_are_no_time_and_zero_is_the_epoch()
    {
        Assert.Null(WireTime.ToOptionalDateTimeOffset(-1));
        Assert.Null(WireTime.ToOptionalDateTimeOffset(null));
        Assert.Equal(DateTimeOffset.UnixEpoch, WireTime.ToOptionalDateTimeOffset(0));
    }

    [Fact]
    public void Values_beyond_the_year_9999_are_refused_rather_than_wrapped()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WireTime.ToDateTimeOffset(long.MaxValue));
    }
}
