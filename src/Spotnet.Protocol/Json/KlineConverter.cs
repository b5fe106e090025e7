using System.Text.Json;
using System.Text.Json.Serialization;
using Spotnet.Protocol.Models.MarketData;

namespace Spotnet.Protocol.Json;

/// <summary>Reads and writes <see cref="Kline"/> as Binance's array <c>[openTime, "open", "high", "low", "close", "volume", closeTime, "quoteVolume", trades, "takerBase", "takerQuote", "0"]</c>.</summary>
public sealed class KlineConverter : JsonConverter<Kline>
{
    private static readonly DecimalStringConverter Decimal = new();

    /// <inheritdoc />
    public override Kline Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected a kline array but found {reader.TokenType}.");
        }

        var kline = new Kline
        {
            OpenTime = NextLong(ref reader),
            OpenPrice = NextDecimal(ref reader, options),
            HighPrice = NextDecimal(ref reader, options),
            LowPrice = NextDecimal(ref reader, options),
            ClosePrice = NextDecimal(ref reader, options),
            Volume = NextDecimal(ref reader, options),
            CloseTime = NextLong(ref reader),
            QuoteVolume = NextDecimal(ref reader, options),
            TradeCount = NextLong(ref reader),
            TakerBuyBaseVolume = NextDecimal(ref reader, options),
            TakerBuyQuoteVolume = NextDecimal(ref reader, options),
            Unused = NextString(ref reader),
        };
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray)
        {
            throw new JsonException("A kline array has more than twelve elements.");
        }

        return kline;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Kline value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.OpenTime);
        Decimal.Write(writer, value.OpenPrice, options);
        Decimal.Write(writer, value.HighPrice, options);
        Decimal.Write(writer, value.LowPrice, options);
        Decimal.Write(writer, value.ClosePrice, options);
        Decimal.Write(writer, value.Volume, options);
        writer.WriteNumberValue(value.CloseTime);
        Decimal.Write(writer, value.QuoteVolume, options);
        writer.WriteNumberValue(value.TradeCount);
        Decimal.Write(writer, value.TakerBuyBaseVolume, options);
        Decimal.Write(writer, value.TakerBuyQuoteVolume, options);
        writer.WriteStringValue(value.Unused);
        writer.WriteEndArray();
    }

    private static long NextLong(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException("Expected a number in a kline array.");
        }

        return reader.GetInt64();
    }

    private static decimal NextDecimal(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (!reader.Read())
        {
            throw new JsonException("A kline array ended early.");
        }

        return Decimal.Read(ref reader, typeof(decimal), options);
    }

    private static string NextString(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("Expected a string in a kline array.");
        }

        return reader.GetString()!;
    }
}
