using System.Text.Json;
using System.Text.Json.Serialization;
using Spotnet.Protocol.Models.MarketData;

namespace Spotnet.Protocol.Json;

/// <summary>Reads and writes <see cref="PriceLevel"/> as <c>["price", "qty"]</c>.</summary>
public sealed class PriceLevelConverter : JsonConverter<PriceLevel>
{
    private static readonly DecimalStringConverter Decimal = new();

    /// <inheritdoc />
    public override PriceLevel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        reader.Read();
        var price = Decimal.Read(ref reader, typeof(decimal), options);
        reader.Read();
        var quantity = Decimal.Read(ref reader, typeof(decimal), options);
        reader.Read();
        Expect(ref reader, JsonTokenType.EndArray);
        return new PriceLevel(price, quantity);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PriceLevel value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        Decimal.Write(writer, value.Price, options);
        Decimal.Write(writer, value.Quantity, options);
        writer.WriteEndArray();
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException($"Expected {token} in a price level but found {reader.TokenType}.");
        }
    }
}
