namespace Spotnet.Protocol.Numbers;

/// <summary>Turns Binance's integer times (milliseconds by default, microseconds with <c>X-MBX-TIME-UNIT: MICROSECOND</c>) into UTC <see cref="DateTimeOffset"/>s.</summary>
/// <remarks>
/// The unit is told apart by magnitude, as Binance does for <c>timestamp</c>, <c>startTime</c> and <c>endTime</c>: a value of
/// at least <see cref="MicrosecondThreshold"/> is microseconds (10^14 ms would be the year 5138, 10^14 µs is 1973-03-03),
/// anything smaller is milliseconds. So one record type reads correctly whichever unit the response was asked in.
/// </remarks>
public static class WireTime
{
    /// <summary>The smallest value read as microseconds: 10^14.</summary>
    public const long MicrosecondThreshold = 100_000_000_000_000;

    /// <summary>The UTC time of a wire value in milliseconds or microseconds since the Unix epoch.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value lies outside the years 1 to 9999.</exception>
    public static DateTimeOffset ToDateTimeOffset(long value)
    {
        if (value < MicrosecondThreshold)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(value);
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, long.MaxValue / TimeSpan.TicksPerMicrosecond);
        return DateTimeOffset.UnixEpoch.AddTicks(value * TimeSpan.TicksPerMicrosecond);
    }

    /// <summary>Like <see cref="ToDateTimeOffset"/>, with <see langword="null"/> for an absent value and for Binance's "not yet" marker <c>-1</c> (any negative value).</summary>
    public static DateTimeOffset? ToOptionalDateTimeOffset(long? value) => value is >= 0 ? ToDateTimeOffset(value.Value) : null;
}
