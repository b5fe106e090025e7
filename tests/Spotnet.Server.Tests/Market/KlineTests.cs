using Spotnet.Server.Market;

namespace Spotnet.Server.Tests.Market;

public sealed class KlineTests
{
    private const long Second = 1000;
    private const long Minute = 60 * Second;
    private const long Hour = 60 * Minute;
    private const long Day = 24 * Hour;

    private static KlineInterval Interval(string name) => KlineInterval.Find(name)!;

    [Fact]
    public void Trades_on_either_side_of_a_minute_boundary_fall_in_two_klines()
    {
        var data = Trades.NewProjection().With(
            (Trades.Start + Minute - 1, 100m, 1m, 1), (Trades.Start + Minute, 105m, 2m, 2), (Trades.Start + Minute + 1, 95m, 1m, 3));

        var klines = data.Klines(Interval("1m"), null, null, 500, 0);

        Assert.Equal([Trades.Start, Trades.Start + Minute], klines.Select(k => k.OpenTime));
        var second = klines[1];
        Assert.Equal((105m, 105m, 95m, 95m, 3m, 2L), (second.Open, second.High, second.Low, second.Close, second.Volume, second.Count));
        Assert.Equal(3m, second.TakerBuyVolume);
    }

    [Fact]
    public void One_second_klines_come_from_one_second_buckets()
    {
        var data = Trades.NewProjection().With((Trades.Start + 999, 100m, 1m, 1), (Trades.Start + 1000, 101m, 1m, 2));

        Assert.Equal([Trades.Start, Trades.Start + Second], data.Klines(Interval("1s"), null, null, 500, 0).Select(k => k.OpenTime));
    }

    [Fact]
    public void Wider_intervals_roll_up_minutes_and_keep_open_high_low_close()
    {
        var data = Trades.NewProjection().With(
            (Trades.Start, 100m, 1m, 1), (Trades.Start + (20 * Minute), 120m, 1m, 2), (Trades.Start + (40 * Minute), 90m, 1m, 3),
            (Trades.Start + Hour, 95m, 1m, 4));

        var klines = data.Klines(Interval("1h"), null, null, 500, 0);

        Assert.Equal(2, klines.Count);
        Assert.Equal((Trades.Start, 100m, 120m, 90m, 90m, 3m, 3L), (klines[0].OpenTime, klines[0].Open, klines[0].High, klines[0].Low, klines[0].Close, klines[0].Volume, klines[0].Count));
        Assert.Equal((1L, 3L), (klines[0].FirstTradeId, klines[0].LastTradeId));
        var latest = Assert.Single(data.Klines(Interval("1h"), null, null, 1, 0));
        Assert.Equal((Trades.Start + Hour, 1m), (latest.OpenTime, latest.Volume));
        // An end inside an hour selects that hour whole: klines are selected by open time.
        var first = Assert.Single(data.Klines(Interval("1h"), null, Trades.Start + (30 * Minute), 500, 0));
        Assert.Equal((Trades.Start, 3m), (first.OpenTime, first.Volume));
    }

    [Fact]
    public void A_time_zone_shifts_day_buckets_but_open_times_stay_utc()
    {
        // 10:00 UTC and 20:00 UTC are the same UTC day but different days at +08:00 (18:00 and 04:00 next day).
        var data = Trades.NewProjection().With((Trades.Start, 100m, 1m, 1), (Trades.Start + (10 * Hour), 101m, 1m, 2));
        var utcMidnight = Trades.Start - (10 * Hour);

        Assert.Equal([utcMidnight], data.Klines(Interval("1d"), null, null, 500, 0).Select(k => k.OpenTime));
        Assert.Equal(
            [utcMidnight - (8 * Hour), utcMidnight + (16 * Hour)],
            data.Klines(Interval("1d"), null, null, 500, 8 * 60).Select(k => k.OpenTime));
    }

    [Fact]
    public void A_half_hour_time_zone_shifts_hour_buckets()
    {
        var interval = Interval("1h");

        Assert.Equal(Trades.Start - (45 * Minute), interval.BucketStart(Trades.Start, (5 * 60) + 45));
        Assert.Equal(Trades.Start - (30 * Minute), interval.BucketStart(Trades.Start, -(60 + 30)));
        Assert.Equal(Trades.Start, interval.BucketStart(Trades.Start + (59 * Minute), 0));
    }

    [Fact]
    public void Weeks_start_on_monday_and_months_on_the_first_day_in_the_time_zone()
    {
        // 2026-03-04 (Wednesday) 12:00 UTC.
        var wednesday = Trades.Start + (2 * Day) + (2 * Hour);
        var monday = Trades.Start - (10 * Hour);
        var marchFirst = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

        Assert.Equal(monday, Interval("1w").BucketStart(wednesday, 0));
        Assert.Equal(monday + (7 * Day), Interval("1w").NextBucketStart(monday, 0));
        Assert.Equal(marchFirst, Interval("1M").BucketStart(wednesday, 0));
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), Interval("1M").NextBucketStart(marchFirst, 0));
        // At +02:00, 2026-02-28T23:00Z is already March: the month opened at 2026-02-28T22:00Z.
        var lateFebruary = marchFirst - Hour;
        Assert.Equal(marchFirst - (2 * Hour), Interval("1M").BucketStart(lateFebruary, 120));
    }

    [Fact]
    public void Start_end_and_limit_select_klines_by_open_time()
    {
        var data = Trades.NewProjection();
        for (var i = 0; i < 10; i++)
        {
            data.Add(Trades.At(Trades.Start + (i * Minute) + 5, 100m, 1m, id: i + 1));
        }

        var interval = Interval("1m");
        Assert.Equal([7L, 8L, 9L], data.Klines(interval, null, null, 3, 0).Select(k => (k.OpenTime - Trades.Start) / Minute));
        Assert.Equal([2L, 3L], data.Klines(interval, Trades.Start + (2 * Minute), null, 2, 0).Select(k => (k.OpenTime - Trades.Start) / Minute));
        // A start inside a minute skips that minute: klines are selected by open time.
        Assert.Equal([3L, 4L], data.Klines(interval, Trades.Start + (2 * Minute) + 1, Trades.Start + (4 * Minute), 500, 0).Select(k => (k.OpenTime - Trades.Start) / Minute));
        Assert.Equal([4L, 5L], data.Klines(interval, null, Trades.Start + (5 * Minute), 2, 0).Select(k => (k.OpenTime - Trades.Start) / Minute));
        Assert.Empty(data.Klines(interval, Trades.Start + (5 * Minute), Trades.Start + Minute, 500, 0));
    }

    [Fact]
    public void Every_binance_interval_name_is_known_and_case_sensitive()
    {
        Assert.Equal(["1s", "1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "3d", "1w", "1M"], KlineInterval.Names);
        Assert.Null(KlineInterval.Find("1H"));
        Assert.NotEqual(KlineInterval.Find("1m")!.Width, KlineInterval.Find("1M")!.Width);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("8", 480)]
    [InlineData("-1:00", -60)]
    [InlineData("05:45", 345)]
    [InlineData("+14:00", 840)]
    [InlineData("-12:00", -720)]
    public void Time_zones_parse_hours_or_hours_and_minutes(string text, int minutes) =>
        Assert.Equal(minutes, TimeZoneOffset.Parse(text));

    [Theory]
    [InlineData("14:01")]
    [InlineData("-12:30")]
    [InlineData("15")]
    [InlineData("1:60")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("1:")]
    [InlineData("UTC")]
    public void Time_zones_outside_the_range_or_malformed_are_rejected(string text) =>
        Assert.Null(TimeZoneOffset.Parse(text));
}
