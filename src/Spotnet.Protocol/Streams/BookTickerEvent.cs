using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Streams;

/// <summary>Best bid/ask stream payload (<c>&lt;symbol&gt;@bookTicker</c>); it has no <c>e</c>.</summary>
public sealed record BookTickerEvent
{
    /// <summary>Update id (<c>u</c>).</summary>
    [JsonPropertyName("u")]
    public long UpdateId { get; init; }

    /// <summary>Symbol (<c>s</c>).</summary>
    [JsonPropertyName("s")]
    public string Symbol { get; init; } = "";

    /// <summary>Best bid price (<c>b</c>).</summary>
    [JsonPropertyName("b")]
    public decimal BestBidPrice { get; init; }

    /// <summary>Best bid quantity (<c>B</c>).</summary>
    [JsonPropertyName("B")]
    public decimal BestBidQuantity { get; init; }

    /// <summary>Best ask price (<c>a</c>).</summary>
    [JsonPropertyName("a")]
    public decimal BestAskPrice { get; init; }

    /// <summary>Best ask quantity (<c>A</c>).</summary>
    [JsonPropertyName("A")]
    public decimal BestAskQuantity { get; init; }
}
