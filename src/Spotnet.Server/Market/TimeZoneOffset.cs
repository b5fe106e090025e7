using System.Globalization;

namespace Spotnet.Server.Market;

/// <summary>Parses the <c>timeZone</c> parameter: hours (<c>8</c>, <c>-1</c>) or hours and minutes (<c>05:45</c>, <c>-1:00</c>).</summary>
public static class TimeZoneOffset
{
    private const int MinimumMinutes = -12 * 60;
    private const int MaximumMinutes = 14 * 60;

    /// <summary>The offset in minutes from UTC, or null when malformed or outside [-12:00, +14:00].</summary>
    public static int? Parse(string? text)
    {
        if (text is null)
        {
            return 0;
        }

        var span = text.AsSpan();
        var sign = 1;
        if (span.Length > 0 && (span[0] == '-' || span[0] == '+'))
        {
            sign = span[0] == '-' ? -1 : 1;
            span = span[1..];
        }

        var colon = span.IndexOf(':');
        var hoursText = colon < 0 ? span : span[..colon];
        var minutesText = colon < 0 ? "0" : span[(colon + 1)..];
        if (!IsDigits(hoursText, 2) || !IsDigits(minutesText, 2)
            || !int.TryParse(hoursText, NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(minutesText, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || minutes >= 60)
        {
            return null;
        }

        var total = sign * ((hours * 60) + minutes);
        return total is >= MinimumMinutes and <= MaximumMinutes ? total : null;
    }

    private static bool IsDigits(ReadOnlySpan<char> text, int maximumLength) =>
        text.Length is > 0 && text.Length <= maximumLength && !text.ContainsAnyExceptInRange('0', '9');
}
