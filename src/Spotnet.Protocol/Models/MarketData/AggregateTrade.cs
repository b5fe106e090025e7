using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Numbers;

namespace Spotnet.Protocol.Models.MarketData;

/// <summary>Compressed trade (<c>GET /api/v3/aggTrades</c>, <c>trades.aggregate</c>).</summary>
public sealed record AggregateTrade
{
    /// <summary>Aggregate trade id (<c>a</c>).</summary>
    [JsonPropertyName("a")]
    public long AggregateTradeId { get; init; }

    /// <summary>Price (<c>p</c>).</summary>
    [JsonPropertyName("p")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Price { get; init; }

    /// <summary>Quantity (<c>q</c>).</summary>
    [JsonPropertyName("q")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Quantity { get; init; }

    /// <summary>First trade id (<c>f</c>).</summary>
    [JsonPropertyName("f")]
    public long FirstTradeId { get; init; }

    /// <summary>Last trade id (<c>l</c>).</summary>
    [JsonPropertyName("l")]
    public long LastTradeId { get; init; }

    /// <summary>Timestamp (<c>T</c>).</summary>
    [JsonPropertyName("T")]
    public long Timestamp { get; init; }

    /// <summary><see cref="Timestamp"/> as a UTC time; the wire unit (ms or µs) is read from the value, see <see cref="WireTime"/>.</summary>
    [JsonIgnore]
    public DateTimeOffset TimestampUtc => WireTime.ToDateTimeOffset(Timestamp);

    /// <summary>Is buyer maker (<c>m</c>).</summary>
    [JsonPropertyName("m")]
    public bool IsBuyerMaker { get; init; }

    /// <summary>Is best match (<c>M</c>).</summary>
    [JsonPropertyName("M")]
    public bool IsBestMatch { get; init; }
}
