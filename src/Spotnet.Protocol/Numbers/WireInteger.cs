using System.Numerics;
using Spotnet.Protocol.Errors;

namespace Spotnet.Protocol.Numbers;

/// <summary>Culture-invariant, allocation-free parsing of Binance LONG and INT parameters (<c>orderId</c>, <c>limit</c>, <c>timestamp</c>...).</summary>
/// <remarks>
/// Decision: the legal pattern is <c>^-?[0-9]{1,20}$</c>: LONG is signed on the wire (<c>orderListId</c> is <c>-1</c>),
/// so a leading minus is accepted and range checks (e.g. <c>strategyType</c> ≥ 1000000) are the caller's; a plus sign,
/// spaces, decimals or exponents are illegal characters; a value outside the type's range overflows.
/// </remarks>
public static class WireInteger
{
    /// <summary>The legal pattern reported in <c>-1100</c> messages for LONG and INT parameters.</summary>
    public const string LegalRange = "^-?[0-9]{1,20}$";

    private const int MaxDigits = 20;

    /// <summary>Parses a LONG parameter.</summary>
    public static NumberParseStatus TryParse(ReadOnlySpan<char> text, out long value) => Parse(text, long.MinValue, long.MaxValue, out value);

    /// <summary>Parses a UTF-8 LONG parameter.</summary>
    public static NumberParseStatus TryParse(ReadOnlySpan<byte> utf8Text, out long value) => Parse(utf8Text, long.MinValue, long.MaxValue, out value);

    /// <summary>Parses an INT parameter (32-bit).</summary>
    public static NumberParseStatus TryParse(ReadOnlySpan<char> text, out int value)
    {
        var status = Parse(text, int.MinValue, int.MaxValue, out var wide);
        value = (int)wide;
        return status;
    }

    /// <summary>Parses a UTF-8 INT parameter (32-bit).</summary>
    public static NumberParseStatus TryParse(ReadOnlySpan<byte> utf8Text, out int value)
    {
        var status = Parse(utf8Text, int.MinValue, int.MaxValue, out var wide);
        value = (int)wide;
        return status;
    }

    /// <summary>The Binance error for a failed integer parameter (<c>-1100</c> or <c>-1108</c>).</summary>
    public static SpotError ToError(NumberParseStatus status, string parameter) => status switch
    {
        NumberParseStatus.IllegalCharacters => SpotError.IllegalCharacters(parameter, LegalRange),
        NumberParseStatus.Overflow => SpotError.Overflow(parameter),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Integers fail only with illegal characters or overflow."),
    };

    private static NumberParseStatus Parse<TChar>(ReadOnlySpan<TChar> text, long minimum, long maximum, out long value)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        value = 0;
        var negative = text.Length > 0 && int.CreateTruncating(text[0]) == '-';
        var digits = negative ? text[1..] : text;
        if (digits.Length is 0 or > MaxDigits)
        {
            return NumberParseStatus.IllegalCharacters;
        }

        // Accumulate the magnitude as ulong; the limit is |minimum| for negatives, so long.MinValue parses.
        var limit = negative ? (ulong)-(minimum + 1) + 1 : (ulong)maximum;
        ulong magnitude = 0;
        var overflow = false;
        foreach (var character in digits)
        {
            var digit = uint.CreateTruncating(character) - '0';
            if (digit > 9)
            {
                return NumberParseStatus.IllegalCharacters;
            }

            if (!overflow)
            {
                overflow = magnitude > (limit - digit) / 10;
                magnitude = (magnitude * 10) + digit;
            }
        }

        if (overflow)
        {
            return NumberParseStatus.Overflow;
        }

        value = negative ? (long)(0 - magnitude) : (long)magnitude;
        return NumberParseStatus.Success;
    }
}
