namespace Spotnet.Engine.Core;

/// <summary>An account: balances, open orders, counters for the count filters, and the epoch's history.</summary>
internal sealed class Account
{
    public Account(int id, int assetCount, int symbolCount)
    {
        Id = id;
        _balances = new long[assetCount * 2];
        OpenOrders = new int[symbolCount];
        OpenAlgoOrders = new int[symbolCount];
        OpenIcebergOrders = new int[symbolCount];
        OpenLists = new int[symbolCount];
    }

    public int Id { get; }
    public long TradeGroupId = -1;
    public bool IsSystem;
    public bool DiscountEnabled;

    // Free and locked of each asset side by side (free at 2a, locked at 2a + 1): a reservation or release, which moves
    // an amount between the two, touches one cache line instead of one in each of two arrays.
    private readonly long[] _balances;

    public int AssetCount => _balances.Length / 2;

    public ref long Free(int asset) => ref _balances[asset * 2];

    public ref long Locked(int asset) => ref _balances[(asset * 2) + 1];

    public void ClearBalances() => Array.Clear(_balances);

    public readonly int[] OpenOrders;
    public readonly int[] OpenAlgoOrders;
    public readonly int[] OpenIcebergOrders;
    public readonly int[] OpenLists;
    public int TotalOpenOrders;
    public int TotalOpenAlgoOrders;
    public int TotalOpenIcebergOrders;
    public int TotalOpenLists;

    public readonly OpenOrders Open = new();
    public ClientOrderIndex ByClientId = new(); // a struct: used in place, never copied
    public readonly Dictionary<int, SymbolCommission> Commission = [];

    // History of the epoch (not kept for system accounts).
    public readonly List<Order> Orders = [];
    public readonly List<AccountTrade> Trades = [];
    public readonly List<Allocation> Allocations = [];
    public readonly List<PreventedMatch> PreventedMatches = [];
    public readonly List<Amendment> Amendments = [];
    public readonly List<OrderList> Lists = [];
    public readonly Dictionary<(int SymbolId, string ListClientOrderId), OrderList> ListsByClientId = [];

    // What the spill under way takes out of this account's history (see MatchingEngine.SpillHistory).
    public bool SpillPending;
    public int SpilledTrades;
    public int SpilledPreventedMatches;
    public int SpilledAllocations;
    public int SpilledAmendments;
    public bool SpilledOrders;
    public bool SpilledLists;

    public void AddOpen(Order order) => Open.Add(order);

    /// <summary>Removes an open order; false if it was not open.</summary>
    public bool RemoveOpen(Order order) => Open.Remove(order);

    public void ClearOpen() => Open.Clear();
}
