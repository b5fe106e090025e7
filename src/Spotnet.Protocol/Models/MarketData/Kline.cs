using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Numbers;

namespace Spotnet.Protocol.Models.MarketData;

/// <summary>One candle (<c>GET /api/v3/klines</c>, <c>GET /api/v3/uiKlines</c>, <c>klines</c>, <c>uiKlines</c>), a twelve-element array on the wire.</summary>
[JsonConverter(typeof(KlineConverter))]
public sealed record Kline
{
    /// <summary>Kline open time (element 0).</summary>
    public long OpenTime { get; init; }

    /// <summary><see cref="OpenTime"/> as a UTC time; the wire unit (ms or µs) is read from the value, see <see cref="WireTime"/>.</summary>
    public DateTimeOffset OpenTimeUtc => WireTime.ToDateTimeOffset(OpenTime);

    /// <summary>Open price (element 1).</summary>
    public decimal OpenPrice { get; init; }

    /// <summary>High price (element 2).</summary>
    public decimal HighPrice { get; init; }

    /// <summary>Low price (element 3).</summary>
    public decimal LowPrice { get; init; }

    /// <summary>Close price (element 4).</summary>
    public decimal ClosePrice { get; init; }

    /// <summary>Base asset volume (element 5).</summary>
    public decimal Volume { get; init; }

    /// <summary>Kline close time (element 6).</summary>
    public long CloseTime { get; init; }

    /// <summary><see cref="CloseTime"/> as a UTC time; the wire unit (ms or µs) is read from the value, see <see cref="WireTime"/>.</summary>
    public DateTimeOffset CloseTimeUtc => WireTime.ToDateTimeOffset(CloseTime);

    /// <summary>Quote asset volume (element 7).</summary>
    public decimal QuoteVolume { get; init; }

    /// <summary>Number of trades (element 8).</summary>
    public long TradeCount { get; init; }

    /// <summary>Taker buy base asset volume (element 9).</summary>
    public decimal TakerBuyBaseVolume { get; init; }

    /// <summary>Taker buy quote asset volume (element 10).</summary>
    public decimal TakerBuyQuoteVolume { get; init; }

    /// <summary>Unused field that Binance sends as <c>"0"</c> (element 11).</summary>
    public string Unused { get; init; } = "0";
}
