using Spotnet.Engine.Core;

namespace Spotnet.Engine;

public sealed partial class MatchingEngine
{
    /// <summary>An order of the account (open, or closed in this epoch) by id or client id; false = <c>-2013</c> "Order does not exist.".</summary>
    public bool TryGetOrder(int accountId, int symbolId, long? orderId, string? clientOrderId, out OrderState order)
    {
        order = default;
        if (!IsValidSymbol(symbolId) || !TryGetAccount(accountId, out var account))
        {
            return false;
        }

        var found = FindOrder(_symbols[symbolId], account, orderId, clientOrderId);
        if (found is null)
        {
            return false;
        }

        order = found.ToState();
        return true;
    }

    /// <summary>Open orders of the account on one symbol, or on all symbols when <paramref name="symbolId"/> is null; by symbol then order id.</summary>
    public IReadOnlyList<OrderState> GetOpenOrders(int accountId, int? symbolId = null)
    {
        if (!TryGetAccount(accountId, out var account))
        {
            return [];
        }

        return OpenOrdersOf(account, symbolId ?? -1).Select(o => o.ToState()).ToArray();
    }

    /// <summary>All orders of the account on a symbol in this epoch (<c>allOrders</c>), by order id; empty for system accounts.</summary>
    public IReadOnlyList<OrderState> GetAllOrders(int accountId, int symbolId)
    {
        if (!TryGetAccount(accountId, out var account))
        {
            return [];
        }

        return account.Orders.Where(o => o.SymbolId == symbolId).OrderBy(o => o.OrderId).Select(o => o.ToState()).ToArray();
    }

    /// <summary>The account's trades on a symbol in this epoch (<c>myTrades</c>), by trade id.</summary>
    public IReadOnlyList<AccountTrade> GetAccountTrades(int accountId, int symbolId)
    {
        if (!TryGetAccount(accountId, out var account))
        {
            return [];
        }

        return account.Trades.Where(t => t.SymbolId == symbolId).ToArray();
    }

    /// <summary>The account's prevented matches on a symbol (<c>myPreventedMatches</c>), by id.</summary>
    public IReadOnlyList<PreventedMatch> GetPreventedMatches(int accountId, int symbolId)
    {
        if (!TryGetAccount(accountId, out var account))
        {
            return [];
        }

        return account.PreventedMatches.Where(p => p.SymbolId == symbolId).ToArray();
    }

    /// <summary>Amendments of one order (<c>order/amendments</c>), oldest first.</summary>
    public IReadOnlyList<Amendment> GetAmendments(int accountId, int symbolId, long orderId)
    {
        if (!TryGetAccount(accountId, out var account))
        {
            return [];
        }

        return account.Amendments.Where(a => a.SymbolId == symbolId && a.OrderId == orderId).ToArray();
    }

    /// <summary>Balances of every asset for the account (zero balances included).</summary>
    public IReadOnlyList<Balance> GetBalances(int accountId)
    {
        if (!TryGetAccount(accountId, out var account))
        {
            return [];
        }

        var result = new Balance[account.AssetCount];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new Balance(i, new Quantity(account.Free(i)), new Quantity(account.Locked(i)));
        }

        return result;
    }

    /// <summary>The account's <c>tradeGroupId</c> (-1 when none).</summary>
    public long GetTradeGroupId(int accountId) => TryGetAccount(accountId, out var account) ? account.TradeGroupId : -1;

    /// <summary>The account's commission rates on a symbol (<c>account/commission</c>).</summary>
    public SymbolCommission GetCommission(int accountId, int symbolId) =>
        TryGetAccount(accountId, out var account) && IsValidSymbol(symbolId) ? CommissionFor(account, symbolId) : SymbolCommission.Zero;

    /// <summary>The commission discount as <c>account/commission</c> shows it: enabled for the account, for the symbol, asset and rate (null when none is configured).</summary>
    public (bool EnabledForAccount, bool EnabledForSymbol, int Asset, long Rate)? GetCommissionDiscount(int accountId, int symbolId)
    {
        if (_config.CommissionDiscount is not { } discount || !TryGetAccount(accountId, out var account) || !IsValidSymbol(symbolId))
        {
            return null;
        }

        return (account.DiscountEnabled, _symbols[symbolId].Config.CommissionDiscountEnabled, discount.Asset, discount.Rate);
    }

    /// <summary>Depth snapshot with up to <paramref name="limit"/> levels per side, best first.</summary>
    public DepthSnapshot GetDepth(int symbolId, int limit)
    {
        var symbol = _symbols[symbolId];
        return new DepthSnapshot(symbol.BookUpdateId, Levels(symbol.Bids, limit), Levels(symbol.Asks, limit));
    }

    private static BookLevel[] Levels(BookSide side, int limit)
    {
        var count = Math.Min(limit, side.Count);
        var result = new BookLevel[count];
        for (var i = 0; i < count; i++)
        {
            var level = side.LevelFromBest(i);
            result[i] = new BookLevel(new Price(level.Price), new Quantity(level.Total));
        }

        return result;
    }

    /// <summary>Best bid and ask (null when a side is empty), for <c>bookTicker</c>.</summary>
    public (BookLevel? Bid, BookLevel? Ask) GetBestBidAsk(int symbolId)
    {
        var symbol = _symbols[symbolId];
        return (Top(symbol.Bids), Top(symbol.Asks));
    }

    private static BookLevel? Top(BookSide side) =>
        side.Best is { } level ? new BookLevel(new Price(level.Price), new Quantity(level.Total)) : null;

    /// <summary>Last trade price (null before the first trade of the epoch).</summary>
    public Price? GetLastPrice(int symbolId) => _symbols[symbolId].LastPrice == 0 ? null : new Price(_symbols[symbolId].LastPrice);

    /// <summary>The symbol's book update id (<c>lastUpdateId</c>).</summary>
    public long GetBookUpdateId(int symbolId) => _symbols[symbolId].BookUpdateId;

    /// <summary>Volume-weighted average price over the last <paramref name="minutes"/> minutes at <paramref name="time"/> (µs); the last price if nothing traded in the window; null if never traded.</summary>
    public Price? GetAveragePrice(int symbolId, long time, int minutes)
    {
        var average = _symbols[symbolId].AveragePrice(time, minutes);
        return average == 0 ? null : new Price(average);
    }

    /// <summary>The symbol's reference price at <paramref name="time"/> (µs), or null when it has none (<c>referencePrice</c>).</summary>
    public Price? GetReferencePrice(int symbolId, long time)
    {
        var reference = _symbols[symbolId].ReferencePrice(time);
        return reference == 0 ? null : new Price(reference);
    }

    /// <summary>Current status of a symbol.</summary>
    public SymbolStatus GetSymbolStatus(int symbolId) => _symbols[symbolId].Status;

    /// <summary>Open order counts of the account on a symbol, for <c>myFilters</c> and <c>rateLimit</c> style answers.</summary>
    public (int Orders, int AlgoOrders, int IcebergOrders, int Lists) GetOpenCounts(int accountId, int symbolId)
    {
        if (!TryGetAccount(accountId, out var account))
        {
            return default;
        }

        return (account.OpenOrders[symbolId], account.OpenAlgoOrders[symbolId], account.OpenIcebergOrders[symbolId], account.OpenLists[symbolId]);
    }

    /// <summary>
    /// An order list of the account by list client id (the newest under it), or else by id: with both, only the client
    /// id is used (the WebSocket API's <c>orderList.status</c> rule, taken for REST too).
    /// </summary>
    public ListStatus? GetOrderList(int accountId, long? orderListId, string? listClientOrderId)
    {
        if (!TryGetAccount(accountId, out var account))
        {
            return null;
        }

        // Newest first: a list client id may be reused once its list is done, and then names the newest list, as it
        // does for a cancel.
        for (var i = account.Lists.Count - 1; i >= 0; i--)
        {
            var list = account.Lists[i];
            if (listClientOrderId is not null ? list.ListClientOrderId == listClientOrderId : list.OrderListId == orderListId)
            {
                return list.ToStatus();
            }
        }

        return null;
    }

    /// <summary>All order lists of the account in this epoch (or only open ones), by id.</summary>
    public IReadOnlyList<ListStatus> GetOrderLists(int accountId, bool openOnly)
    {
        if (!TryGetAccount(accountId, out var account))
        {
            return [];
        }

        return account.Lists.Where(l => !openOnly || l.IsOpen).Select(l => l.ToStatus()).ToArray();
    }
}
