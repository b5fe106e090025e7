using System.Text.Json.Serialization;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Numbers;

namespace Spotnet.Protocol.Models.Account;

/// <summary>A match prevented by self-trade prevention (<c>GET /api/v3/myPreventedMatches</c>, <c>myPreventedMatches</c>).</summary>
public sealed record PreventedMatch
{
    /// <summary>Symbol (<c>symbol</c>).</summary>
    [JsonPropertyName("symbol")]
    public required string Symbol { get; init; }

    /// <summary>Prevented match id (<c>preventedMatchId</c>).</summary>
    [JsonPropertyName("preventedMatchId")]
    public long PreventedMatchId { get; init; }

    /// <summary>Taker order id (<c>takerOrderId</c>).</summary>
    [JsonPropertyName("takerOrderId")]
    public long TakerOrderId { get; init; }

    /// <summary>Maker symbol (<c>makerSymbol</c>).</summary>
    [JsonPropertyName("makerSymbol")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MakerSymbol { get; init; }

    /// <summary>Maker order id (<c>makerOrderId</c>).</summary>
    [JsonPropertyName("makerOrderId")]
    public long MakerOrderId { get; init; }

    /// <summary>Trade group id (<c>tradeGroupId</c>).</summary>
    [JsonPropertyName("tradeGroupId")]
    public long TradeGroupId { get; init; }

    /// <summary>Self trade prevention mode (<c>selfTradePreventionMode</c>).</summary>
    [JsonPropertyName("selfTradePreventionMode")]
    public SelfTradePreventionMode SelfTradePreventionMode { get; init; }

    /// <summary>Price (<c>price</c>).</summary>
    [JsonPropertyName("price")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Price { get; init; }

    /// <summary>Taker prevented quantity (<c>takerPreventedQuantity</c>).</summary>
    [JsonPropertyName("takerPreventedQuantity")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? TakerPreventedQuantity { get; init; }

    /// <summary>Maker prevented quantity (<c>makerPreventedQuantity</c>).</summary>
    [JsonPropertyName("makerPreventedQuantity")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? MakerPreventedQuantity { get; init; }

    /// <summary>Transact time (<c>transactTime</c>).</summary>
    [JsonPropertyName("transactTime")]
    public long TransactTime { get; init; }

    /// <summary><see cref="TransactTime"/> as a UTC time; the wire unit (ms or µs) is read from the value, see <see cref="WireTime"/>.</summary>
    [JsonIgnore]
    public DateTimeOffset TransactTimeUtc => WireTime.ToDateTimeOffset(TransactTime);
}
