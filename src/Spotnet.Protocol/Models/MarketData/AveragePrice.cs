using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Numbers;

namespace Spotnet.Protocol.Models.MarketData;

/// <summary>Current average price (<c>GET /api/v3/avgPrice</c>, <c>avgPrice</c>).</summary>
public sealed record AveragePrice
{
    /// <summary>Minutes (<c>mins</c>).</summary>
    [JsonPropertyName("mins")]
    public int Minutes { get; init; }

    /// <summary>Price (<c>price</c>).</summary>
    [JsonPropertyName("price")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Price { get; init; }

    /// <summary>Close time (<c>closeTime</c>).</summary>
    [JsonPropertyName("closeTime")]
    public long CloseTime { get; init; }

    /// <summary><see cref="CloseTime"/> as a UTC time; the wire unit (ms or µs) is read from the value, see <see cref="WireTime"/>.</summary>
    [JsonIgnore]
    public DateTimeOffset CloseTimeUtc => WireTime.ToDateTimeOffset(CloseTime);
}
