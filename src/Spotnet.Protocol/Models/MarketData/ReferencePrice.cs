using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Numbers;

namespace Spotnet.Protocol.Models.MarketData;

/// <summary>Reference price of a symbol (<c>GET /api/v3/referencePrice</c>, <c>referencePrice</c>); <c>referencePrice</c> is an explicit null when unset.</summary>
public sealed record ReferencePrice
{
    /// <summary>Symbol (<c>symbol</c>).</summary>
    [JsonPropertyName("symbol")]
    public required string Symbol { get; init; }

    /// <summary>Price (<c>referencePrice</c>).</summary>
    [JsonPropertyName("referencePrice")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? Price { get; init; }

    /// <summary>Timestamp (<c>timestamp</c>).</summary>
    [JsonPropertyName("timestamp")]
    public long Timestamp { get; init; }

    /// <summary><see cref="Timestamp"/> as a UTC time; the wire unit (ms or µs) is read from the value, see <see cref="WireTime"/>.</summary>
    [JsonIgnore]
    public DateTimeOffset TimestampUtc => WireTime.ToDateTimeOffset(Timestamp);
}
