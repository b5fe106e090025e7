using System.Text.Json.Serialization;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Numbers;

namespace Spotnet.Protocol.Models.Trading;

/// <summary>The order after an amendment (<c>amendedOrder</c>); note the spellings <c>qty</c> and <c>cumulativeQuoteQty</c>.</summary>
public sealed record AmendedOrder
{
    /// <summary>Symbol (<c>symbol</c>).</summary>
    [JsonPropertyName("symbol")]
    public required string Symbol { get; init; }

    /// <summary>Order id (<c>orderId</c>).</summary>
    [JsonPropertyName("orderId")]
    public long OrderId { get; init; }

    /// <summary>Order list id (<c>orderListId</c>).</summary>
    [JsonPropertyName("orderListId")]
    public long OrderListId { get; init; }

    /// <summary>Original client order id (<c>origClientOrderId</c>).</summary>
    [JsonPropertyName("origClientOrderId")]
    public required string OriginalClientOrderId { get; init; }

    /// <summary>Client order id (<c>clientOrderId</c>).</summary>
    [JsonPropertyName("clientOrderId")]
    public required string ClientOrderId { get; init; }

    /// <summary>Price (<c>price</c>).</summary>
    [JsonPropertyName("price")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Price { get; init; }

    /// <summary>Quantity (<c>qty</c>).</summary>
    [JsonPropertyName("qty")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Quantity { get; init; }

    /// <summary>Executed quantity (<c>executedQty</c>).</summary>
    [JsonPropertyName("executedQty")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal ExecutedQuantity { get; init; }

    /// <summary>Prevented quantity (<c>preventedQty</c>).</summary>
    [JsonPropertyName("preventedQty")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal PreventedQuantity { get; init; }

    /// <summary>Quote order quantity (<c>quoteOrderQty</c>).</summary>
    [JsonPropertyName("quoteOrderQty")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal QuoteOrderQuantity { get; init; }

    /// <summary>Cumulative quote quantity (<c>cumulativeQuoteQty</c>).</summary>
    [JsonPropertyName("cumulativeQuoteQty")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal CumulativeQuoteQuantity { get; init; }

    /// <summary>Status (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public OrderStatus Status { get; init; }

    /// <summary>Time in force (<c>timeInForce</c>).</summary>
    [JsonPropertyName("timeInForce")]
    public TimeInForce TimeInForce { get; init; }

    /// <summary>Type (<c>type</c>).</summary>
    [JsonPropertyName("type")]
    public OrderType Type { get; init; }

    /// <summary>Side (<c>side</c>).</summary>
    [JsonPropertyName("side")]
    public OrderSide Side { get; init; }

    /// <summary>Working time (<c>workingTime</c>).</summary>
    [JsonPropertyName("workingTime")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? WorkingTime { get; init; }

    /// <summary><see cref="WorkingTime"/> as a UTC time (<see langword="null"/> when absent or <c>-1</c>); the wire unit (ms or µs) is read from the value, see <see cref="WireTime"/>.</summary>
    [JsonIgnore]
    public DateTimeOffset? WorkingTimeUtc => WireTime.ToOptionalDateTimeOffset(WorkingTime);

    /// <summary>Self trade prevention mode (<c>selfTradePreventionMode</c>).</summary>
    [JsonPropertyName("selfTradePreventionMode")]
    public SelfTradePreventionMode SelfTradePreventionMode { get; init; }
}
