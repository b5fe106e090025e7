using System.Numerics;
using Spotnet.Protocol.Errors;

namespace Spotnet.Protocol.Numbers;

/// <summary>Exact, culture-invariant, allocation-free parsing and formatting of Binance DECIMAL values as scaled <see cref="long"/>s.</summary>
/// <remarks>
/// A wire decimal must match <c>^([0-9]{1,20})(\.[0-9]{1,20})?$</c>: no sign, exponent, space, comma, <c>.5</c> or <c>1.</c>.
/// Decisions: digits beyond the allowed decimals are accepted when they are all zeros (<c>1.0000000000</c> is 1),
/// since the value is exact; a non-zero digit there is too much precision. When a text fails several ways the
/// first of illegal characters, too much precision, overflow wins.
/// </remarks>
public static class WireDecimal
{
    /// <summary>Binance's scale: values are held as multiples of 10^-8.</summary>
    public const int Scale = 8;

    /// <summary>The scaled value of 1 (10^8).</summary>
    public const long One = 100_000_000;

    /// <summary>The largest number of decimals a scale or a format may use.</summary>
    public const int MaxDecimals = 18;

    /// <summary>The legal pattern reported in <c>-1100</c> messages for DECIMAL parameters.</summary>
    public const string LegalRange = @"^([0-9]{1,20})(\.[0-9]{1,20})?$";

    private const int MaxDigits = 20;

    private static readonly long[] _powersOfTen =
    [
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L,
        10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L,
        1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L,
    ];

    /// <summary>Parses a DECIMAL at Binance's scale (10^8): <c>"0.001"</c> → <c>100000</c>.</summary>
    public static NumberParseStatus TryParse(ReadOnlySpan<char> text, out long value) => Parse(text, Scale, out value);

    /// <summary>Parses a UTF-8 DECIMAL at Binance's scale (10^8).</summary>
    public static NumberParseStatus TryParse(ReadOnlySpan<byte> utf8Text, out long value) => Parse(utf8Text, Scale, out value);

    /// <summary>Parses a DECIMAL scaled by 10^<paramref name="decimals"/>; e.g. <c>recvWindow</c> with 3 decimals gives microseconds.</summary>
    public static NumberParseStatus TryParse(ReadOnlySpan<char> text, int decimals, out long value) => Parse(text, CheckDecimals(decimals), out value);

    /// <summary>Parses a UTF-8 DECIMAL scaled by 10^<paramref name="decimals"/>.</summary>
    public static NumberParseStatus TryParse(ReadOnlySpan<byte> utf8Text, int decimals, out long value) => Parse(utf8Text, CheckDecimals(decimals), out value);

    /// <summary>Formats a 10^8-scaled value with a fixed number of decimals, as Binance does (<c>100000</c> → <c>"0.00100000"</c>).</summary>
    /// <remarks>With fewer than 8 decimals the extra digits are truncated toward zero; with more, zeros are appended.</remarks>
    public static bool TryFormat(long value, Span<char> destination, out int charsWritten, int decimals = Scale) =>
        Format(value, destination, out charsWritten, CheckDecimals(decimals));

    /// <summary>Formats a 10^8-scaled value as UTF-8 with a fixed number of decimals.</summary>
    public static bool TryFormat(long value, Span<byte> utf8Destination, out int bytesWritten, int decimals = Scale) =>
        Format(value, utf8Destination, out bytesWritten, CheckDecimals(decimals));

    /// <summary>Formats a 10^8-scaled value with a fixed number of decimals into a new string.</summary>
    public static string Format(long value, int decimals = Scale)
    {
        Span<char> buffer = stackalloc char[48];
        Format(value, buffer, out var written, CheckDecimals(decimals));
        return new string(buffer[..written]);
    }

    /// <summary>The Binance error for a failed DECIMAL parameter (<c>-1100</c>, <c>-1111</c> or <c>-1108</c>).</summary>
    public static SpotError ToError(NumberParseStatus status, string parameter) => status switch
    {
        NumberParseStatus.IllegalCharacters => SpotError.IllegalCharacters(parameter, LegalRange),
        NumberParseStatus.TooMuchPrecision => SpotError.TooMuchPrecision(parameter),
        NumberParseStatus.Overflow => SpotError.Overflow(parameter),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Only failures map to an error."),
    };

    private static int CheckDecimals(int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, MaxDecimals);
        return decimals;
    }

    private static NumberParseStatus Parse<TChar>(ReadOnlySpan<TChar> text, int scale, out long value)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        value = 0;
        var length = text.Length;
        var index = 0;
        ulong integerPart = 0;
        var overflow = false;
        while (index < length && IsDigit(text[index], out var digit))
        {
            // Anything above long.MaxValue overflows at every scale; stop accumulating but keep validating.
            if (integerPart > long.MaxValue / 10)
            {
                overflow = true;
            }
            else
            {
                integerPart = (integerPart * 10) + digit;
            }

            index++;
        }

        if (index == 0 || index > MaxDigits)
        {
            return NumberParseStatus.IllegalCharacters;
        }

        ulong fraction = 0;
        var fractionDigits = 0;
        var tooPrecise = false;
        if (index < length && int.CreateTruncating(text[index]) == '.')
        {
            index++;
            var start = index;
            while (index < length && IsDigit(text[index], out var digit))
            {
                if (index - start < scale)
                {
                    fraction = (fraction * 10) + digit;
                    fractionDigits++;
                }
                else if (digit != 0)
                {
                    tooPrecise = true;
                }

                index++;
            }

            if (index == start || index - start > MaxDigits)
            {
                return NumberParseStatus.IllegalCharacters;
            }
        }

        if (index != length)
        {
            return NumberParseStatus.IllegalCharacters;
        }

        if (tooPrecise)
        {
            return NumberParseStatus.TooMuchPrecision;
        }

        var scaledFraction = (long)fraction * _powersOfTen[scale - fractionDigits];
        var multiplier = _powersOfTen[scale];
        if (overflow || integerPart > (ulong)((long.MaxValue - scaledFraction) / multiplier))
        {
            return NumberParseStatus.Overflow;
        }

        value = ((long)integerPart * multiplier) + scaledFraction;
        return NumberParseStatus.Success;
    }

    private static bool Format<TChar>(long value, Span<TChar> destination, out int written, int decimals)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        written = 0;
        var magnitude = value < 0 ? (ulong)-(value + 1) + 1 : (ulong)value;
        var integerPart = magnitude / One;
        var fraction = (long)(magnitude % One);
        var shownDecimals = Math.Min(decimals, Scale);
        var shownFraction = fraction / _powersOfTen[Scale - shownDecimals];
        var negative = value < 0 && (integerPart != 0 || shownFraction != 0);

        var integerDigits = CountDigits(integerPart);
        var total = (negative ? 1 : 0) + integerDigits + (decimals > 0 ? decimals + 1 : 0);
        if (total > destination.Length)
        {
            return false;
        }

        var position = 0;
        if (negative)
        {
            destination[position++] = TChar.CreateTruncating('-');
        }

        for (var i = integerDigits - 1; i >= 0; i--)
        {
            destination[position + i] = TChar.CreateTruncating('0' + (int)(integerPart % 10));
            integerPart /= 10;
        }

        position += integerDigits;
        if (decimals > 0)
        {
            destination[position++] = TChar.CreateTruncating('.');
            for (var i = shownDecimals - 1; i >= 0; i--)
            {
                destination[position + i] = TChar.CreateTruncating('0' + (int)(shownFraction % 10));
                shownFraction /= 10;
            }

            position += shownDecimals;
            for (var i = shownDecimals; i < decimals; i++)
            {
                destination[position++] = TChar.CreateTruncating('0');
            }
        }

        written = position;
        return true;
    }

    private static int CountDigits(ulong value)
    {
        var digits = 1;
        while (value >= 10)
        {
            value /= 10;
            digits++;
        }

        return digits;
    }

    private static bool IsDigit<TChar>(TChar character, out uint digit)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        // Below '0' the subtraction wraps to a large number, so one comparison checks both ends.
        digit = uint.CreateTruncating(character) - '0';
        return digit <= 9;
    }
}
