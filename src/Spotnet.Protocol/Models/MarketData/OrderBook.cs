using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Models.MarketData;

/// <summary>Order book snapshot (<c>GET /api/v3/depth</c>, <c>depth</c>, partial book depth stream).</summary>
public sealed record OrderBook
{
    /// <summary>Last update id (<c>lastUpdateId</c>).</summary>
    [JsonPropertyName("lastUpdateId")]
    public long LastUpdateId { get; init; }

    /// <summary>Bids (<c>bids</c>).</summary>
    [JsonPropertyName("bids")]
    public required IReadOnlyList<PriceLevel> Bids { get; init; }

    /// <summary>Asks (<c>asks</c>).</summary>
    [JsonPropertyName("asks")]
    public required IReadOnlyList<PriceLevel> Asks { get; init; }
}
