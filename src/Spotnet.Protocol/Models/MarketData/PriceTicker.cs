using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Models.MarketData;

/// <summary>Latest price of a symbol (<c>GET /api/v3/ticker/price</c>, <c>ticker.price</c>).</summary>
public sealed record PriceTicker
{
    /// <summary>Symbol (<c>symbol</c>).</summary>
    [JsonPropertyName("symbol")]
    public string Symbol { get; init; } = "";

    /// <summary>Price (<c>price</c>).</summary>
    [JsonPropertyName("price")]
    public decimal Price { get; init; }
}
