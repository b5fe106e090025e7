using System.Text.Json;
using Spotnet.Protocol.Errors;
using Spotnet.Protocol.Models.Trading;
using Spotnet.Protocol.Numbers;
using Spotnet.Server.Configuration;

namespace Spotnet.Server.Api;

/// <summary>
/// Checks parameter grammar in the documented order: duplicates and too many (-1101), illegal characters (-1100),
/// unknown names (-1104), missing or empty (-1102/-1105), overflow (-1108), precision (-1111), enums, symbols (-1121).
/// </summary>
public static class ParameterValidator
{
    /// <summary>Legal range reported for symbols.</summary>
    public const string SymbolRange = "^[\\w\\-._]{1,20}$";

    /// <summary>Legal range reported for symbol lists.</summary>
    public const string SymbolListRange = "^\\[(\"[\\w\\-._]{1,20}\"(,\"[\\w\\-._]{1,20}\"){0,}){0,1}\\]$";

    /// <summary>Legal range reported for booleans.</summary>
    public const string BooleanRange = "^(true|false)$";

    private static readonly string[] SignedParameters = ["timestamp", "recvWindow", "signature"];

    /// <summary>Returns the first grammar error of a request, or null.</summary>
    public static SpotError? Validate(ApiRoute route, RequestParameters parameters, SymbolCatalog symbols)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(symbols);
        if (parameters.HasDuplicates)
        {
            return SpotError.DuplicateParameterValues;
        }

        var sent = parameters.Effective.Count;
        var expected = route.Parameters.Count + (route.IsSigned ? SignedParameters.Length : 0);
        if (sent > expected)
        {
            return SpotError.TooManyParametersExpected(expected, sent);
        }

        // One pass matches each sent parameter to its spec; the later checks, made spec by spec in the documented
        // order, then read the value and its number status from here instead of searching and parsing again.
        var specs = route.Parameters;
        var valueOf = new string?[specs.Count];
        Span<NumberParseStatus> numberStatus = specs.Count <= 64 ? stackalloc NumberParseStatus[specs.Count] : new NumberParseStatus[specs.Count];
        var read = 0;
        var effective = parameters.Effective;
        for (var e = 0; e < effective.Count; e++)
        {
            var parameter = effective[e];
            var index = IndexOfSpec(specs, parameter.Name);
            if (index < 0)
            {
                if (route.IsSigned && Array.IndexOf(SignedParameters, parameter.Name) >= 0)
                {
                    read++;
                }

                continue;
            }

            read++;
            var spec = specs[index];
            valueOf[index] = parameter.Value;
            if (parameter.Value is { Length: > 0 } value)
            {
                numberStatus[index] = NumberStatus(spec.Kind, value);
                if (!IsLegal(spec.Kind, value, numberStatus[index]))
                {
                    return SpotError.IllegalCharacters(spec.Name, LegalRange(spec.Kind));
                }
            }
            else if (parameter.IsMalformed)
            {
                return SpotError.IllegalCharacters(spec.Name, LegalRange(spec.Kind));
            }
        }

        if (read < sent)
        {
            return SpotError.UnreadParametersCount(read, sent);
        }

        for (var i = 0; i < specs.Count; i++)
        {
            var value = valueOf[i];
            if (string.IsNullOrEmpty(value))
            {
                if (specs[i].Required)
                {
                    return SpotError.MandatoryParameterMissing(specs[i].Name);
                }

                if (value is not null)
                {
                    return specs[i].Alternative is { } alternative
                        ? IndexOfSpec(specs, alternative) < i
                            ? SpotError.EitherParameterRequired(alternative, specs[i].Name)
                            : SpotError.EitherParameterRequired(specs[i].Name, alternative)
                        : EmptyOptional(specs[i].Name);
                }
            }
        }

        // From here every value present is non-empty: an empty one was answered above.
        for (var i = 0; i < specs.Count; i++)
        {
            if (valueOf[i] is not null && numberStatus[i] == NumberParseStatus.Overflow)
            {
                return SpotError.Overflow(specs[i].Name);
            }
        }

        for (var i = 0; i < specs.Count; i++)
        {
            if (valueOf[i] is not null && numberStatus[i] == NumberParseStatus.TooMuchPrecision)
            {
                return SpotError.TooMuchPrecision(specs[i].Name);
            }
        }

        for (var i = 0; i < specs.Count; i++)
        {
            if (specs[i].Kind == ParameterKind.Enum && valueOf[i] is { } value && !IsOneOf(specs[i].EnumValues!, value))
            {
                return specs[i].EnumError;
            }
        }

        for (var i = 0; i < specs.Count; i++)
        {
            if (valueOf[i] is not { } value)
            {
                continue;
            }

            if (specs[i].Kind == ParameterKind.Symbol && symbols.Find(value) is null)
            {
                return SpotError.BadSymbol;
            }

            if (specs[i].Kind == ParameterKind.SymbolList && CheckSymbolList(value, specs[i].MaxItems, symbols) is { } listError)
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

    // What JSON allows in a string array and the symbol list's legal range does not: whitespace and escapes.
    private static readonly System.Buffers.SearchValues<char> ListOutsideRange = System.Buffers.SearchValues.Create(" \t\r\n\\");

    /// <summary>Whether a decoded value follows the grammar of its kind.</summary>
    public static bool IsLegal(ParameterKind kind, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return IsLegal(kind, value, NumberStatus(kind, value));
    }

    private static bool IsLegal(ParameterKind kind, string value, NumberParseStatus numberStatus) =>
        kind switch
        {
            ParameterKind.Long or ParameterKind.Int or ParameterKind.Decimal => numberStatus != NumberParseStatus.IllegalCharacters,
            ParameterKind.Boolean => value is "true" or "false",
            ParameterKind.Symbol => IsSymbol(value),
            ParameterKind.ClientOrderId => ClientOrderIdGrammar.IsValid(value),
            // Its legal range to the letter: no spaces between entries and no JSON escapes in them, only ["A","B"].
            ParameterKind.SymbolList => !value.AsSpan().ContainsAny(ListOutsideRange) && ParseStringArray(value) is { } items
                && items.TrueForAll(IsSymbol),
            _ => true,
        };

    /// <summary>The legal range text reported with -1100 for a kind.</summary>
    public static string LegalRange(ParameterKind kind) => kind switch
    {
        ParameterKind.Long or ParameterKind.Int => WireInteger.LegalRange,
        ParameterKind.Decimal => WireDecimal.LegalRange,
        ParameterKind.Boolean => BooleanRange,
        ParameterKind.SymbolList => SymbolListRange,
        ParameterKind.ClientOrderId => ClientOrderIdGrammar.LegalRange,
        _ => SymbolRange,
    };

    /// <summary>How a numeric value parses (LONG, INT, or DECIMAL at Binance's 8 decimals); Success for other kinds.</summary>
    public static NumberParseStatus NumberStatus(ParameterKind kind, string value) => kind switch
    {
        ParameterKind.Long => WireInteger.TryParse(value, out long _),
        ParameterKind.Int => WireInteger.TryParse(value, out int _),
        ParameterKind.Decimal => WireDecimal.TryParse(value, out _),
        _ => NumberParseStatus.Success,
    };

    private static SpotError? CheckSymbolList(string value, int maxItems, SymbolCatalog symbols)
    {
        var items = ParseStringArray(value)!;
        if (maxItems > 0 && items.Count > maxItems)
        {
            return SpotError.TooManyValues("symbols", maxItems);
        }

        if (items.Count != items.Distinct(StringComparer.Ordinal).Count())
        {
            return SpotError.DuplicateSymbols;
        }

        return items.TrueForAll(item => symbols.Find(item) is not null) ? null : SpotError.BadSymbol;
    }

    private static int IndexOfSpec(IReadOnlyList<ParameterSpec> specs, string name)
    {
        for (var i = 0; i < specs.Count; i++)
        {
            if (specs[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsOneOf(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == value)
            {
                return true;
            }
        }

        return false;
    }

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

    // Binance has dedicated codes for empty client order ids (-1118, -1119); other empty optional parameters get -1105.
    private static SpotError EmptyOptional(string name) => name switch
    {
        "newClientOrderId" or "cancelNewClientOrderId" => SpotError.EmptyNewClientOrderId,
        "origClientOrderId" or "cancelOrigClientOrderId" => SpotError.EmptyOriginalClientOrderId,
        _ => SpotError.NamedParameterEmpty(name),
    };
}
