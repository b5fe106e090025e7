using System.Runtime.CompilerServices;
using Spotnet.Engine.Core;

namespace Spotnet.Engine;

/// <summary>
/// Closed history in memory is bounded (<see cref="ExchangeConfig.HistoryInMemory"/>): every item enters a FIFO when
/// it becomes final, and at the end of a command the oldest leave memory (emitted in <see cref="EngineOutput.Spilled"/>)
/// while the FIFO holds more than the limit.
/// </summary>
public sealed partial class MatchingEngine
{
    /// <summary>
    /// One item of closed history. Trades, prevented matches, allocations and amendments never change and enter in
    /// creation order, so an account's entries of one of those kinds are its list of them, in order: the entry names
    /// the account only, and the n-th entry of a spill is the n-th item of the list. Orders and lists are named.
    /// </summary>
    private readonly record struct HistoryEntry(HistoryKind Kind, int AccountId, Order? Order, OrderList? List);

    private readonly Queue<HistoryEntry> _history = new();
    private readonly List<Account> _spillAccounts = [];
    private readonly List<Order> _spilledOrders = [];

    // The limit, and whether the FIFO is kept at all: with the default (int.MaxValue) nothing can ever be spilled, so
    // the engine keeps no FIFO and its memory and speed are what they were before spilling existed.
    private readonly int _historyLimit;
    private readonly bool _historyTracked;

    /// <summary>How many items of closed history the FIFO holds (0 when the limit is the default, which keeps no FIFO).</summary>
    public int HistoryInMemoryCount => _history.Count;

    private void Track(HistoryKind kind, int accountId)
    {
        if (_historyTracked)
        {
            _history.Enqueue(new HistoryEntry(kind, accountId, null, null));
        }
    }

    /// <summary>A retained order outside any list has closed.</summary>
    private void TrackClosedOrder(Order order)
    {
        if (_historyTracked)
        {
            _history.Enqueue(new HistoryEntry(HistoryKind.Order, order.AccountId, order, null));
        }
    }

    /// <summary>
    /// A retained list has ended and none of its legs is open: the list enters, then its legs in leg order. Legs are
    /// found by id in their symbol's index (list logic, snapshots), so none may leave memory before its list.
    /// </summary>
    private void TrackClosedList(OrderList list)
    {
        list.InHistory = true;
        _history.Enqueue(new HistoryEntry(HistoryKind.OrderList, list.AccountId, null, list));
        foreach (var leg in list.Orders)
        {
            _history.Enqueue(new HistoryEntry(HistoryKind.Order, leg.AccountId, leg, null));
        }
    }

    private static bool AnyOpen(OrderList list)
    {
        foreach (var leg in list.Orders)
        {
            if (leg.IsOpen)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Ends every command that may have changed state: one comparison while the FIFO is within the limit. A command
    /// rejected before changing anything returns without it: the FIFO cannot have grown. (A snapshot restored under a
    /// smaller limit than it was taken with holds more until the next command that changes state.)
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SpillHistoryIfOver()
    {
        if (_history.Count > _historyLimit)
        {
            SpillHistory();
        }
    }

    /// <summary>
    /// Takes the oldest items out until the FIFO holds three quarters of the limit, emitting each as the engine's
    /// queries would have returned it, then removes them from the accounts' lists with one removal per list.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SpillHistory()
    {
        var keep = (int)Math.Max(0, (long)_historyLimit * 3 / 4);
        while (_history.Count > keep)
        {
            var entry = _history.Dequeue();
            var account = _accounts[entry.AccountId];
            if (!account.SpillPending)
            {
                account.SpillPending = true;
                _spillAccounts.Add(account);
            }

            Output.Spilled.Add(Spill(entry, account));
        }

        foreach (var account in _spillAccounts)
        {
            // Items of these kinds leave in creation order: the spilled ones are a prefix of the account's list.
            account.Trades.RemoveRange(0, account.SpilledTrades);
            account.PreventedMatches.RemoveRange(0, account.SpilledPreventedMatches);
            account.Allocations.RemoveRange(0, account.SpilledAllocations);
            account.Amendments.RemoveRange(0, account.SpilledAmendments);

            // Orders and lists are not a prefix (older open ones stay): marked, then removed in one pass.
            if (account.SpilledOrders)
            {
                account.Orders.RemoveAll(static o => o.Spilled);
            }

            if (account.SpilledLists)
            {
                account.Lists.RemoveAll(static l => l.Spilled);
            }

            account.SpilledTrades = account.SpilledPreventedMatches = account.SpilledAllocations = account.SpilledAmendments = 0;
            account.SpilledOrders = account.SpilledLists = account.SpillPending = false;
        }

        _spillAccounts.Clear();

        // Nothing refers to a spilled order any more (its list, if any, left before it; the command is over): the next
        // orders reuse it. Without this, every spilled order became garbage that had lived long enough to be collected
        // only by full collections.
        foreach (var order in _spilledOrders)
        {
            order.Spilled = false;
            order.Reset();
            _orderPool.Push(order);
        }

        _spilledOrders.Clear();
    }

    /// <summary>The spilled form of one entry; orders and lists also leave the indexes here.</summary>
    private SpilledHistory Spill(HistoryEntry entry, Account account)
    {
        switch (entry.Kind)
        {
            case HistoryKind.Trade:
            {
                var trade = account.Trades[account.SpilledTrades++];
                return new SpilledHistory { Kind = entry.Kind, AccountId = account.Id, SymbolId = trade.SymbolId, Id = trade.TradeId, Trade = trade };
            }

            case HistoryKind.PreventedMatch:
            {
                var match = account.PreventedMatches[account.SpilledPreventedMatches++];
                return new SpilledHistory
                {
                    Kind = entry.Kind, AccountId = account.Id, SymbolId = match.SymbolId, Id = match.PreventedMatchId, PreventedMatch = match,
                };
            }

            case HistoryKind.Allocation:
            {
                var allocation = account.Allocations[account.SpilledAllocations++];
                return new SpilledHistory
                {
                    Kind = entry.Kind, AccountId = account.Id, SymbolId = allocation.SymbolId, Id = allocation.AllocationId, Allocation = allocation,
                };
            }

            case HistoryKind.Amendment:
            {
                var amendment = account.Amendments[account.SpilledAmendments++];
                return new SpilledHistory
                {
                    Kind = entry.Kind, AccountId = account.Id, SymbolId = amendment.SymbolId, Id = amendment.ExecutionId, Amendment = amendment,
                };
            }

            case HistoryKind.Order:
            {
                var order = entry.Order!;
                var item = new SpilledHistory
                {
                    Kind = entry.Kind, AccountId = account.Id, SymbolId = order.SymbolId, Id = order.OrderId, ClientId = order.ClientOrderId,
                    Order = order.ToState(),
                };
                _symbols[order.SymbolId].Orders.Remove(order.OrderId);

                // Removes the entry only if it is this order's: a newer order may be filed under the same client id.
                account.ByClientId.Remove(order);
                order.Spilled = true;
                account.SpilledOrders = true;
                _spilledOrders.Add(order);
                return item;
            }

            default:
            {
                var list = entry.List!;
                var item = new SpilledHistory
                {
                    Kind = entry.Kind, AccountId = account.Id, SymbolId = list.SymbolId, Id = list.OrderListId, ClientId = list.ListClientOrderId,
                    List = list.ToStatus(),
                };
                _lists.Remove(list.OrderListId);
                var key = (list.SymbolId, list.ListClientOrderId);
                if (account.ListsByClientId.TryGetValue(key, out var mapped) && mapped == list)
                {
                    account.ListsByClientId.Remove(key);
                }

                list.Spilled = true;
                account.SpilledLists = true;
                return item;
            }
        }
    }

    /// <summary>Writes the FIFO (version 4): -1 when the engine keeps none, else each entry's kind, account and, for orders and lists, what names them.</summary>
    private void WriteHistory(SnapshotWriter w)
    {
        if (!_historyTracked)
        {
            w.Write(-1);
            return;
        }

        w.Write(_history.Count);
        foreach (var entry in _history)
        {
            w.Write((byte)entry.Kind);
            w.Write(entry.AccountId);
            if (entry.Order is { } order)
            {
                w.Write(order.SymbolId);
                w.Write(order.OrderId);
            }
            else if (entry.List is { } list)
            {
                w.Write(list.OrderListId);
            }
        }
    }

    /// <summary>Reads the FIFO a version 4 snapshot holds; rebuilds it (older versions, or an engine that kept none) when this engine keeps one.</summary>
    private void ReadHistory(BinaryReader r, int version)
    {
        var count = version >= 4 ? r.ReadInt32() : -1;
        for (var i = 0; i < count; i++)
        {
            var kind = (HistoryKind)r.ReadByte();
            var accountId = r.ReadInt32();
            if ((uint)accountId >= (uint)_accounts.Count)
            {
                throw new InvalidDataException("A history entry of an unknown account.");
            }

            Order? order = null;
            OrderList? list = null;
            switch (kind)
            {
                case HistoryKind.Order:
                    var symbolId = r.ReadInt32();
                    order = _symbols[symbolId].Orders[r.ReadInt64()];
                    break;
                case HistoryKind.OrderList:
                    list = _lists[r.ReadInt64()];
                    list.InHistory = true;
                    break;
                case HistoryKind.Trade or HistoryKind.PreventedMatch or HistoryKind.Allocation or HistoryKind.Amendment:
                    break;
                default:
                    throw new InvalidDataException($"Unknown history kind {(byte)kind}.");
            }

            if (_historyTracked)
            {
                _history.Enqueue(new HistoryEntry(kind, accountId, order, list));
            }
        }

        if (!_historyTracked)
        {
            return;
        }

        if (count < 0)
        {
            RebuildHistory();
        }

        var errors = new List<string>();
        CheckHistory(errors);
        if (errors.Count > 0)
        {
            throw new InvalidDataException("The snapshot's history does not match its state: " + errors[0]);
        }
    }

    /// <summary>
    /// The FIFO of a state that kept none (snapshots before version 4, or an engine with the default limit): every
    /// item of closed history, merged by time from the accounts' lists, each list in its own order (which the
    /// removal of spilled prefixes needs), ties by kind then account; a list enters with its legs.
    /// </summary>
    private void RebuildHistory()
    {
        var sequences = new List<(int AccountId, HistoryKind Kind, long[] Times, object[]? Items)>();
        foreach (var a in _accounts)
        {
            sequences.Add((a.Id, HistoryKind.Order, [], a.Orders.Where(o => !o.IsOpen && o.List is null).ToArray<object>()));
            sequences.Add((a.Id, HistoryKind.Trade, a.Trades.Select(t => t.Time).ToArray(), null));
            sequences.Add((a.Id, HistoryKind.PreventedMatch, a.PreventedMatches.Select(p => p.TransactTime).ToArray(), null));
            sequences.Add((a.Id, HistoryKind.Allocation, a.Allocations.Select(l => l.Time).ToArray(), null));
            sequences.Add((a.Id, HistoryKind.Amendment, a.Amendments.Select(m => m.Time).ToArray(), null));
            sequences.Add((a.Id, HistoryKind.OrderList, [], a.Lists.Where(l => !l.IsOpen && !AnyOpen(l)).ToArray<object>()));
        }

        long TimeAt(int s, int i)
        {
            var (_, kind, times, items) = sequences[s];
            return kind switch
            {
                HistoryKind.Order => ((Order)items![i]).UpdateTime,
                HistoryKind.OrderList => ((OrderList)items![i]).TransactionTime,
                _ => times[i],
            };
        }

        int Length(int s) => sequences[s].Items?.Length ?? sequences[s].Times.Length;

        var heads = new int[sequences.Count];
        var queue = new PriorityQueue<int, (long Time, byte Kind, int AccountId)>();
        for (var s = 0; s < sequences.Count; s++)
        {
            if (Length(s) > 0)
            {
                queue.Enqueue(s, (TimeAt(s, 0), (byte)sequences[s].Kind, sequences[s].AccountId));
            }
        }

        while (queue.TryDequeue(out var s, out _))
        {
            var (accountId, kind, _, items) = sequences[s];
            var i = heads[s]++;
            switch (kind)
            {
                case HistoryKind.Order:
                    _history.Enqueue(new HistoryEntry(kind, accountId, (Order)items![i], null));
                    break;
                case HistoryKind.OrderList:
                    TrackClosedList((OrderList)items![i]);
                    break;
                default:
                    _history.Enqueue(new HistoryEntry(kind, accountId, null, null));
                    break;
            }

            if (heads[s] < Length(s))
            {
                queue.Enqueue(s, (TimeAt(s, heads[s]), (byte)kind, accountId));
            }
        }
    }

    /// <summary>
    /// The FIFO holds exactly the closed history in memory: per account, as many entries of each kind as its lists
    /// hold; closed orders outside lists and ended lists (with their legs) but nothing open; every ended list with no
    /// open leg in it.
    /// </summary>
    private void CheckHistory(List<string> errors)
    {
        if (!_historyTracked)
        {
            return;
        }

        var counts = new int[_accounts.Count, 7];
        foreach (var entry in _history)
        {
            counts[entry.AccountId, (int)entry.Kind]++;
            if (entry.Order is { IsOpen: true } open)
            {
                errors.Add($"History: open order {open.SymbolId}/{open.OrderId} in the FIFO.");
            }

            if (entry.List is { } list && (list.IsOpen || AnyOpen(list)))
            {
                errors.Add($"History: order list {list.OrderListId} in the FIFO with an open leg or still executing.");
            }
        }

        foreach (var a in _accounts)
        {
            Compare(a, HistoryKind.Trade, a.Trades.Count);
            Compare(a, HistoryKind.PreventedMatch, a.PreventedMatches.Count);
            Compare(a, HistoryKind.Allocation, a.Allocations.Count);
            Compare(a, HistoryKind.Amendment, a.Amendments.Count);

            // A closed leg of a list that has not ended waits for its list; one whose list has left memory already is in.
            Compare(a, HistoryKind.Order, a.Orders.Count(o => !o.IsOpen && (o.List is null || o.List.InHistory)));
            Compare(a, HistoryKind.OrderList, a.Lists.Count(l => l.InHistory));
            foreach (var list in a.Lists)
            {
                if (!list.InHistory && !list.IsOpen && !AnyOpen(list))
                {
                    errors.Add($"History: order list {list.OrderListId} ended but is not in the FIFO.");
                }
            }
        }

        void Compare(Account a, HistoryKind kind, int expected)
        {
            if (counts[a.Id, (int)kind] != expected)
            {
                errors.Add($"History: account {a.Id} has {expected} {kind} items in memory, {counts[a.Id, (int)kind]} in the FIFO.");
            }
        }
    }
}
