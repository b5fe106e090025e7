using System.Globalization;
using Spotnet.Server.Configuration;

namespace Spotnet.Server.Resets;

/// <summary>When scheduled resets fall due; a pure function of the settings, so a restart computes the same times.</summary>
public static class ResetSchedule
{
    /// <summary>The first scheduled reset strictly after <paramref name="after"/>, or null when scheduled resets are off.</summary>
    public static DateTimeOffset? Next(ResetSettings settings, DateTimeOffset after)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.Enabled)
        {
            return null;
        }

        var utc = after.ToUniversalTime();
        if (settings.IntervalDays == 0)
        {
            return new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1);
        }

        var day = (long)(utc - DateTimeOffset.UnixEpoch).TotalDays;
        var nextDay = ((day / settings.IntervalDays) + 1) * settings.IntervalDays;
        return DateTimeOffset.UnixEpoch.AddDays(nextDay);
    }

    /// <summary>A short name of the schedule (<c>monthly</c>, <c>every-7-days</c>, <c>off</c>), stored beside the next due time.</summary>
    public static string Describe(ResetSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return !settings.Enabled ? "off"
            : settings.IntervalDays == 0 ? "monthly"
            : string.Create(CultureInfo.InvariantCulture, $"every-{settings.IntervalDays}-days");
    }

    /// <summary>Refuses a negative interval at start-up rather than resetting at surprising times.</summary>
    public static void Validate(ResetSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.IntervalDays < 0)
        {
            throw new InvalidOperationException(
                $"Reset:IntervalDays must be 0 (monthly) or a number of days, not {settings.IntervalDays}; use Reset:Enabled=false to turn scheduled resets off.");
        }
    }
}
