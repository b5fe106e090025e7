using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Streams;

/// <summary>Rolling window ticker stream payload (<c>&lt;symbol&gt;@ticker_&lt;window&gt;</c>, <c>e</c> = <c>1hTicker</c>, <c>4hTicker</c> or <c>1dTicker</c>).</summary>
public sealed record WindowTickerEvent : MarketStreamEvent
{
    /// <summary>Event type (<c>e</c>).</summary>
    [JsonPropertyName("e")]
    public string EventType { get; init; } = "1hTicker";

    /// <summary>Event time (<c>E</c>).</summary>
    [JsonPropertyName("E")]
    public long EventTime { get; init; }

    /// <summary>Symbol (<c>s</c>).</summary>
    [JsonPropertyName("s")]
    public required string Symbol { get; init; }

    /// <summary>Price change (<c>p</c>).</summary>
    [JsonPropertyName("p")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal PriceChange { get; init; }

    /// <summary>Price change percent (<c>P</c>).</summary>
    [JsonPropertyName("P")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal PriceChangePercent { get; init; }

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

    /// <summary>Last price (<c>c</c>).</summary>
    [JsonPropertyName("c")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal LastPrice { get; init; }

    /// <summary>Weighted average price (<c>w</c>).</summary>
    [JsonPropertyName("w")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal WeightedAveragePrice { get; init; }

    /// <summary>Base volume (<c>v</c>).</summary>
    [JsonPropertyName("v")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal BaseVolume { get; init; }

    /// <summary>Quote volume (<c>q</c>).</summary>
    [JsonPropertyName("q")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal QuoteVolume { get; init; }

    /// <summary>Statistics open time (<c>O</c>).</summary>
    [JsonPropertyName("O")]
    public long StatisticsOpenTime { get; init; }

    /// <summary>Statistics close time (<c>C</c>).</summary>
    [JsonPropertyName("C")]
    public long StatisticsCloseTime { get; init; }

    /// <summary>First trade id (<c>F</c>).</summary>
    [JsonPropertyName("F")]
    public long FirstTradeId { get; init; }

    /// <summary>Last trade id (<c>L</c>).</summary>
    [JsonPropertyName("L")]
    public long LastTradeId { get; init; }

    /// <summary>Trade count (<c>n</c>).</summary>
    [JsonPropertyName("n")]
    public long TradeCount { get; init; }
}
