namespace Spotnet.Engine;

/// <summary>A set of order types, for a symbol's allowed <c>orderTypes</c>.</summary>
[Flags]
public enum OrderTypes
{
    /// <summary>No type.</summary>
    None = 0,

    /// <summary><c>LIMIT</c>.</summary>
    Limit = 1 << OrderType.Limit,

    /// <summary><c>MARKET</c>.</summary>
    Market = 1 << OrderType.Market,

    /// <summary><c>STOP_LOSS</c>.</summary>
    StopLoss = 1 << OrderType.StopLoss,

    /// <summary><c>STOP_LOSS_LIMIT</c>.</summary>
    StopLossLimit = 1 << OrderType.StopLossLimit,

    /// <summary><c>TAKE_PROFIT</c>.</summary>
    TakeProfit = 1 << OrderType.TakeProfit,

    /// <summary><c>TAKE_PROFIT_LIMIT</c>.</summary>
    TakeProfitLimit = 1 << OrderType.TakeProfitLimit,

    /// <summary><c>LIMIT_MAKER</c>.</summary>
    LimitMaker = 1 << OrderType.LimitMaker,

    /// <summary>Every type.</summary>
    All = Limit | Market | StopLoss | StopLossLimit | TakeProfit | TakeProfitLimit | LimitMaker,
}
