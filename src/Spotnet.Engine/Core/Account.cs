namespace Spotnet.Engine.Core;

/// <summary>An account: balances, open orders, counters for the count filters, and the epoch's history.</summary>
internal sealed class Account
{
    public Account(int id, int assetCount, int symbolCount)
    {
        Id = id;
        Free = new long[assetCount];
        Locked = new long[assetCount];
        OpenOrders = new int[symbolCount];
        OpenAlgoOrders = new int[symbolCount];
        OpenIcebergOrders = new int[symbolCount];
        OpenLists = new int[symbolCount];
    }

    public int Id { get; }
    public long TradeGroupId = -1;
    public bool IsSystem;
    public bool DiscountEnabled;
    public readonly long[] Free;
    public readonly long[] Locked;
    public readonly int[] OpenOrders;
    public readonly int[] OpenAlgoOrders;
    public readonly int[] OpenIcebergOrders;
    public readonly int[] OpenLists;
    public int TotalOpenOrders;
    public int TotalOpenAlgoOrders;
    public int TotalOpenIcebergOrders;
    public int TotalOpenLists;

    /// <summary>Open orders in no particular order; each knows its slot (<see cref="Order.OpenIndex"/>) so removal is a swap with the last.</summary>
    public readonly List<Order> Open = [];
    public readonly ClientOrderIndex ByClientId = new();
    public readonly Dictionary<int, SymbolCommission> Commission = [];

    // History of the epoch (not kept for system accounts).
    public readonly List<Order> Orders = [];
    public readonly List<AccountTrade> Trades = [];
    public readonly List<Allocation> Allocations = [];
    public readonly List<PreventedMatch> PreventedMatches = [];
    public readonly List<Amendment> Amendments = [];
    public readonly List<OrderList> Lists = [];
    public readonly Dictionary<(int SymbolId, string ListClientOrderId), OrderList> ListsByClientId = [];

    public void AddOpen(Order order)
    {
        order.OpenIndex = Open.Count;
        Open.Add(order);
    }

    /// <summary>Removes an open order; false if it was not open.</summary>
    public bool RemoveOpen(Order order)
    {
        var index = order.OpenIndex;
        if (index < 0)
        {
            return false;
        }

        var last = Open[^1];
        Open[index] = last;
        last.OpenIndex = index;
        Open.RemoveAt(Open.Count - 1);
        order.OpenIndex = -1;
        return true;
    }

    public void ClearOpen()
    {
        foreach (var order in Open)
        {
            order.OpenIndex = -1;
        }

        Open.Clear();
    }
}
