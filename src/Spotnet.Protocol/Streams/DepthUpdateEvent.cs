using System.Text.Json.Serialization;
using Spotnet.Protocol.Models.MarketData;

namespace Spotnet.Protocol.Streams;

/// <summary>Diff. depth stream payload (<c>&lt;symbol&gt;@depth</c>, <c>e</c> = <c>depthUpdate</c>).</summary>
public sealed record DepthUpdateEvent : MarketStreamEvent
{
    /// <summary>Event type (<c>e</c>).</summary>
    [JsonPropertyName("e")]
    public string EventType => "depthUpdate";

    /// <summary>Event time (<c>E</c>).</summary>
    [JsonPropertyName("E")]
    public long EventTime { get; init; }

    /// <summary>Symbol (<c>s</c>).</summary>
    [JsonPropertyName("s")]
    public required string Symbol { get; init; }

    /// <summary>First update id (<c>U</c>).</summary>
    [JsonPropertyName("U")]
    public long FirstUpdateId { get; init; }

    /// <summary>Final update id (<c>u</c>).</summary>
    [JsonPropertyName("u")]
    public long FinalUpdateId { get; init; }

    /// <summary>Bids (<c>b</c>).</summary>
    [JsonPropertyName("b")]
    public required IReadOnlyList<PriceLevel> Bids { get; init; }

    /// <summary>Asks (<c>a</c>).</summary>
    [JsonPropertyName("a")]
    public required IReadOnlyList<PriceLevel> Asks { get; init; }
}
