using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Streams;

/// <summary>Reference price stream payload (<c>&lt;symbol&gt;@referencePrice</c>, <c>e</c> = <c>referencePrice</c>); <c>r</c> is an explicit null when unset.</summary>
public sealed record ReferencePriceEvent : MarketStreamEvent
{
    /// <summary>Event type (<c>e</c>).</summary>
    [JsonPropertyName("e")]
    public string EventType => "referencePrice";

    /// <summary>Symbol (<c>s</c>).</summary>
    [JsonPropertyName("s")]
    public required string Symbol { get; init; }

    /// <summary>Reference price (<c>r</c>).</summary>
    [JsonPropertyName("r")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? ReferencePrice { get; init; }

    /// <summary>Timestamp (<c>t</c>).</summary>
    [JsonPropertyName("t")]
    public long Timestamp { get; init; }
}
