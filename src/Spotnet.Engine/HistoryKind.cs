namespace Spotnet.Engine;

/// <summary>What an item of an account's history is.</summary>
public enum HistoryKind : byte
{
    /// <summary>A closed order (<c>allOrders</c>, query order).</summary>
    Order = 1,

    /// <summary>One of the account's trades (<c>myTrades</c>).</summary>
    Trade = 2,

    /// <summary>A prevented match the account took part in (<c>myPreventedMatches</c>).</summary>
    PreventedMatch = 3,

    /// <summary>An SOR allocation (<c>myAllocations</c>).</summary>
    Allocation = 4,

    /// <summary>A keep-priority amendment (<c>order/amendments</c>).</summary>
    Amendment = 5,

    /// <summary>A closed order list (<c>allOrderList</c>, query order list).</summary>
    OrderList = 6,
}
