using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Streams;

/// <summary>Best bid/ask stream payload (<c>&lt;symbol&gt;@bookTicker</c>); it has no <c>e</c>.</summary>
public sealed record BookTickerEvent
{
    /// <summary>Update id (<c>u</c>).</summary>
    [JsonPropertyName("u")]
    public long UpdateId { get; init; }

    /// <summary>Symbol (<c>s</c>).</summary>
    [JsonPropertyName("s")]
    public required string Symbol { get; init; }

    /// <summary>Best bid price (<c>b</c>).</summary>
    [JsonPropertyName("b")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal BestBidPrice { get; init; }

    /// <summary>Best bid quantity (<c>B</c>).</summary>
    [JsonPropertyName("B")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal BestBidQuantity { get; init; }

    /// <summary>Best ask price (<c>a</c>).</summary>
    [JsonPropertyName("a")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal BestAskPrice { get; init; }

    /// <summary>Best ask quantity (<c>A</c>).</summary>
    [JsonPropertyName("A")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal BestAskQuantity { get; init; }
}
