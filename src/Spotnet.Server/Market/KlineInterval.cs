namespace Spotnet.Server.Market;

/// <summary>A kline interval (<c>interval</c>) and how it cuts time into buckets in a given time zone.</summary>
public sealed class KlineInterval
{
    private const long Second = 1000;
    private const long Minute = 60 * Second;
    private const long Hour = 60 * Minute;
    private const long Day = 24 * Hour;
    // 1970-01-01 was a Thursday; Binance's weeks start on Monday, four days later.
    private const long MondayOffset = 4 * Day;

    private static readonly KlineInterval[] All =
    [
        new("1s", Second), new("1m", Minute), new("3m", 3 * Minute), new("5m", 5 * Minute), new("15m", 15 * Minute),
        new("30m", 30 * Minute), new("1h", Hour), new("2h", 2 * Hour), new("4h", 4 * Hour), new("6h", 6 * Hour),
        new("8h", 8 * Hour), new("12h", 12 * Hour), new("1d", Day), new("3d", 3 * Day), new("1w", 7 * Day), new("1M", 0),
    ];

    private KlineInterval(string name, long width)
    {
        Name = name;
        Width = width;
    }

    /// <summary>Wire name, case-sensitive (<c>1m</c> is a minute, <c>1M</c> a month).</summary>
    public string Name { get; }

    /// <summary>Width in ms; 0 for the calendar month.</summary>
    public long Width { get; }

    /// <summary>Whether buckets come from 1-second candles rather than 1-minute candles.</summary>
    public bool UsesSeconds => Width == Second;

    /// <summary>Every wire name, in Binance's order.</summary>
    public static string[] Names => [.. All.Select(interval => interval.Name)];

    /// <summary>Finds an interval by its exact wire name.</summary>
    public static KlineInterval? Find(string name) => Array.Find(All, interval => interval.Name == name);

    /// <summary>Open time (UTC ms) of the bucket holding <paramref name="time"/>, with buckets aligned in a zone <paramref name="offsetMinutes"/> from UTC.</summary>
    public long BucketStart(long time, int offsetMinutes)
    {
        var offset = offsetMinutes * Minute;
        var local = time + offset;
        if (Width == 0)
        {
            var date = DateTimeOffset.FromUnixTimeMilliseconds(local);
            return new DateTimeOffset(date.Year, date.Month, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() - offset;
        }

        var anchor = Width == 7 * Day ? MondayOffset : 0;
        return Floor(local - anchor, Width) + anchor - offset;
    }

    /// <summary>Open time (UTC ms) of the bucket after the one opened at <paramref name="bucketStart"/>.</summary>
    public long NextBucketStart(long bucketStart, int offsetMinutes)
    {
        if (Width != 0)
        {
            return bucketStart + Width;
        }

        var offset = offsetMinutes * Minute;
        return DateTimeOffset.FromUnixTimeMilliseconds(bucketStart + offset).AddMonths(1).ToUnixTimeMilliseconds() - offset;
    }

    private static long Floor(long value, long width) => value >= 0 ? value / width * width : ((value - width + 1) / width) * width;
}
