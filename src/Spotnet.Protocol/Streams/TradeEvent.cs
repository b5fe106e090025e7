using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Streams;

/// <summary>Raw trade stream payload (<c>&lt;symbol&gt;@trade</c>, <c>e</c> = <c>trade</c>).</summary>
public sealed record TradeEvent : MarketStreamEvent
{
    /// <summary>Event type (<c>e</c>).</summary>
    [JsonPropertyName("e")]
    public string EventType => "trade";

    /// <summary>Event time (<c>E</c>).</summary>
    [JsonPropertyName("E")]
    public long EventTime { get; init; }

    /// <summary>Symbol (<c>s</c>).</summary>
    [JsonPropertyName("s")]
    public required string Symbol { get; init; }

    /// <summary>Trade id (<c>t</c>).</summary>
    [JsonPropertyName("t")]
    public long TradeId { get; init; }

    /// <summary>Price (<c>p</c>).</summary>
    [JsonPropertyName("p")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Price { get; init; }

    /// <summary>Quantity (<c>q</c>).</summary>
    [JsonPropertyName("q")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Quantity { get; init; }

    /// <summary>Trade time (<c>T</c>).</summary>
    [JsonPropertyName("T")]
    public long TradeTime { get; init; }

    /// <summary>Is buyer maker (<c>m</c>).</summary>
    [JsonPropertyName("m")]
    public bool IsBuyerMaker { get; init; }

    /// <summary>Ignore (<c>M</c>).</summary>
    [JsonPropertyName("M")]
    public bool Ignore { get; init; }
}
