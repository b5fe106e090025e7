using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Numbers;

namespace Spotnet.Protocol.Models.MarketData;

/// <summary>Mini ticker statistics (any ticker endpoint with type <c>MINI</c>).</summary>
public sealed record MiniTicker
{
    /// <summary>Symbol (<c>symbol</c>).</summary>
    [JsonPropertyName("symbol")]
    public required string Symbol { get; init; }

    /// <summary>Open price (<c>openPrice</c>).</summary>
    [JsonPropertyName("openPrice")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal OpenPrice { get; init; }

    /// <summary>High price (<c>highPrice</c>).</summary>
    [JsonPropertyName("highPrice")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal HighPrice { get; init; }

    /// <summary>Low price (<c>lowPrice</c>).</summary>
    [JsonPropertyName("lowPrice")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal LowPrice { get; init; }

    /// <summary>Last price (<c>lastPrice</c>).</summary>
    [JsonPropertyName("lastPrice")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal LastPrice { get; init; }

    /// <summary>Volume (<c>volume</c>).</summary>
    [JsonPropertyName("volume")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Volume { get; init; }

    /// <summary>Quote volume (<c>quoteVolume</c>).</summary>
    [JsonPropertyName("quoteVolume")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal QuoteVolume { get; init; }

    /// <summary>Open time (<c>openTime</c>).</summary>
    [JsonPropertyName("openTime")]
    public long OpenTime { get; init; }

    /// <summary><see cref="OpenTime"/> as a UTC time; the wire unit (ms or µs) is read from the value, see <see cref="WireTime"/>.</summary>
    [JsonIgnore]
    public DateTimeOffset OpenTimeUtc => WireTime.ToDateTimeOffset(OpenTime);

    /// <summary>Close time (<c>closeTime</c>).</summary>
    [JsonPropertyName("closeTime")]
    public long CloseTime { get; init; }

    /// <summary><see cref="CloseTime"/> as a UTC time; the wire unit (ms or µs) is read from the value, see <see cref="WireTime"/>.</summary>
    [JsonIgnore]
    public DateTimeOffset CloseTimeUtc => WireTime.ToDateTimeOffset(CloseTime);

    /// <summary>First id (<c>firstId</c>).</summary>
    [JsonPropertyName("firstId")]
    public long FirstId { get; init; }

    /// <summary>Last id (<c>lastId</c>).</summary>
    [JsonPropertyName("lastId")]
    public long LastId { get; init; }

    /// <summary>Count (<c>count</c>).</summary>
    [JsonPropertyName("count")]
    public long Count { get; init; }
}
