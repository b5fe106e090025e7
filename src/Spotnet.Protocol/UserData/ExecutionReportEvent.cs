using System.Text.Json.Serialization;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Json;
using MatchType = Spotnet.Protocol.Enums.MatchType;

namespace Spotnet.Protocol.UserData;

/// <summary>Order update (<c>e</c> = <c>executionReport</c>); conditional fields are omitted when absent, <c>N</c> stays an explicit null.</summary>
public sealed record ExecutionReportEvent : UserDataEvent
{
    /// <summary>Event type (<c>e</c>).</summary>
    [JsonPropertyName("e")]
    public string EventType => "executionReport";

    /// <summary>Event time (<c>E</c>).</summary>
    [JsonPropertyName("E")]
    public long EventTime { get; init; }

    /// <summary>Symbol (<c>s</c>).</summary>
    [JsonPropertyName("s")]
    public required string Symbol { get; init; }

    /// <summary>Client order id (<c>c</c>).</summary>
    [JsonPropertyName("c")]
    public required string ClientOrderId { get; init; }

    /// <summary>Side (<c>S</c>).</summary>
    [JsonPropertyName("S")]
    public OrderSide Side { get; init; }

    /// <summary>Order type (<c>o</c>).</summary>
    [JsonPropertyName("o")]
    public OrderType OrderType { get; init; }

    /// <summary>Time in force (<c>f</c>).</summary>
    [JsonPropertyName("f")]
    public TimeInForce TimeInForce { get; init; }

    /// <summary>Quantity (<c>q</c>).</summary>
    [JsonPropertyName("q")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Quantity { get; init; }

    /// <summary>Price (<c>p</c>).</summary>
    [JsonPropertyName("p")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Price { get; init; }

    /// <summary>Stop price (<c>P</c>).</summary>
    [JsonPropertyName("P")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal StopPrice { get; init; }

    /// <summary>Trailing delta (<c>d</c>).</summary>
    [JsonPropertyName("d")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? TrailingDelta { get; init; }

    /// <summary>Iceberg quantity (<c>F</c>).</summary>
    [JsonPropertyName("F")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal IcebergQuantity { get; init; }

    /// <summary>Order list id (<c>g</c>).</summary>
    [JsonPropertyName("g")]
    public long OrderListId { get; init; }

    /// <summary>Original client order id (<c>C</c>).</summary>
    [JsonPropertyName("C")]
    public required string OriginalClientOrderId { get; init; }

    /// <summary>Execution type (<c>x</c>).</summary>
    [JsonPropertyName("x")]
    public ExecutionType ExecutionType { get; init; }

    /// <summary>Order status (<c>X</c>).</summary>
    [JsonPropertyName("X")]
    public OrderStatus OrderStatus { get; init; }

    /// <summary>Reject reason (<c>r</c>).</summary>
    [JsonPropertyName("r")]
    public OrderRejectReason RejectReason { get; init; }

    /// <summary>Order id (<c>i</c>).</summary>
    [JsonPropertyName("i")]
    public long OrderId { get; init; }

    /// <summary>Last executed quantity (<c>l</c>).</summary>
    [JsonPropertyName("l")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal LastExecutedQuantity { get; init; }

    /// <summary>Cumulative filled quantity (<c>z</c>).</summary>
    [JsonPropertyName("z")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal CumulativeFilledQuantity { get; init; }

    /// <summary>Last executed price (<c>L</c>).</summary>
    [JsonPropertyName("L")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal LastExecutedPrice { get; init; }

    /// <summary>Commission (<c>n</c>).</summary>
    [JsonPropertyName("n")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Commission { get; init; }

    /// <summary>Commission asset (<c>N</c>).</summary>
    [JsonPropertyName("N")]
    public string? CommissionAsset { get; init; }

    /// <summary>Transaction time (<c>T</c>).</summary>
    [JsonPropertyName("T")]
    public long TransactionTime { get; init; }

    /// <summary>Trade id (<c>t</c>).</summary>
    [JsonPropertyName("t")]
    public long TradeId { get; init; }

    /// <summary>Prevented match id (<c>v</c>).</summary>
    [JsonPropertyName("v")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? PreventedMatchId { get; init; }

    /// <summary>Execution id (<c>I</c>).</summary>
    [JsonPropertyName("I")]
    public long ExecutionId { get; init; }

    /// <summary>Is on book (<c>w</c>).</summary>
    [JsonPropertyName("w")]
    public bool IsOnBook { get; init; }

    /// <summary>Is maker (<c>m</c>).</summary>
    [JsonPropertyName("m")]
    public bool IsMaker { get; init; }

    /// <summary>Ignore (<c>M</c>).</summary>
    [JsonPropertyName("M")]
    public bool Ignore { get; init; }

    /// <summary>Order creation time (<c>O</c>).</summary>
    [JsonPropertyName("O")]
    public long OrderCreationTime { get; init; }

    /// <summary>Cumulative quote quantity (<c>Z</c>).</summary>
    [JsonPropertyName("Z")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal CumulativeQuoteQuantity { get; init; }

    /// <summary>Last quote quantity (<c>Y</c>).</summary>
    [JsonPropertyName("Y")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal LastQuoteQuantity { get; init; }

    /// <summary>Quote order quantity (<c>Q</c>).</summary>
    [JsonPropertyName("Q")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal QuoteOrderQuantity { get; init; }

    /// <summary>Trailing time (<c>D</c>).</summary>
    [JsonPropertyName("D")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? TrailingTime { get; init; }

    /// <summary>Strategy id (<c>j</c>).</summary>
    [JsonPropertyName("j")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? StrategyId { get; init; }

    /// <summary>Strategy type (<c>J</c>).</summary>
    [JsonPropertyName("J")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? StrategyType { get; init; }

    /// <summary>Working time (<c>W</c>).</summary>
    [JsonPropertyName("W")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? WorkingTime { get; init; }

    /// <summary>Self trade prevention mode (<c>V</c>).</summary>
    [JsonPropertyName("V")]
    public SelfTradePreventionMode SelfTradePreventionMode { get; init; }

    /// <summary>Prevented quantity (<c>A</c>).</summary>
    [JsonPropertyName("A")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? PreventedQuantity { get; init; }

    /// <summary>Last prevented quantity (<c>B</c>).</summary>
    [JsonPropertyName("B")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? LastPreventedQuantity { get; init; }

    /// <summary>Trade group id (<c>u</c>).</summary>
    [JsonPropertyName("u")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? TradeGroupId { get; init; }

    /// <summary>Counter order id (<c>U</c>).</summary>
    [JsonPropertyName("U")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? CounterOrderId { get; init; }

    /// <summary>Counter symbol (<c>Cs</c>).</summary>
    [JsonPropertyName("Cs")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CounterSymbol { get; init; }

    /// <summary>Prevented execution quantity (<c>pl</c>).</summary>
    [JsonPropertyName("pl")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? PreventedExecutionQuantity { get; init; }

    /// <summary>Prevented execution price (<c>pL</c>).</summary>
    [JsonPropertyName("pL")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? PreventedExecutionPrice { get; init; }

    /// <summary>Prevented execution quote quantity (<c>pY</c>).</summary>
    [JsonPropertyName("pY")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? PreventedExecutionQuoteQuantity { get; init; }

    /// <summary>Match type (<c>b</c>).</summary>
    [JsonPropertyName("b")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MatchType? MatchType { get; init; }

    /// <summary>Allocation id (<c>a</c>).</summary>
    [JsonPropertyName("a")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? AllocationId { get; init; }

    /// <summary>Working floor (<c>k</c>).</summary>
    [JsonPropertyName("k")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public WorkingFloor? WorkingFloor { get; init; }

    /// <summary>Used sor (<c>uS</c>).</summary>
    [JsonPropertyName("uS")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? UsedSor { get; init; }

    /// <summary>Peg price type (<c>gP</c>).</summary>
    [JsonPropertyName("gP")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PegPriceType? PegPriceType { get; init; }

    /// <summary>Peg offset type (<c>gOT</c>).</summary>
    [JsonPropertyName("gOT")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PegOffsetType? PegOffsetType { get; init; }

    /// <summary>Peg offset value (<c>gOV</c>).</summary>
    [JsonPropertyName("gOV")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? PegOffsetValue { get; init; }

    /// <summary>Pegged price (<c>gp</c>).</summary>
    [JsonPropertyName("gp")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? PeggedPrice { get; init; }

    /// <summary>Expiry reason (<c>eR</c>).</summary>
    [JsonPropertyName("eR")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ExpiryReason? ExpiryReason { get; init; }
}
