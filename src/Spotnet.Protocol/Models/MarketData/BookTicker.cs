using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Models.MarketData;

/// <summary>Best bid and ask of a symbol (<c>GET /api/v3/ticker/bookTicker</c>, <c>ticker.book</c>).</summary>
public sealed record BookTicker
{
    /// <summary>Symbol (<c>symbol</c>).</summary>
    [JsonPropertyName("symbol")]
    public required string Symbol { get; init; }

    /// <summary>Bid price (<c>bidPrice</c>).</summary>
    [JsonPropertyName("bidPrice")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal BidPrice { get; init; }

    /// <summary>Bid quantity (<c>bidQty</c>).</summary>
    [JsonPropertyName("bidQty")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal BidQuantity { get; init; }

    /// <summary>Ask price (<c>askPrice</c>).</summary>
    [JsonPropertyName("askPrice")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal AskPrice { get; init; }

    /// <summary>Ask quantity (<c>askQty</c>).</summary>
    [JsonPropertyName("askQty")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal AskQuantity { get; init; }
}
