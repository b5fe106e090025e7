using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Models.MarketData;

/// <summary>Current average price (<c>GET /api/v3/avgPrice</c>, <c>avgPrice</c>).</summary>
public sealed record AveragePrice
{
    /// <summary>Minutes (<c>mins</c>).</summary>
    [JsonPropertyName("mins")]
    public int Minutes { get; init; }

    /// <summary>Price (<c>price</c>).</summary>
    [JsonPropertyName("price")]
    public decimal Price { get; init; }

    /// <summary>Close time (<c>closeTime</c>).</summary>
    [JsonPropertyName("closeTime")]
    public long CloseTime { get; init; }
}
