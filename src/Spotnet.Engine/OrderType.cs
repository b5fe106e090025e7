namespace Spotnet.Engine;

/// <summary>Order type (<c>type</c>).</summary>
public enum OrderType
{
    /// <summary><c>LIMIT</c>.</summary>
    Limit,

    /// <summary><c>MARKET</c>.</summary>
    Market,

    /// <summary><c>STOP_LOSS</c>.</summary>
    StopLoss,

    /// <summary><c>STOP_LOSS_LIMIT</c>.</summary>
    StopLossLimit,

    /// <summary><c>TAKE_PROFIT</c>.</summary>
    TakeProfit,

    /// <summary><c>TAKE_PROFIT_LIMIT</c>.</summary>
    TakeProfitLimit,

    /// <summary><c>LIMIT_MAKER</c>.</summary>
    LimitMaker,
}
