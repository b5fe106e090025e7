using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Numbers;

namespace Spotnet.Protocol.Models.MarketData;

/// <summary>Public trade (<c>GET /api/v3/trades</c>, <c>historicalTrades</c>, <c>historicalBlockTrades</c>, <c>trades.recent</c>, <c>trades.historical</c>).</summary>
public sealed record Trade
{
    /// <summary>Id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public long Id { get; init; }

    /// <summary>Price (<c>price</c>).</summary>
    [JsonPropertyName("price")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Price { get; init; }

    /// <summary>Quantity (<c>qty</c>).</summary>
    [JsonPropertyName("qty")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Quantity { get; init; }

    /// <summary>Quote quantity (<c>quoteQty</c>).</summary>
    [JsonPropertyName("quoteQty")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal QuoteQuantity { get; init; }

    /// <summary>Time (<c>time</c>).</summary>
    [JsonPropertyName("time")]
    public long Time { get; init; }

    /// <summary><see cref="Time"/> as a UTC time; the wire unit (ms or µs) is read from the value, see <see cref="WireTime"/>.</summary>
    [JsonIgnore]
    public DateTimeOffset TimeUtc => WireTime.ToDateTimeOffset(Time);

    /// <summary>Is buyer maker (<c>isBuyerMaker</c>).</summary>
    [JsonPropertyName("isBuyerMaker")]
    public bool IsBuyerMaker { get; init; }

    /// <summary>Is best match (<c>isBestMatch</c>).</summary>
    [JsonPropertyName("isBestMatch")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? IsBestMatch { get; init; }
}
