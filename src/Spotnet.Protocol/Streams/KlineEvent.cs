using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Streams;

/// <summary>Kline stream payload (<c>&lt;symbol&gt;@kline_&lt;interval&gt;</c>, <c>e</c> = <c>kline</c>).</summary>
public sealed record KlineEvent : MarketStreamEvent
{
    /// <summary>Event type (<c>e</c>).</summary>
    [JsonPropertyName("e")]
    public string EventType => "kline";

    /// <summary>Event time (<c>E</c>).</summary>
    [JsonPropertyName("E")]
    public long EventTime { get; init; }

    /// <summary>Symbol (<c>s</c>).</summary>
    [JsonPropertyName("s")]
    public required string Symbol { get; init; }

    /// <summary>Kline (<c>k</c>).</summary>
    [JsonPropertyName("k")]
    public required KlineBar Kline { get; init; }
}
