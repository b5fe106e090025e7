using System.Globalization;
using System.Text.Json;
using Spotnet.Protocol.Enums;

namespace Spotnet.Client.Json;

/// <summary>Reads single wire values (decimal strings, integers, enums) for the SDK's hand-written converters.</summary>
internal static class WireReader
{
    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    public static decimal Decimal(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence
            || !decimal.TryParse(reader.ValueSpan, DecimalStyle, CultureInfo.InvariantCulture, out var value))
        {
            throw new JsonException($"Expected a decimal string (\"0.00100000\") but found {reader.TokenType}.");
        }

        return value;
    }

    public static decimal? OptionalDecimal(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : Decimal(ref reader);

    public static long? OptionalInt64(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.GetInt64();

    public static int? OptionalInt32(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32();

    public static string String(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException($"Expected a string but found {reader.TokenType}.");

    /// <summary>An enum read as <see cref="TolerantEnumConverterFactory"/> reads it: unknown spellings become <see cref="SpotEnumValues"/> values.</summary>
    public static T? OptionalEnum<T>(ref Utf8JsonReader reader)
        where T : struct, Enum
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a {typeof(T).Name} string but found {reader.TokenType}.");
        }

        return !reader.ValueIsEscaped && !reader.HasValueSequence && WireEnum.TryParse(reader.ValueSpan, out T known)
            ? known
            : SpotEnumValues.FromWire<T>(reader.GetString()!);
    }

    public static void ExpectStartObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object but found {reader.TokenType}.");
        }
    }

    public static JsonException Missing(string property, string type) => new($"{type} lacks the required property '{property}'.");
}
