namespace Spotnet.Engine;

/// <summary>Execution type of an order update (<c>x</c>).</summary>
public enum ExecutionType
{
    /// <summary><c>NEW</c>.</summary>
    New,

    /// <summary><c>CANCELED</c>.</summary>
    Canceled,

    /// <summary><c>REPLACED</c> (amended).</summary>
    Replaced,

    /// <summary><c>REJECTED</c>.</summary>
    Rejected,

    /// <summary><c>TRADE</c>.</summary>
    Trade,

    /// <summary><c>EXPIRED</c>.</summary>
    Expired,

    /// <summary><c>TRADE_PREVENTION</c>.</summary>
    TradePrevention,
}
