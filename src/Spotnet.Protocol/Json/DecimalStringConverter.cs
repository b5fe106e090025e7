using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Json;

/// <summary>Reads and writes <see cref="decimal"/> as a JSON string, keeping the scale (<c>"0.00100000"</c> stays eight places).</summary>
public sealed class DecimalStringConverter : JsonConverter<decimal>
{
    // Plain digits with an optional sign and point: exponents, spaces and thousands separators are not Binance's format.
    private const NumberStyles WireStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <inheritdoc />
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a decimal string but found {reader.TokenType}.");
        }

        var span = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        if (reader.ValueIsEscaped || !decimal.TryParse(span, WireStyle, CultureInfo.InvariantCulture, out var value))
        {
            throw new JsonException($"Invalid decimal string \"{reader.GetString()}\".");
        }

        return value;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
    {
        // 31 bytes hold any decimal: 29 digits, a sign and a point.
        Span<byte> buffer = stackalloc byte[32];
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer[..written]);
    }
}
