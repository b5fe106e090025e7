using Spotnet.Engine;
using Spotnet.Server.Storage;

namespace Spotnet.Server.Exchange;

/// <summary>
/// History queries: what the engine keeps in memory, merged with what left it (held until written, then stored), by id.
/// The engine and the held items are read together under the engine lock; the store after that, outside it. An item is always
/// in at least one of the three when read in that order (it moves engine → held → stored, and leaves the held items only
/// once stored), and one found twice is the same item: the newer source wins.
/// </summary>
public sealed partial class ExchangeHost
{
    /// <summary>
    /// Orders of an account on a symbol in this epoch (<c>allOrders</c>), by order id: all of them, or at least those
    /// <paramref name="range"/> asks for (a caller applying the same range to the answer gets what it would from all).
    /// </summary>
    public Task<IReadOnlyList<OrderState>> AllOrdersAsync(long serverAccountId, int symbolId, HistoryRange? range = null) =>
        ReadHistoryAsync(
            serverAccountId, symbolId, HistoryKind.Order, (engine, account) => engine.GetAllOrders(account, symbolId), item => item.Order, order => order.OrderId, range);

    /// <summary>The account's trades on a symbol in this epoch (<c>myTrades</c>), by trade id: all, or at least those <paramref name="range"/> asks for.</summary>
    public Task<IReadOnlyList<AccountTrade>> AccountTradesAsync(long serverAccountId, int symbolId, HistoryRange? range = null) =>
        ReadHistoryAsync(
            serverAccountId, symbolId, HistoryKind.Trade, (engine, account) => engine.GetAccountTrades(account, symbolId), item => item.Trade, trade => trade.TradeId, range);

    /// <summary>The account's prevented matches on a symbol (<c>myPreventedMatches</c>), by id: all, or at least those <paramref name="range"/> asks for.</summary>
    public Task<IReadOnlyList<PreventedMatch>> PreventedMatchesAsync(long serverAccountId, int symbolId, HistoryRange? range = null) =>
        ReadHistoryAsync(
            serverAccountId, symbolId, HistoryKind.PreventedMatch, (engine, account) => engine.GetPreventedMatches(account, symbolId), item => item.PreventedMatch,
            match => match.PreventedMatchId, range);

    /// <summary>The account's SOR allocations on a symbol (<c>myAllocations</c>), by id: all, or at least those <paramref name="range"/> asks for.</summary>
    public Task<IReadOnlyList<Allocation>> AllocationsAsync(long serverAccountId, int symbolId, HistoryRange? range = null) =>
        ReadHistoryAsync(
            serverAccountId, symbolId, HistoryKind.Allocation, (engine, account) => engine.GetAllocations(account, symbolId), item => item.Allocation,
            allocation => allocation.AllocationId, range);

    /// <summary>Every order list of the account in this epoch, on all symbols (<c>allOrderList</c>), by id: all, or at least those <paramref name="range"/> asks for.</summary>
    public Task<IReadOnlyList<ListStatus>> OrderListsAsync(long serverAccountId, HistoryRange? range = null) =>
        ReadHistoryAsync(
            serverAccountId, -1, HistoryKind.OrderList, (engine, account) => engine.GetOrderLists(account, openOnly: false), item => item.List!, list => list.OrderListId, range);

    /// <summary>
    /// Whether the order exists, and its amendments (<c>order/amendments</c>), oldest first: all, or at least those
    /// <paramref name="range"/> asks for (its <see cref="HistoryRange.OrderId"/> is the order's).
    /// </summary>
    public async Task<(bool Exists, IReadOnlyList<Amendment> Amendments)> AmendmentsAsync(long serverAccountId, int symbolId, long orderId, HistoryRange? range = null)
    {
        var order = await FindOrderAsync(serverAccountId, symbolId, orderId, null).ConfigureAwait(false);
        if (order is null)
        {
            return (false, []);
        }

        var amendments = await ReadHistoryAsync(
            serverAccountId, symbolId, HistoryKind.Amendment, (engine, account) => engine.GetAmendments(account, symbolId, orderId), item => item.Amendment,
            amendment => amendment.ExecutionId, (range ?? new HistoryRange()) with { OrderId = orderId }).ConfigureAwait(false);
        return (true, [.. amendments.Where(amendment => amendment.OrderId == orderId)]);
    }

    /// <summary>An order of the account (open, or closed in this epoch) by id and/or client id (query order); null = "Order does not exist.".</summary>
    public async Task<OrderState?> FindOrderAsync(long serverAccountId, int symbolId, long? orderId, string? clientOrderId)
    {
        var (found, order, held, epoch, account) = await RunAsync(session =>
        {
            var account = session.Account(serverAccountId);
            var epoch = session.Engine.Epoch;
            var found = session.Engine.TryGetOrder(account, symbolId, orderId, clientOrderId, out var order);
            var held = found || session.Archive is null
                ? null
                : session.Archive.Held(epoch, account, HistoryKind.Order, symbolId).LastOrDefault(item => Matches(item, orderId, clientOrderId));
            return (found, order, held, epoch, account);
        }).ConfigureAwait(false);
        if (found)
        {
            return order;
        }

        if (held is not null)
        {
            return held.Order;
        }

        return _archive is not null && _archive.FindStored(epoch, account, HistoryKind.Order, symbolId, orderId, clientOrderId) is { } stored
            && Matches(stored, orderId, clientOrderId)
                ? stored.Order
                : null;
    }

    /// <summary>An order list of the account by list client id or else by id (query order list); null when none.</summary>
    public async Task<ListStatus?> FindOrderListAsync(long serverAccountId, long? orderListId, string? listClientOrderId)
    {
        // "If both origClientOrderId and orderListId parameters are specified, only origClientOrderId is used and
        // orderListId is ignored" (orderList.status; the REST docs are silent): in memory, held and stored alike.
        if (listClientOrderId is not null)
        {
            orderListId = null;
        }

        var (list, held, epoch, account) = await RunAsync(session =>
        {
            var account = session.Account(serverAccountId);
            var epoch = session.Engine.Epoch;
            var list = session.Engine.GetOrderList(account, orderListId, listClientOrderId);
            var held = list is not null || session.Archive is null
                ? null
                : session.Archive.Held(epoch, account, HistoryKind.OrderList, -1).LastOrDefault(item => MatchesList(item, orderListId, listClientOrderId));
            return (list, held, epoch, account);
        }).ConfigureAwait(false);
        if (list is not null || held is not null)
        {
            return list ?? held!.List;
        }

        // A list id is unique across symbols, and a list client id is looked up on every symbol (the newest under it).
        return _archive?.FindStored(epoch, account, HistoryKind.OrderList, -1, orderListId, listClientOrderId)?.List;
    }

    // By id when one is given (and then the client id too, when given), else by client id: as the engine looks orders up.
    private static bool Matches(SpilledHistory item, long? id, string? clientId) =>
        id is { } byId ? item.Id == byId && (clientId is null || clientId == item.ClientId) : clientId is not null && clientId == item.ClientId;

    // By list client id when one is given, else by id: as the engine looks lists up.
    private static bool MatchesList(SpilledHistory item, long? id, string? clientId) =>
        clientId is not null ? clientId == item.ClientId : id is { } byId && item.Id == byId;

    // The store returns at least what the range asks for; the engine and the held items all they have (both bounded).
    private async Task<IReadOnlyList<T>> ReadHistoryAsync<T>(
        long serverAccountId, int symbolId, HistoryKind kind, Func<MatchingEngine, int, IReadOnlyList<T>> inMemory, Func<SpilledHistory, T> payload,
        Func<T, long> idOf, HistoryRange? range = null)
    {
        var (memory, held, epoch, account) = await RunAsync(session =>
        {
            var account = session.Account(serverAccountId);
            var epoch = session.Engine.Epoch;
            return (inMemory(session.Engine, account), session.Archive?.Held(epoch, account, kind, symbolId), epoch, account);
        }).ConfigureAwait(false);
        if (_archive is null || (held!.Count == 0 && !_archive.MayHaveStored(epoch)))
        {
            return memory;
        }

        var merged = new SortedDictionary<long, T>();
        foreach (var item in _archive.Stored(epoch, account, kind, symbolId, range))
        {
            var value = payload(item);
            merged[idOf(value)] = value;
        }

        foreach (var item in held)
        {
            var value = payload(item);
            merged[idOf(value)] = value;
        }

        foreach (var value in memory)
        {
            merged[idOf(value)] = value;
        }

        return [.. merged.Values];
    }
}
