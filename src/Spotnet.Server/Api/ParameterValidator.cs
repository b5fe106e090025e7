using System.Text.Json;
using Spotnet.Server.Configuration;

namespace Spotnet.Server.Api;

/// <summary>
/// Checks parameter grammar in the documented order: duplicates and too many (-1101), illegal characters (-1100),
/// unknown names (-1104), missing or empty (-1102/-1105), overflow (-1108), precision (-1111), enums, symbols (-1121).
/// </summary>
public static class ParameterValidator
{
    /// <summary>Legal range reported for LONG and INT values.</summary>
    public const string IntegerRange = "^[0-9]{1,20}$";

    /// <summary>Legal range reported for DECIMAL values.</summary>
    public const string DecimalRange = "^([0-9]{1,20})(\\.[0-9]{1,20})?$";

    /// <summary>Legal range reported for symbols.</summary>
    public const string SymbolRange = "^[\\w\\-._]{1,20}$";

    /// <summary>Legal range reported for symbol lists.</summary>
    public const string SymbolListRange = "^\\[(\"[\\w\\-._]{1,20}\"(,\"[\\w\\-._]{1,20}\"){0,}){0,1}\\]$";

    /// <summary>Legal range reported for booleans.</summary>
    public const string BooleanRange = "^(true|false)$";

    /// <summary>Most symbols a list may hold.</summary>
    public const int MaxSymbols = 100;

    private const int MaxDecimalPlaces = 8;
    private const long MaxDecimalInteger = long.MaxValue / 100_000_000;

    private static readonly string[] SignedParameters = ["timestamp", "recvWindow", "signature"];

    /// <summary>Returns the first grammar error of a request, or null.</summary>
    public static ApiError? Validate(ApiRoute route, RequestParameters parameters, SymbolCatalog symbols)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(symbols);
        if (parameters.HasDuplicates)
        {
            return ApiError.DuplicateParameter;
        }

        var sent = parameters.Effective.Count;
        var expected = route.Parameters.Count + (route.IsSigned ? SignedParameters.Length : 0);
        if (sent > expected)
        {
            return ApiError.TooManyParameters(expected, sent);
        }

        var read = 0;
        foreach (var parameter in parameters.Effective)
        {
            var spec = FindSpec(route, parameter.Name);
            if (spec is null)
            {
                if (route.IsSigned && Array.IndexOf(SignedParameters, parameter.Name) >= 0)
                {
                    read++;
                }

                continue;
            }

            read++;
            if (parameter.Value is { Length: > 0 } value ? !IsLegal(spec.Kind, value) : parameter.IsMalformed)
            {
                return ApiError.IllegalCharacters(spec.Name, LegalRange(spec.Kind));
            }
        }

        if (read < sent)
        {
            return ApiError.UnreadParameters(read, sent);
        }

        foreach (var spec in route.Parameters)
        {
            var value = parameters.Find(spec.Name)?.Value;
            if (string.IsNullOrEmpty(value))
            {
                if (spec.Required)
                {
                    return ApiError.MandatoryMissing(spec.Name);
                }

                if (value is not null)
                {
                    return ApiError.ParameterEmpty(spec.Name);
                }
            }
        }

        foreach (var spec in route.Parameters)
        {
            if (parameters.Get(spec.Name) is { } value && Overflows(spec.Kind, value))
            {
                return ApiError.Overflow(spec.Name);
            }
        }

        foreach (var spec in route.Parameters)
        {
            if (spec.Kind == ParameterKind.Decimal && parameters.Get(spec.Name) is { } value && DecimalPlaces(value) > MaxDecimalPlaces)
            {
                return ApiError.TooMuchPrecision(spec.Name);
            }
        }

        foreach (var spec in route.Parameters)
        {
            if (spec.Kind == ParameterKind.Enum && parameters.Get(spec.Name) is { } value
                && !spec.EnumValues!.Contains(value, StringComparer.Ordinal))
            {
                return spec.EnumError;
            }
        }

        foreach (var spec in route.Parameters)
        {
            if (parameters.Get(spec.Name) is not { } value)
            {
                continue;
            }

            if (spec.Kind == ParameterKind.Symbol && symbols.Find(value) is null)
            {
                return ApiError.InvalidSymbol;
            }

            if (spec.Kind == ParameterKind.SymbolList && CheckSymbolList(value, symbols) is { } listError)
            {
                return listError;
            }
        }

        return null;
    }

    /// <summary>Parses a JSON array of strings as sent in <c>symbols</c> or <c>permissions</c>; null when malformed.</summary>
    public static List<string>? ParseStringArray(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        try
        {
            var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(value));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                return null;
            }

            var items = new List<string>();
            while (reader.Read() && reader.TokenType == JsonTokenType.String)
            {
                items.Add(reader.GetString()!);
            }

            return reader.TokenType == JsonTokenType.EndArray && !reader.Read() ? items : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Whether a decoded value follows the grammar of its kind.</summary>
    public static bool IsLegal(ParameterKind kind, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return kind switch
        {
            ParameterKind.Long or ParameterKind.Int => value.Length <= 20 && IsDigits(value),
            ParameterKind.Decimal => IsDecimal(value),
            ParameterKind.Boolean => value is "true" or "false",
            ParameterKind.Symbol => IsSymbol(value),
            ParameterKind.SymbolList => ParseStringArray(value) is { } items && items.TrueForAll(IsSymbol),
            _ => true,
        };
    }

    /// <summary>The legal range text reported with -1100 for a kind.</summary>
    public static string LegalRange(ParameterKind kind) => kind switch
    {
        ParameterKind.Long or ParameterKind.Int => IntegerRange,
        ParameterKind.Decimal => DecimalRange,
        ParameterKind.Boolean => BooleanRange,
        ParameterKind.SymbolList => SymbolListRange,
        _ => SymbolRange,
    };

    /// <summary>Whether text is a plain decimal: digits, optionally a point and more digits (at most 20 each).</summary>
    public static bool IsDecimal(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var point = value.IndexOf('.', StringComparison.Ordinal);
        var integer = point < 0 ? value : value[..point];
        if (integer.Length is 0 or > 20 || !IsDigits(integer))
        {
            return false;
        }

        if (point < 0)
        {
            return true;
        }

        var fraction = value[(point + 1)..];
        return fraction.Length is > 0 and <= 20 && IsDigits(fraction);
    }

    /// <summary>Decimal places of a plain decimal, ignoring trailing zeros.</summary>
    public static int DecimalPlaces(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var point = value.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 0 : value.AsSpan(point + 1).TrimEnd('0').Length;
    }

    private static bool Overflows(ParameterKind kind, string value)
    {
        switch (kind)
        {
            case ParameterKind.Long:
                return !long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _);
            case ParameterKind.Int:
                return !int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _);
            case ParameterKind.Decimal:
                var point = value.IndexOf('.', StringComparison.Ordinal);
                var integer = point < 0 ? value : value[..point];
                // Amounts are 64-bit integers scaled by 10^8, so the integer part must fit in long / 10^8.
                return !long.TryParse(integer, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var whole)
                    || whole > MaxDecimalInteger;
            default:
                return false;
        }
    }

    private static ApiError? CheckSymbolList(string value, SymbolCatalog symbols)
    {
        var items = ParseStringArray(value)!;
        if (items.Count > MaxSymbols)
        {
            return ApiError.TooManyValues("symbols", MaxSymbols);
        }

        if (items.Count != items.Distinct(StringComparer.Ordinal).Count())
        {
            return ApiError.DuplicateSymbols;
        }

        return items.TrueForAll(item => symbols.Find(item) is not null) ? null : ApiError.InvalidSymbol;
    }

    private static ParameterSpec? FindSpec(ApiRoute route, string name)
    {
        foreach (var spec in route.Parameters)
        {
            if (spec.Name == name)
            {
                return spec;
            }
        }

        return null;
    }

    private static bool IsDigits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');

    // Letters and digits of any script (so the testnet's Unicode symbol passes), '-', '_' and '.'; 1 to 20 characters.
    private static bool IsSymbol(string value)
    {
        if (value.Length is 0 or > 20)
        {
            return false;
        }

        foreach (var character in value)
        {
            if (!char.IsLetterOrDigit(character) && character is not ('-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
