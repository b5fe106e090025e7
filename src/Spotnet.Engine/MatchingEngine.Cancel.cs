using System.Runtime.CompilerServices;
using Spotnet.Engine.Core;

namespace Spotnet.Engine;

public sealed partial class MatchingEngine
{
    /// <summary>Cancels one order (a leg of a list cancels the whole list).</summary>
    public EngineResult CancelOrder(CancelOrder command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Output.Clear();
        _now = command.Time;
        var result = Cancel(command);
        FlushBalances();
        SpillHistoryIfOver();
        return result;
    }

    /// <summary>Cancels every open order and list of the account on the symbol; <c>-2011</c> when there is none.</summary>
    public EngineResult CancelAllOrders(CancelAllOrders command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Output.Clear();
        _now = command.Time;
        if (!IsValidSymbol(command.SymbolId) || !TryGetAccount(command.AccountId, out var account))
        {
            return EngineResult.Reject(EngineErrors.CancelRejected, EngineErrors.UnknownOrder);
        }

        var symbol = _symbols[command.SymbolId];
        if (symbol.Status is not (SymbolStatus.Trading or SymbolStatus.CancelOnly))
        {
            return EngineResult.Reject(EngineErrors.CancelRejected, EngineErrors.MarketClosed);
        }

        var open = OpenOrdersOf(account, symbol.Id);
        if (open.Count == 0)
        {
            return EngineResult.Reject(EngineErrors.CancelRejected, EngineErrors.UnknownOrder);
        }

        foreach (var order in open)
        {
            if (!order.IsOpen)
            {
                continue;
            }

            if (order.List is { IsOpen: true } list)
            {
                CancelList(symbol, list, command.NewClientOrderId);
            }
            else
            {
                CancelOne(symbol, account, order, command.NewClientOrderId);
            }
        }

        FlushBalances();
        SpillHistoryIfOver();
        return EngineResult.Success();
    }

    /// <summary>Decreases an order's quantity in place, keeping its queue position.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // kept out of Execute's frame (see CancelReplaceNewOrder)
    public EngineResult AmendOrder(AmendOrder command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Output.Clear();
        _now = command.Time;
        var result = Amend(command);
        FlushBalances();
        SpillHistoryIfOver();
        return result;
    }

    /// <summary>Cancels an order and places a new one, per <c>cancelReplaceMode</c>; not transactional.</summary>
    public CancelReplaceResult CancelReplace(CancelReplace command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Output.Clear();
        _now = command.Time;
        var result = CancelReplaceCore(command);
        FlushBalances();
        SpillHistoryIfOver();
        return result;
    }

    private CancelReplaceResult CancelReplaceCore(CancelReplace command)
    {
        var cancel = command.Cancel;
        var placement = command.NewOrder;
        if (IsValidSymbol(cancel.SymbolId) && !_symbols[cancel.SymbolId].Config.CancelReplaceAllowed)
        {
            var rejected = Rejected(EngineErrors.CancelReplaceNotSupported);
            return new CancelReplaceResult
            {
                CancelStatus = CancelReplaceStatus.Failure,
                Cancel = rejected,
                NewOrderStatus = CancelReplaceStatus.NotAttempted,
            };
        }

        // "Filters and Order Count are evaluated before the processing of the cancellation and order placement occurs."
        var spec = OrderSpec.From(placement);
        EngineResult precheck;
        long limitPrice = 0;
        if (!IsValidSymbol(spec.SymbolId) || !TryGetAccount(spec.AccountId, out var account))
        {
            precheck = EngineResult.Reject(EngineErrors.ErrorMessageReceived, "Unknown account or symbol.");
        }
        else
        {
            var symbol = _symbols[spec.SymbolId];
            precheck = Validate(ref spec, symbol, account, 0, out limitPrice);

            // The duplicate check must not count the order being canceled.
            if (!precheck.IsSuccess && precheck.Message == EngineErrors.DuplicateOrder
                && FindOrder(symbol, account, cancel.OrderId, cancel.OriginalClientOrderId) is { } target
                && target.ClientOrderId == spec.ClientOrderId)
            {
                precheck = EngineResult.Success();
            }
        }

        // A filter failure, or a parameter the new order's type requires or forbids (-1102, -1106, -1114: API-level
        // errors, "similar to POST /api/v3/order"), rejects the whole request before anything is canceled (fidelity E11).
        if (precheck.Code is EngineErrors.FilterFailure or EngineErrors.MandatoryParameter or EngineErrors.ParameterNotRequired
            or EngineErrors.TimeInForceNotRequired)
        {
            return new CancelReplaceResult
            {
                CancelStatus = CancelReplaceStatus.NotAttempted,
                NewOrderStatus = CancelReplaceStatus.Failure,
                NewOrder = precheck,
            };
        }

        // The same conditions as for skipping the second check below: then the common case keeps the order object.
        if (precheck.IsSuccess && command.NewOrderAllowed && cancel.SymbolId == spec.SymbolId && cancel.AccountId == spec.AccountId
            && spec.PegPriceType == PegPriceType.None && TryReplaceInPlace(cancel, ref spec, limitPrice, out var replaced))
        {
            return replaced;
        }

        var cancelResult = Cancel(cancel);
        var cancelStatus = cancelResult.IsSuccess ? CancelReplaceStatus.Success : CancelReplaceStatus.Failure;
        if (!cancelResult.IsSuccess && command.Mode == CancelReplaceMode.StopOnFailure)
        {
            return new CancelReplaceResult { CancelStatus = cancelStatus, Cancel = cancelResult, NewOrderStatus = CancelReplaceStatus.NotAttempted };
        }

        if (!command.NewOrderAllowed)
        {
            return new CancelReplaceResult
            {
                CancelStatus = cancelStatus,
                Cancel = cancelResult,
                NewOrderStatus = CancelReplaceStatus.Failure,
                NewOrder = EngineResult.Reject(-1015, "Too many new orders."),
            };
        }

        EngineResult newResult;
        if (precheck.IsSuccess && cancelResult.IsSuccess && cancel.SymbolId == spec.SymbolId && cancel.AccountId == spec.AccountId
            && spec.PegPriceType == PegPriceType.None)
        {
            // The precheck counted the canceled order's slot as free (newOrders 0), and the cancel only closed orders of
            // this account on this symbol: every count, the MAX_POSITION sum and the book the LIMIT_MAKER rule reads can
            // only have fallen, prices and the last trade are unchanged, and the only open holder of the client id the
            // duplicate check exempted is now closed. Checking again would give the same answer; pegged prices would not
            // (the cancel can move the best level), so those are checked again.
            newResult = PlaceValidated(ref spec, _symbols[spec.SymbolId], _accounts[spec.AccountId], limitPrice, null, out _);
        }
        else
        {
            // Any other rejection (filter failures and parameter errors returned above) is decided on the book after the
            // cancel, as the placement that follows the cancel sees it: a LIMIT_MAKER that crossed only the canceled
            // order no longer crosses.
            newResult = Place(ref spec, null, out _);
        }
        return new CancelReplaceResult
        {
            CancelStatus = cancelStatus,
            Cancel = cancelResult,
            NewOrderStatus = newResult.IsSuccess ? CancelReplaceStatus.Success : CancelReplaceStatus.Failure,
            NewOrder = newResult,
        };
    }

    private Order? FindOrder(SymbolState symbol, Account account, long? orderId, string? clientOrderId)
    {
        Order? order;
        if (orderId is { } id)
        {
            if (!symbol.Orders.TryGetValue(id, out order) || order.AccountId != account.Id)
            {
                return null;
            }

            return clientOrderId is null || clientOrderId == order.ClientOrderId ? order : null;
        }

        if (clientOrderId is not null && account.ByClientId.TryGetValue(symbol.Id, clientOrderId, out order))
        {
            return order;
        }

        return null;
    }

    /// <summary>
    /// The rejection of a cancel or amend that found no open order: -2039 when <paramref name="orderId"/> names an open
    /// order of the account whose client id is not <paramref name="clientOrderId"/> (rest-api.md: "the orderId is searched
    /// first, then the origClientOrderId from that result is checked against that order"), else -2011 "Unknown order sent.".
    /// </summary>
    private static EngineResult OpenOrderNotFound(SymbolState symbol, Account account, long? orderId, string? clientOrderId) =>
        orderId is { } id && clientOrderId is not null && symbol.Orders.TryGetValue(id, out var order) && order.AccountId == account.Id
        && order.IsOpen && order.ClientOrderId != clientOrderId
            ? EngineResult.Reject(EngineErrors.ClientOrderIdInvalid, EngineErrors.ClientOrderIdNotCorrect)
            : EngineResult.Reject(EngineErrors.CancelRejected, EngineErrors.UnknownOrder);

    private EngineResult Cancel(CancelOrder command)
    {
        if (!IsValidSymbol(command.SymbolId) || !TryGetAccount(command.AccountId, out var account))
        {
            return EngineResult.Reject(EngineErrors.CancelRejected, EngineErrors.UnknownOrder);
        }

        if (command.OrderId is null && command.OriginalClientOrderId is null)
        {
            return EngineResult.Reject(EngineErrors.MandatoryParameter,
                "Param 'origClientOrderId' or 'orderId' must be sent, but both were empty/null!");
        }

        var symbol = _symbols[command.SymbolId];
        if (symbol.Status is not (SymbolStatus.Trading or SymbolStatus.CancelOnly))
        {
            return EngineResult.Reject(EngineErrors.CancelRejected, EngineErrors.MarketClosed);
        }

        var order = FindOrder(symbol, account, command.OrderId, command.OriginalClientOrderId);
        if (order is null || !order.IsOpen)
        {
            return OpenOrderNotFound(symbol, account, command.OrderId, command.OriginalClientOrderId);
        }

        if ((command.CancelRestrictions == CancelRestrictions.OnlyNew && order.Status != OrderStatus.New)
            || (command.CancelRestrictions == CancelRestrictions.OnlyPartiallyFilled && order.Status != OrderStatus.PartiallyFilled))
        {
            return EngineResult.Reject(EngineErrors.CancelRejected, EngineErrors.CancelRestricted);
        }

        var orderId = order.OrderId;
        if (order.List is { IsOpen: true } list)
        {
            CancelList(symbol, list, command.NewClientOrderId);
            return EngineResult.Success(orderId, list.OrderListId);
        }

        CancelOne(symbol, account, order, command.NewClientOrderId);
        return EngineResult.Success(orderId);
    }

    private void CancelOne(SymbolState symbol, Account account, Order order, string newClientOrderId)
    {
        var original = order.ClientOrderId;
        if (order.List is null && !order.Retained)
        {
            // Finish recycles the order at once, which takes it out of the index (found by reference, under the hash it
            // was filed with): filing it under the new id would be undone.
            order.ClientOrderId = newClientOrderId;
        }
        else
        {
            Rename(symbol, account, order, newClientOrderId, ClientOrderIndex.Hash(symbol.Id, newClientOrderId));
        }

        Finish(symbol, order, OrderStatus.Canceled, ExpiryReason.None, ExecutionType.Canceled, original);
    }

    /// <summary>Gives an order a new client id (whose index hash is <paramref name="hash"/>) and files it under it.</summary>
    private static void Rename(SymbolState symbol, Account account, Order order, string clientOrderId, int hash)
    {
        account.ByClientId.Remove(order);
        order.ClientOrderId = clientOrderId;

        // A cancel's new client id may equal another open order's: that order keeps the entry, or it could no longer be
        // found by its id and a duplicate of it would be accepted.
        if (!account.ByClientId.TryGetValue(symbol.Id, clientOrderId, hash, out var holder) || !holder.IsOpen)
        {
            account.ByClientId.Set(order, hash);
        }
        else
        {
            order.ClientIdHash = hash;
        }
    }

    /// <summary>Open orders of an account on one symbol (or all symbols when <paramref name="symbolId"/> is -1), by symbol then order id.</summary>
    private static List<Order> OpenOrdersOf(Account account, int symbolId)
    {
        var result = new List<Order>();
        foreach (var order in account.Open)
        {
            if (symbolId < 0 || order.SymbolId == symbolId)
            {
                result.Add(order);
            }
        }

        result.Sort(static (a, b) => a.SymbolId != b.SymbolId ? a.SymbolId.CompareTo(b.SymbolId) : a.OrderId.CompareTo(b.OrderId));
        return result;
    }

    /// <summary>What an open order's remaining quantity needs reserved (0 for orders priced only when they execute).</summary>
    private static long NeedOf(Order order)
    {
        if (order.Side == OrderSide.Sell)
        {
            return order.Remaining;
        }

        var price = WorkingPrice(order);
        return price == 0 ? 0 : Fixed.NotionalCeiling(price, order.Remaining);
    }

    /// <summary>The other open OCO legs sharing this order's quantity (none for orders outside an open OCO pair).</summary>
    private static Order[] OpenOcoPeers(Order order)
    {
        if (order.List is not { IsOpen: true } list || !IsOcoLeg(list, order))
        {
            return Array.Empty<Order>();
        }

        var peers = new List<Order>(2);
        foreach (var peer in list.Orders)
        {
            if (peer != order && peer.IsOpen && IsOcoLeg(list, peer))
            {
                peers.Add(peer);
            }
        }

        return peers.ToArray();
    }

    private static bool AnyConsumedBeyond(Order[] orders, long quantity)
    {
        foreach (var order in orders)
        {
            if (quantity <= order.Executed + order.Prevented)
            {
                return true;
            }
        }

        return false;
    }

    private EngineResult Amend(AmendOrder command)
    {
        if (!IsValidSymbol(command.SymbolId) || !TryGetAccount(command.AccountId, out var account))
        {
            return EngineResult.Reject(EngineErrors.CancelRejected, EngineErrors.UnknownOrder);
        }

        var symbol = _symbols[command.SymbolId];
        if (!symbol.Config.AmendAllowed)
        {
            return EngineResult.Reject(EngineErrors.AmendRejected, EngineErrors.AmendNotSupported);
        }

        if (symbol.Status is not SymbolStatus.Trading)
        {
            return EngineResult.Reject(EngineErrors.AmendRejected, EngineErrors.MarketClosed);
        }

        var order = FindOrder(symbol, account, command.OrderId, command.OriginalClientOrderId);
        if (order is null || !order.IsOpen)
        {
            return OpenOrderNotFound(symbol, account, command.OrderId, command.OriginalClientOrderId);
        }

        if (order.Status == OrderStatus.PendingNew && order.List?.Kind is OrderListKind.Opo or OrderListKind.Opoco)
        {
            return EngineResult.Reject(EngineErrors.AmendRejected, EngineErrors.AmendPendingOpo);
        }

        var newQuantity = command.NewQuantity.Units;
        if (newQuantity > order.Quantity)
        {
            return EngineResult.Reject(EngineErrors.AmendRejected, EngineErrors.AmendQuantityIncrease);
        }

        var peers = OpenOcoPeers(order);
        if (newQuantity == order.Quantity || newQuantity <= order.Executed + order.Prevented
            || AnyConsumedBeyond(peers, newQuantity))
        {
            return EngineResult.Reject(EngineErrors.AmendRejected, EngineErrors.WouldChangeNoState);
        }

        var filters = symbol.Config.Filters;
        if (filters.MaxNumOrderAmends is { } maxAmends && order.AmendCount >= maxAmends)
        {
            return EngineResult.Reject(EngineErrors.AmendRejected, "Filter failure: MAX_NUM_ORDER_AMENDS");
        }

        if (filters.LotSize is { } lot && !LotSizeOk(lot, newQuantity))
        {
            return FilterFailure("Filter failure: LOT_SIZE");
        }

        // An open order's ClientIdHash is the hash of its own id: a different hash means a different id without reading
        // the order's id string (a cache miss of its own).
        var newIdHash = ClientOrderIndex.Hash(symbol.Id, command.NewClientOrderId);
        var renamed = newIdHash != order.ClientIdHash || command.NewClientOrderId != order.ClientOrderId;
        if (renamed && account.ByClientId.TryGetValue(symbol.Id, command.NewClientOrderId, newIdHash, out var existing) && existing.IsOpen)
        {
            return EngineResult.Reject(EngineErrors.AmendRejected, EngineErrors.DuplicateOrder);
        }

        var originalQuantity = order.Quantity;
        var originalClientOrderId = order.ClientOrderId;
        order.Quantity = newQuantity;
        order.AmendCount++;
        order.UpdateTime = _now;
        if (renamed)
        {
            // An open order is always filed under its own id, so keeping the id needs no index change. No open order holds
            // the new id (checked above), so the order takes its entry without the holder check a cancel's rename needs.
            account.ByClientId.Remove(order);
            order.ClientOrderId = command.NewClientOrderId;
            account.ByClientId.Set(order, newIdHash);
        }
        if (order.Level is not null && order.Visible > order.Remaining)
        {
            var side = symbol.Side(order.Side);
            side.Reduce(order, order.Visible - order.Remaining);
            EmitLevel(symbol, order.Side, order.Level);
        }

        var executionId = _nextExecutionId;
        Emit(order, ExecutionType.Replaced, originalClientOrderId: originalClientOrderId);

        // OCO legs share their quantity: amending one amends both.
        var holder = order;
        var needed = NeedOf(order);
        foreach (var peer in peers)
        {
            peer.Quantity = newQuantity;
            peer.UpdateTime = _now;
            if (peer.Level is not null && peer.Visible > peer.Remaining)
            {
                symbol.Side(peer.Side).Reduce(peer, peer.Visible - peer.Remaining);
                EmitLevel(symbol, peer.Side, peer.Level);
            }

            needed = Math.Max(needed, NeedOf(peer));
            if (peer.Locked > 0)
            {
                holder = peer;
            }

            Emit(peer, ExecutionType.Replaced);
        }

        // Release what the smaller order no longer needs.
        if (holder.Locked > 0)
        {
            Release(holder, holder.Locked - needed);
        }

        if (!account.IsSystem)
        {
            account.Amendments.Add(new Amendment
            {
                SymbolId = symbol.Id,
                OrderId = order.OrderId,
                ExecutionId = executionId,
                OriginalClientOrderId = originalClientOrderId,
                NewClientOrderId = command.NewClientOrderId,
                OriginalQuantity = new Quantity(originalQuantity),
                NewQuantity = command.NewQuantity,
                Time = _now,
            });
            Track(HistoryKind.Amendment, account.Id);
        }

        if (order.List is { } list && originalClientOrderId != command.NewClientOrderId)
        {
            list.StatusType = ListStatusType.Updated;
            list.TransactionTime = _now;
            Output.ListUpdates.Add(list.ToStatus());
        }

        return EngineResult.Success(order.OrderId, order.OrderListId);
    }
}
