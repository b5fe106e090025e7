using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Streams;

/// <summary>Average price stream payload (<c>&lt;symbol&gt;@avgPrice</c>, <c>e</c> = <c>avgPrice</c>).</summary>
public sealed record AveragePriceEvent : MarketStreamEvent
{
    /// <summary>Event type (<c>e</c>).</summary>
    [JsonPropertyName("e")]
    public string EventType => "avgPrice";

    /// <summary>Event time (<c>E</c>).</summary>
    [JsonPropertyName("E")]
    public long EventTime { get; init; }

    /// <summary>Symbol (<c>s</c>).</summary>
    [JsonPropertyName("s")]
    public required string Symbol { get; init; }

    /// <summary>Interval (<c>i</c>).</summary>
    [JsonPropertyName("i")]
    public required string Interval { get; init; }

    /// <summary>Average price (<c>w</c>).</summary>
    [JsonPropertyName("w")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal AveragePrice { get; init; }

    /// <summary>Last trade time (<c>T</c>).</summary>
    [JsonPropertyName("T")]
    public long LastTradeTime { get; init; }
}
