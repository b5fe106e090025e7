using System.Text.Json.Serialization;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Streams;

/// <summary>The candle inside a kline stream payload (<c>k</c>).</summary>
public sealed record KlineBar
{
    /// <summary>Open time (<c>t</c>).</summary>
    [JsonPropertyName("t")]
    public long OpenTime { get; init; }

    /// <summary>Close time (<c>T</c>).</summary>
    [JsonPropertyName("T")]
    public long CloseTime { get; init; }

    /// <summary>Symbol (<c>s</c>).</summary>
    [JsonPropertyName("s")]
    public required string Symbol { get; init; }

    /// <summary>Interval (<c>i</c>).</summary>
    [JsonPropertyName("i")]
    public KlineInterval Interval { get; init; }

    /// <summary>First trade id (<c>f</c>).</summary>
    [JsonPropertyName("f")]
    public long FirstTradeId { get; init; }

    /// <summary>Last trade id (<c>L</c>).</summary>
    [JsonPropertyName("L")]
    public long LastTradeId { get; init; }

    /// <summary>Open price (<c>o</c>).</summary>
    [JsonPropertyName("o")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal OpenPrice { get; init; }

    /// <summary>Close price (<c>c</c>).</summary>
    [JsonPropertyName("c")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal ClosePrice { get; init; }

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

    /// <summary>Trade count (<c>n</c>).</summary>
    [JsonPropertyName("n")]
    public long TradeCount { get; init; }

    /// <summary>Is closed (<c>x</c>).</summary>
    [JsonPropertyName("x")]
    public bool IsClosed { get; init; }

    /// <summary>Quote volume (<c>q</c>).</summary>
    [JsonPropertyName("q")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal QuoteVolume { get; init; }

    /// <summary>Taker buy base volume (<c>V</c>).</summary>
    [JsonPropertyName("V")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal TakerBuyBaseVolume { get; init; }

    /// <summary>Taker buy quote volume (<c>Q</c>).</summary>
    [JsonPropertyName("Q")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal TakerBuyQuoteVolume { get; init; }

    /// <summary>Ignore (<c>B</c>).</summary>
    [JsonPropertyName("B")]
    public required string Ignore { get; init; }
}
