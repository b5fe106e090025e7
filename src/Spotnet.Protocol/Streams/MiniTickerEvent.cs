using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Streams;

/// <summary>Mini ticker stream payload (<c>&lt;symbol&gt;@miniTicker</c>, <c>!miniTicker@arr</c>, <c>e</c> = <c>24hrMiniTicker</c>).</summary>
public sealed record MiniTickerEvent : MarketStreamEvent
{
    /// <summary>Event type (<c>e</c>).</summary>
    [JsonPropertyName("e")]
    public string EventType => "24hrMiniTicker";

    /// <summary>Event time (<c>E</c>).</summary>
    [JsonPropertyName("E")]
    public long EventTime { get; init; }

    /// <summary>Symbol (<c>s</c>).</summary>
    [JsonPropertyName("s")]
    public required string Symbol { get; init; }

    /// <summary>Close price (<c>c</c>).</summary>
    [JsonPropertyName("c")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal ClosePrice { get; init; }

    /// <summary>Open price (<c>o</c>).</summary>
    [JsonPropertyName("o")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal OpenPrice { get; init; }

    /// <summary>High price (<c>h</c>).</summary>
    [JsonPropertyName("h")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal HighPrice { get; init; }

    /// <summary>Low price (<c>l</c>).</summary>
    [JsonPropertyName("l")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal LowPrice { get; init; }

    /// <summary>Base volume (<c>v</c>).</summary>
    [JsonPropertyName("v")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal BaseVolume { get; init; }

    /// <summary>Quote volume (<c>q</c>).</summary>
    [JsonPropertyName("q")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal QuoteVolume { get; init; }
}
