using Spotnet.Protocol.Errors;

namespace Spotnet.Protocol.Numbers;

/// <summary>Validation of <c>recvWindow</c>: a DECIMAL of milliseconds with up to 3 decimals (microseconds), at most 60000.</summary>
/// <remarks>
/// Binance does not document the errors (spec-rest-wsapi.md §h.10). Decisions: illegal characters and overflow get the
/// usual <c>-1100</c>/<c>-1108</c>; a fourth non-zero decimal is <c>-1111</c> "Parameter 'recvWindow' has too much
/// precision."; a value above 60000 is <c>-1102</c> "'recvWindow' contains unexpected value. Cannot be greater than 60000.",
/// the documented message built for exactly this check.
/// </remarks>
public static class RecvWindow
{
    /// <summary>The parameter's wire name.</summary>
    public const string ParameterName = "recvWindow";

    /// <summary>Decimals allowed: milliseconds with microsecond precision.</summary>
    public const int Decimals = 3;

    /// <summary>The default window when the parameter is absent, in microseconds (5000 ms).</summary>
    public const long DefaultMicroseconds = 5_000_000;

    /// <summary>The largest window, in microseconds (60000 ms).</summary>
    public const long MaximumMicroseconds = 60_000_000;

    /// <summary>Parses and checks a <c>recvWindow</c>; returns <see langword="null"/> when valid, else Binance's error.</summary>
    public static SpotError? Validate(ReadOnlySpan<char> text, out long microseconds) =>
        Check(WireDecimal.TryParse(text, Decimals, out microseconds), ref microseconds);

    /// <summary>Parses and checks a UTF-8 <c>recvWindow</c>; returns <see langword="null"/> when valid, else Binance's error.</summary>
    public static SpotError? Validate(ReadOnlySpan<byte> utf8Text, out long microseconds) =>
        Check(WireDecimal.TryParse(utf8Text, Decimals, out microseconds), ref microseconds);

    private static SpotError? Check(NumberParseStatus status, ref long microseconds)
    {
        if (status != NumberParseStatus.Success)
        {
            microseconds = 0;
            return WireDecimal.ToError(status, ParameterName);
        }

        if (microseconds > MaximumMicroseconds)
        {
            microseconds = 0;
            return SpotError.ValueGreaterThanMaximum(ParameterName, "60000");
        }

        return null;
    }
}
