namespace Spotnet.Engine;

/// <summary>Why an order expired (<c>expiryReason</c>, <c>eR</c>).</summary>
public enum ExpiryReason
{
    /// <summary><c>NONE</c>.</summary>
    None,

    /// <summary><c>REJECTED</c>.</summary>
    Rejected,

    /// <summary><c>EXCHANGE_CANCELED</c>.</summary>
    ExchangeCanceled,

    /// <summary><c>OCO_TRIGGER</c>.</summary>
    OcoTrigger,

    /// <summary><c>OTO_PHASE_ONE_EXPIRED</c>.</summary>
    OtoPhaseOneExpired,

    /// <summary><c>UNFILLED_IOC_QUANTITY_EXPIRED</c>.</summary>
    UnfilledIocQuantityExpired,

    /// <summary><c>UNFILLED_FOK_ORDER_EXPIRED</c>.</summary>
    UnfilledFokOrderExpired,

    /// <summary><c>INSUFFICIENT_LIQUIDITY</c>.</summary>
    InsufficientLiquidity,

    /// <summary><c>EXECUTION_RULE_PRICE_RANGE_EXCEEDED</c>.</summary>
    ExecutionRulePriceRangeExceeded,
}
