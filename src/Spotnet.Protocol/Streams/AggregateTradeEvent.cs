using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Streams;

/// <summary>Aggregate trade stream payload (<c>&lt;symbol&gt;@aggTrade</c>, <c>e</c> = <c>aggTrade</c>).</summary>
public sealed record AggregateTradeEvent : MarketStreamEvent
{
    /// <summary>Event type (<c>e</c>).</summary>
    [JsonPropertyName("e")]
    public string EventType => "aggTrade";

    /// <summary>Event time (<c>E</c>).</summary>
    [JsonPropertyName("E")]
    public long EventTime { get; init; }

    /// <summary>Symbol (<c>s</c>).</summary>
    [JsonPropertyName("s")]
    public required string Symbol { get; init; }

    /// <summary>Aggregate trade id (<c>a</c>).</summary>
    [JsonPropertyName("a")]
    public long AggregateTradeId { get; init; }

    /// <summary>Price (<c>p</c>).</summary>
    [JsonPropertyName("p")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Price { get; init; }

    /// <summary>Quantity (<c>q</c>).</summary>
    [JsonPropertyName("q")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Quantity { get; init; }

    /// <summary>First trade id (<c>f</c>).</summary>
    [JsonPropertyName("f")]
    public long FirstTradeId { get; init; }

    /// <summary>Last trade id (<c>l</c>).</summary>
    [JsonPropertyName("l")]
    public long LastTradeId { get; init; }

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
