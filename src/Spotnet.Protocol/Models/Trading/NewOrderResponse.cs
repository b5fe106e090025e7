using System.Text.Json.Serialization;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Numbers;

namespace Spotnet.Protocol.Models.Trading;

/// <summary>Answer to a new order (<c>POST /api/v3/order</c>, <c>order.place</c>, SOR, order list <c>orderReports</c>); ACK carries only the first five fields, RESULT adds the order state, FULL adds <c>fills</c>.</summary>
public sealed record NewOrderResponse
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

    /// <summary>Client order id (<c>clientOrderId</c>).</summary>
    [JsonPropertyName("clientOrderId")]
    public required string ClientOrderId { get; init; }

    /// <summary>Transact time (<c>transactTime</c>).</summary>
    [JsonPropertyName("transactTime")]
    public long TransactTime { get; init; }

    /// <summary><see cref="TransactTime"/> as a UTC time; the wire unit (ms or µs) is read from the value, see <see cref="WireTime"/>.</summary>
    [JsonIgnore]
    public DateTimeOffset TransactTimeUtc => WireTime.ToDateTimeOffset(TransactTime);

    /// <summary>Price (<c>price</c>).</summary>
    [JsonPropertyName("price")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? Price { get; init; }

    /// <summary>Peg price type (<c>pegPriceType</c>).</summary>
    [JsonPropertyName("pegPriceType")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PegPriceType? PegPriceType { get; init; }

    /// <summary>Peg offset type (<c>pegOffsetType</c>).</summary>
    [JsonPropertyName("pegOffsetType")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PegOffsetType? PegOffsetType { get; init; }

    /// <summary>Peg offset value (<c>pegOffsetValue</c>).</summary>
    [JsonPropertyName("pegOffsetValue")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? PegOffsetValue { get; init; }

    /// <summary>Pegged price (<c>peggedPrice</c>).</summary>
    [JsonPropertyName("peggedPrice")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? PeggedPrice { get; init; }

    /// <summary>Original quantity (<c>origQty</c>).</summary>
    [JsonPropertyName("origQty")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? OriginalQuantity { get; init; }

    /// <summary>Executed quantity (<c>executedQty</c>).</summary>
    [JsonPropertyName("executedQty")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? ExecutedQuantity { get; init; }

    /// <summary>Original quote order quantity (<c>origQuoteOrderQty</c>).</summary>
    [JsonPropertyName("origQuoteOrderQty")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? OriginalQuoteOrderQuantity { get; init; }

    /// <summary>Cumulative quote quantity (<c>cummulativeQuoteQty</c>).</summary>
    [JsonPropertyName("cummulativeQuoteQty")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? CumulativeQuoteQuantity { get; init; }

    /// <summary>Status (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public OrderStatus? Status { get; init; }

    /// <summary>Time in force (<c>timeInForce</c>).</summary>
    [JsonPropertyName("timeInForce")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TimeInForce? TimeInForce { get; init; }

    /// <summary>Type (<c>type</c>).</summary>
    [JsonPropertyName("type")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public OrderType? Type { get; init; }

    /// <summary>Side (<c>side</c>).</summary>
    [JsonPropertyName("side")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public OrderSide? Side { get; init; }

    /// <summary>Stop price (<c>stopPrice</c>).</summary>
    [JsonPropertyName("stopPrice")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? StopPrice { get; init; }

    /// <summary>Trailing delta (<c>trailingDelta</c>).</summary>
    [JsonPropertyName("trailingDelta")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? TrailingDelta { get; init; }

    /// <summary>Trailing time (<c>trailingTime</c>).</summary>
    [JsonPropertyName("trailingTime")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? TrailingTime { get; init; }

    /// <summary><see cref="TrailingTime"/> as a UTC time (<see langword="null"/> when absent or <c>-1</c>); the wire unit (ms or µs) is read from the value, see <see cref="WireTime"/>.</summary>
    [JsonIgnore]
    public DateTimeOffset? TrailingTimeUtc => WireTime.ToOptionalDateTimeOffset(TrailingTime);

    /// <summary>Working time (<c>workingTime</c>).</summary>
    [JsonPropertyName("workingTime")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? WorkingTime { get; init; }

    /// <summary><see cref="WorkingTime"/> as a UTC time (<see langword="null"/> when absent or <c>-1</c>); the wire unit (ms or µs) is read from the value, see <see cref="WireTime"/>.</summary>
    [JsonIgnore]
    public DateTimeOffset? WorkingTimeUtc => WireTime.ToOptionalDateTimeOffset(WorkingTime);

    /// <summary>Iceberg quantity (<c>icebergQty</c>).</summary>
    [JsonPropertyName("icebergQty")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? IcebergQuantity { get; init; }

    /// <summary>Strategy id (<c>strategyId</c>).</summary>
    [JsonPropertyName("strategyId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? StrategyId { get; init; }

    /// <summary>Strategy type (<c>strategyType</c>).</summary>
    [JsonPropertyName("strategyType")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? StrategyType { get; init; }

    /// <summary>Fills (<c>fills</c>).</summary>
    [JsonPropertyName("fills")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<OrderFill>? Fills { get; init; }

    /// <summary>Prevented matches (<c>preventedMatches</c>).</summary>
    [JsonPropertyName("preventedMatches")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<OrderPreventedMatch>? PreventedMatches { get; init; }

    /// <summary>Working floor (<c>workingFloor</c>).</summary>
    [JsonPropertyName("workingFloor")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public WorkingFloor? WorkingFloor { get; init; }

    /// <summary>Self trade prevention mode (<c>selfTradePreventionMode</c>).</summary>
    [JsonPropertyName("selfTradePreventionMode")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SelfTradePreventionMode? SelfTradePreventionMode { get; init; }

    /// <summary>Trade group id (<c>tradeGroupId</c>).</summary>
    [JsonPropertyName("tradeGroupId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? TradeGroupId { get; init; }

    /// <summary>Prevented match id (<c>preventedMatchId</c>).</summary>
    [JsonPropertyName("preventedMatchId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? PreventedMatchId { get; init; }

    /// <summary>Prevented quantity (<c>preventedQuantity</c>).</summary>
    [JsonPropertyName("preventedQuantity")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? PreventedQuantity { get; init; }

    /// <summary>Used sor (<c>usedSor</c>).</summary>
    [JsonPropertyName("usedSor")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? UsedSor { get; init; }

    /// <summary>Expiry reason (<c>expiryReason</c>).</summary>
    [JsonPropertyName("expiryReason")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ExpiryReason? ExpiryReason { get; init; }
}
