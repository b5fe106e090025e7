using Spotnet.Server.Configuration;
using Spotnet.Server.Resets;

namespace Spotnet.Server.Tests.Resets;

public sealed class ResetScheduleTests
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour = 0, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Monthly_resets_fall_at_midnight_utc_on_the_first_of_the_next_month()
    {
        var monthly = new ResetSettings();
        Assert.Equal(Utc(2026, 4, 1), ResetSchedule.Next(monthly, Utc(2026, 3, 2, 10)));
        Assert.Equal(Utc(2027, 1, 1), ResetSchedule.Next(monthly, Utc(2026, 12, 31, 23, 59)));
        // Strictly after: the moment of a reset schedules the following month.
        Assert.Equal(Utc(2026, 5, 1), ResetSchedule.Next(monthly, Utc(2026, 4, 1)));
        // Months are UTC months: 02:00 on April 1 at UTC+5 is still March 31 in UTC.
        Assert.Equal(Utc(2026, 4, 1), ResetSchedule.Next(monthly, new DateTimeOffset(2026, 4, 1, 2, 0, 0, TimeSpan.FromHours(5))));
        Assert.Equal("monthly", ResetSchedule.Describe(monthly));
    }

    [Fact]
    public void Interval_resets_fall_at_midnight_utc_on_day_numbers_divisible_by_the_interval()
    {
        var weekly = new ResetSettings { IntervalDays = 7 };
        var next = ResetSchedule.Next(weekly, Utc(2026, 3, 2, 10))!.Value;
        Assert.Equal(TimeSpan.Zero, next.TimeOfDay);
        Assert.Equal(0, (long)(next - DateTimeOffset.UnixEpoch).TotalDays % 7);
        Assert.InRange(next, Utc(2026, 3, 2, 10), Utc(2026, 3, 9, 10));
        Assert.Equal(next.AddDays(7), ResetSchedule.Next(weekly, next));
        Assert.Equal(Utc(2026, 3, 3), ResetSchedule.Next(new ResetSettings { IntervalDays = 1 }, Utc(2026, 3, 2, 10)));
        Assert.Equal("every-7-days", ResetSchedule.Describe(weekly));
    }

    [Fact]
    public void Scheduled_resets_switched_off_have_no_next_time()
    {
        var off = new ResetSettings { Enabled = false };
        Assert.Null(ResetSchedule.Next(off, Utc(2026, 3, 2)));
        Assert.Equal("off", ResetSchedule.Describe(off));
    }

    [Fact]
    public void A_negative_interval_is_refused_at_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ResetSchedule.Validate(new ResetSettings { IntervalDays = -1 }));
        Assert.Contains("Reset:IntervalDays", error.Message, StringComparison.Ordinal);
    }
}
