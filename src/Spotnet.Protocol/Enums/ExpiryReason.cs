using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>Why an order expired (<c>expiryReason</c>, <c>eR</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExpiryReason>))]
public enum ExpiryReason
{
    /// <summary><c>NONE</c></summary>
    [JsonStringEnumMemberName("NONE")]
    None,
    /// <summary><c>REJECTED</c></summary>
    [JsonStringEnumMemberName("REJECTED")]
    Rejected,
    /// <summary><c>EXCHANGE_CANCELED</c></summary>
    [JsonStringEnumMemberName("EXCHANGE_CANCELED")]
    ExchangeCanceled,
    /// <summary><c>OCO_TRIGGER</c></summary>
    [JsonStringEnumMemberName("OCO_TRIGGER")]
    OcoTrigger,
    /// <summary><c>OTO_PHASE_ONE_EXPIRED</c></summary>
    [JsonStringEnumMemberName("OTO_PHASE_ONE_EXPIRED")]
    OtoPhaseOneExpired,
    /// <summary><c>UNFILLED_IOC_QUANTITY_EXPIRED</c></summary>
    [JsonStringEnumMemberName("UNFILLED_IOC_QUANTITY_EXPIRED")]
    UnfilledIocQuantityExpired,
    /// <summary><c>UNFILLED_FOK_ORDER_EXPIRED</c></summary>
    [JsonStringEnumMemberName("UNFILLED_FOK_ORDER_EXPIRED")]
    UnfilledFokOrderExpired,
    /// <summary><c>INSUFFICIENT_LIQUIDITY</c></summary>
    [JsonStringEnumMemberName("INSUFFICIENT_LIQUIDITY")]
    InsufficientLiquidity,
    /// <summary><c>EXECUTION_RULE_PRICE_RANGE_EXCEEDED</c></summary>
    [JsonStringEnumMemberName("EXECUTION_RULE_PRICE_RANGE_EXCEEDED")]
    ExecutionRulePriceRangeExceeded,
}
