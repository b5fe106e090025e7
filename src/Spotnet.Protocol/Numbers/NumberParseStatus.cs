namespace Spotnet.Protocol.Numbers;

/// <summary>Outcome of parsing a wire number; each failure maps to one Binance error code.</summary>
public enum NumberParseStatus
{
    /// <summary>The text is a valid number that fits.</summary>
    Success,
    /// <summary>The text does not match the legal pattern (<c>-1100</c> ILLEGAL_CHARS).</summary>
    IllegalCharacters,
    /// <summary>Non-zero digits beyond the allowed decimals (<c>-1111</c> BAD_PRECISION).</summary>
    TooMuchPrecision,
    /// <summary>The value does not fit in a <see cref="long"/> at its scale (<c>-1108</c> PARAM_OVERFLOW).</summary>
    Overflow,
}
