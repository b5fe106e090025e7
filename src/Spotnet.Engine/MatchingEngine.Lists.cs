using Spotnet.Engine.Core;

namespace Spotnet.Engine;

public sealed partial class MatchingEngine
{
    /// <summary>Places an order list (OCO, OTO, OTOCO, OPO, OPOCO); the result carries the <c>orderListId</c>.</summary>
    public EngineResult PlaceOrderList(PlaceOrderList command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Output.Clear();
        _now = command.Time;
        var result = PlaceList(command);
        FlushBalances();
        SpillHistoryIfOver();
        return result;
    }

    /// <summary>Cancels an order list and all its open legs (<c>-2011</c> if unknown or already done).</summary>
    public EngineResult CancelOrderList(CancelOrderList command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Output.Clear();
        _now = command.Time;
        if (!IsValidSymbol(command.SymbolId) || !TryGetAccount(command.AccountId, out var account))
        {
            return EngineResult.Reject(EngineErrors.CancelRejected, EngineErrors.UnknownOrder);
        }

        if (command.OrderListId is null && command.ListClientOrderId is null)
        {
            return EngineResult.Reject(EngineErrors.MandatoryParameter,
                "Param 'listClientOrderId' or 'orderListId' must be sent, but both were empty/null!");
        }

        var symbol = _symbols[command.SymbolId];
        if (symbol.Status is not (SymbolStatus.Trading or SymbolStatus.CancelOnly))
        {
            return EngineResult.Reject(EngineErrors.CancelRejected, EngineErrors.MarketClosed);
        }

        OrderList? list = null;
        if (command.OrderListId is { } id)
        {
            if (_lists.TryGetValue(id, out var byId) && byId.AccountId == account.Id && byId.SymbolId == symbol.Id)
            {
                // "The orderListId is searched first, then the listClientOrderId from that result is checked against
                // that order": an open list under another client id is -2039, as for orders.
                if (command.ListClientOrderId is not null && command.ListClientOrderId != byId.ListClientOrderId)
                {
                    return byId.IsOpen
                        ? EngineResult.Reject(EngineErrors.ClientOrderIdInvalid, EngineErrors.ClientOrderIdNotCorrect)
                        : EngineResult.Reject(EngineErrors.CancelRejected, EngineErrors.UnknownOrder);
                }

                list = byId;
            }
        }
        else if (account.ListsByClientId.TryGetValue((symbol.Id, command.ListClientOrderId!), out var byClientId))
        {
            list = byClientId;
        }

        if (list is null || !list.IsOpen)
        {
            return EngineResult.Reject(EngineErrors.CancelRejected, EngineErrors.UnknownOrder);
        }

        CancelList(symbol, list, command.NewClientOrderId);
        FlushBalances();
        SpillHistoryIfOver();
        return EngineResult.Success(orderListId: list.OrderListId);
    }

    private static bool IsLimitLeg(OrderType type) => type is OrderType.LimitMaker or OrderType.TakeProfit or OrderType.TakeProfitLimit;

    private static bool IsStopLossLeg(OrderType type) => type is OrderType.StopLoss or OrderType.StopLossLimit;

    /// <summary>The price that orders an OCO leg against the last price: the limit price of LIMIT_MAKER/TAKE_PROFIT_LIMIT, else the stop price.</summary>
    private static long OcoPrice(OrderListLeg leg) =>
        leg.Type is OrderType.LimitMaker or OrderType.TakeProfitLimit ? leg.Price?.Units ?? 0 : leg.StopPrice?.Units ?? 0;

    private static EngineResult CheckOcoPair(OrderSide side, OrderListLeg above, OrderListLeg below, long lastPrice)
    {
        foreach (var leg in new[] { above, below })
        {
            if (!IsLimitLeg(leg.Type) && !IsStopLossLeg(leg.Type))
            {
                return EngineResult.Reject(-1158, "Order type not supported in OCO.");
            }
        }

        if (IsLimitLeg(above.Type) == IsLimitLeg(below.Type))
        {
            return IsLimitLeg(above.Type)
                ? EngineResult.Reject(-1168, "At least one OCO order must be contingent.")
                : EngineResult.Reject(-1158, "Order type not supported in OCO.");
        }

        // SELL: the limit/take-profit leg is above and the stop-loss below; BUY: the reverse.
        if (side == OrderSide.Sell && !IsLimitLeg(above.Type))
        {
            return above.Type == OrderType.LimitMaker || below.Type == OrderType.LimitMaker
                ? EngineResult.Reject(-1166, "A limit order in a sell OCO must be above.")
                : below.Type is OrderType.TakeProfit or OrderType.TakeProfitLimit
                    ? EngineResult.Reject(-1199, "A take profit order in a sell OCO must be above.")
                    : EngineResult.Reject(-1197, "A stop loss order in a sell OCO must be below.");
        }

        if (side == OrderSide.Buy && IsLimitLeg(above.Type))
        {
            return above.Type == OrderType.LimitMaker
                ? EngineResult.Reject(-1165, "A limit order in a buy OCO must be below.")
                : above.Type is OrderType.TakeProfit or OrderType.TakeProfitLimit
                    ? EngineResult.Reject(-1198, "A take profit order in a buy OCO must be below.")
                    : EngineResult.Reject(-1196, "A stop loss order in a buy OCO must be above.");
        }

        var high = OcoPrice(above);
        var low = OcoPrice(below);
        var ordered = lastPrice == 0 ? high > low : high > lastPrice && lastPrice > low;
        return ordered || high == 0 || low == 0 ? EngineResult.Success() : Rejected(EngineErrors.BadListPrices);
    }

    private EngineResult PlaceList(PlaceOrderList c)
    {
        if (!IsValidSymbol(c.SymbolId) || !TryGetAccount(c.AccountId, out var account))
        {
            return EngineResult.Reject(EngineErrors.ErrorMessageReceived, "Unknown account or symbol.");
        }

        var symbol = _symbols[c.SymbolId];
        var config = symbol.Config;
        if (symbol.Status != SymbolStatus.Trading)
        {
            return Rejected(EngineErrors.MarketClosed);
        }

        var kind = c.Kind;
        var usesOco = kind is OrderListKind.Oco or OrderListKind.Otoco or OrderListKind.Opoco;
        var usesOto = kind != OrderListKind.Oco;
        var isOpo = kind is OrderListKind.Opo or OrderListKind.Opoco;
        if (isOpo && (!config.OpoAllowed || !config.OtoAllowed || (usesOco && !config.OcoAllowed)))
        {
            return Rejected(EngineErrors.OpoNotSupported);
        }

        if (usesOco && !config.OcoAllowed)
        {
            return Rejected(EngineErrors.OcoNotSupported);
        }

        if (usesOto && !config.OtoAllowed)
        {
            return Rejected("OTO orders are not supported for this symbol.");
        }

        // Legs in creation order: OCO below then above; OTO/OPO working then pending; OTOCO/OPOCO working, above, below.
        var legs = new List<OrderListLeg>(3);
        var roles = new List<OrderListLegRole>(3);
        if (usesOto)
        {
            if (c.Working is null)
            {
                return Mandatory("workingType");
            }

            legs.Add(c.Working);
            roles.Add(OrderListLegRole.Working);
        }

        if (usesOco)
        {
            if (c.Above is null)
            {
                return Mandatory(usesOto ? "pendingAboveType" : "aboveType");
            }

            if (c.Below is null)
            {
                return Mandatory(usesOto ? "pendingBelowType" : "belowType");
            }

            var side = c.Above.Side;
            if (c.Below.Side != side)
            {
                return Rejected(EngineErrors.UnsupportedOrderCombination);
            }

            var pair = CheckOcoPair(side, c.Above, c.Below, usesOto ? 0 : symbol.LastPrice);
            if (!pair.IsSuccess)
            {
                return pair;
            }

            if (usesOto)
            {
                legs.Add(c.Above);
                legs.Add(c.Below);
                roles.Add(OrderListLegRole.Above);
                roles.Add(OrderListLegRole.Below);
            }
            else
            {
                legs.Add(c.Below);
                legs.Add(c.Above);
                roles.Add(OrderListLegRole.Below);
                roles.Add(OrderListLegRole.Above);
            }
        }
        else
        {
            if (c.Pending is null)
            {
                return Mandatory("pendingType");
            }

            legs.Add(c.Pending);
            roles.Add(OrderListLegRole.Pending);
        }

        if (usesOto && c.Working!.Type is not (OrderType.Limit or OrderType.LimitMaker))
        {
            return Rejected(EngineErrors.UnsupportedOrderCombination);
        }

        if (isOpo)
        {
            if (c.Working!.Side != OrderSide.Buy)
            {
                return EngineResult.Reject(-1222, "Working order in an OPO list must be a bid.");
            }

            if (c.Working.Quantity is null)
            {
                return EngineResult.Reject(-1224, "Working order must include the 'quantity' tag.");
            }

            for (var i = 1; i < legs.Count; i++)
            {
                if (legs[i].Side != OrderSide.Sell)
                {
                    return EngineResult.Reject(-1223, "Pending orders in an OPO list must be asks.");
                }

                if (legs[i].Quantity is not null)
                {
                    return EngineResult.Reject(-1225, "Pending orders should not include the 'quantity' tag.");
                }
            }
        }

        var filters = config.Filters;
        if (filters.MaxNumOrderLists is { } maxLists && account.OpenLists[symbol.Id] + 1 > maxLists)
        {
            return FilterFailure("Filter failure: MAX_NUM_ORDER_LISTS");
        }

        if (_config.ExchangeFilters.MaxNumOrderLists is { } exchangeMaxLists && account.TotalOpenLists + 1 > exchangeMaxLists)
        {
            return FilterFailure("Filter failure: EXCHANGE_MAX_NUM_ORDER_LISTS");
        }

        if (account.ListsByClientId.TryGetValue((symbol.Id, c.ListClientOrderId), out var sameId) && sameId.IsOpen)
        {
            return Rejected(EngineErrors.DuplicateOrder);
        }

        if (legs.Select(l => l.ClientOrderId).Distinct(StringComparer.Ordinal).Count() != legs.Count)
        {
            return Rejected(EngineErrors.DuplicateOrder);
        }

        // Validate every leg; pending legs skip the checks that depend on the market at placement time.
        var specs = new OrderSpec[legs.Count];
        var prices = new long[legs.Count];
        for (var i = 0; i < legs.Count; i++)
        {
            var spec = OrderSpec.From(c, legs[i]);
            var pending = usesOto && i > 0;
            if (pending && isOpo)
            {
                spec.Quantity = c.Working!.Quantity!.Value.Units;
            }

            var result = Validate(ref spec, symbol, account, legs.Count, out prices[i], deferMarketChecks: pending, ocoLeg: kind == OrderListKind.Oco);
            if (!result.IsSuccess)
            {
                // The leg lets the caller name the leg's own parameter (abovePrice, not price).
                return result with { Leg = roles[i] };
            }

            specs[i] = spec;
        }

        // One reservation for the list: the working order's, or the larger of the two OCO legs'.
        var activeCount = usesOto ? 1 : legs.Count;
        int asset = 0;
        long need = 0;
        for (var i = 0; i < activeCount; i++)
        {
            if (!TryComputeReservation(ref specs[i], symbol, account, prices[i], out asset, out var amount, out var error))
            {
                return error!.Value;
            }

            need = Math.Max(need, amount);
        }

        if (need > account.Free(asset))
        {
            return Rejected(EngineErrors.InsufficientBalance);
        }

        var list = new OrderList
        {
            SymbolId = symbol.Id,
            AccountId = account.Id,
            OrderListId = _nextOrderListId++,
            Kind = kind,
            ListClientOrderId = c.ListClientOrderId,
            Status = ListOrderStatus.Executing,
            StatusType = ListStatusType.ExecStarted,
            TransactionTime = _now,
        };
        _lists[list.OrderListId] = list;
        account.OpenLists[symbol.Id]++;
        account.TotalOpenLists++;
        account.ListsByClientId[(symbol.Id, list.ListClientOrderId)] = list;
        if (!account.IsSystem)
        {
            account.Lists.Add(list);
        }

        for (var i = 0; i < legs.Count; i++)
        {
            var order = Create(ref specs[i], symbol, account, prices[i], list);
            list.Orders.Add(order);
            if (usesOto && i > 0)
            {
                order.Status = OrderStatus.PendingNew;
                order.WorkingTime = -1;
                if (isOpo)
                {
                    order.Quantity = 0;
                }
            }
        }

        Lock(account, list.Orders[0], asset, need);
        foreach (var order in list.Orders)
        {
            Emit(order, ExecutionType.New);
        }

        Output.ListUpdates.Add(list.ToStatus());
        for (var i = 0; i < activeCount; i++)
        {
            var order = list.Orders[i];
            if (!order.IsOpen)
            {
                continue;
            }

            if (order.IsUntriggered)
            {
                symbol.AddStop(order);
            }
            else
            {
                Work(symbol, order);
            }
        }

        ProcessTriggers(symbol);
        return EngineResult.Success(orderListId: list.OrderListId);
    }

    /// <summary>True when the order is one of the two OCO legs of its list (OCO, or the pending pair of OTOCO/OPOCO).</summary>
    private static bool IsOcoLeg(OrderList list, Order order) =>
        list.Kind == OrderListKind.Oco || (list.Kind is OrderListKind.Otoco or OrderListKind.Opoco && list.Orders[0] != order);

    /// <summary>An OCO leg that starts working (first fill or trigger) takes over the reservation and expires its peer.</summary>
    private void OnListLegStarted(SymbolState symbol, OrderList list, Order order)
    {
        if (!IsOcoLeg(list, order) || order.Status == OrderStatus.PendingNew)
        {
            return;
        }

        CompleteList(list);
        foreach (var peer in list.Orders)
        {
            if (peer == order || !peer.IsOpen || !IsOcoLeg(list, peer))
            {
                continue;
            }

            TransferReservation(peer, order);
            Finish(symbol, peer, OrderStatus.Expired, ExpiryReason.OcoTrigger, ExecutionType.Expired);
        }

        Output.ListUpdates.Add(list.ToStatus());
    }

    private void TransferReservation(Order from, Order to)
    {
        if (from.Locked == 0)
        {
            return;
        }

        to.Locked += from.Locked;
        to.LockedAsset = from.LockedAsset;
        from.Locked = 0;
    }

    private void CompleteList(OrderList list)
    {
        if (!list.IsOpen)
        {
            return;
        }

        list.Status = ListOrderStatus.AllDone;
        list.StatusType = ListStatusType.AllDone;
        list.TransactionTime = _now;
        var account = _accounts[list.AccountId];
        account.OpenLists[list.SymbolId]--;
        account.TotalOpenLists--;
    }

    /// <summary>Reacts to a leg leaving the book: a filled working order releases its pending orders; anything else ends the list.</summary>
    private void OnListLegFinished(SymbolState symbol, OrderList list, Order order)
    {
        if (list.IsOpen)
        {
            var isWorking = list.Kind != OrderListKind.Oco && list.Orders[0] == order;
            if (isWorking && order.Status == OrderStatus.Filled)
            {
                // Placed after the current taker finishes (never in the middle of a match).
                _triggered.Add(list.Orders[1]);
            }
            else
            {
                CompleteList(list);
                var reason = isWorking ? ExpiryReason.OtoPhaseOneExpired : ExpiryReason.OcoTrigger;
                foreach (var leg in list.Orders)
                {
                    if (leg != order && leg.IsOpen)
                    {
                        Finish(symbol, leg, OrderStatus.Expired, reason, ExecutionType.Expired);
                    }
                }

                Output.ListUpdates.Add(list.ToStatus());
            }
        }

        RecycleListIfDone(symbol, list);
    }

    /// <summary>
    /// A list that has ended with no leg open is done: a system account's (which keeps no history) is dropped with its
    /// legs; another account's enters the history FIFO, once (this runs on every leg's close).
    /// </summary>
    private void RecycleListIfDone(SymbolState symbol, OrderList list)
    {
        var account = _accounts[list.AccountId];
        if (!account.IsSystem)
        {
            if (_historyTracked && !list.InHistory && !list.IsOpen && !AnyOpen(list))
            {
                TrackClosedList(list);
            }

            return;
        }

        if (list.IsOpen || list.Orders.Any(o => o.IsOpen))
        {
            return;
        }

        _lists.Remove(list.OrderListId);
        var key = (list.SymbolId, list.ListClientOrderId);
        if (account.ListsByClientId.TryGetValue(key, out var mapped) && mapped == list)
        {
            account.ListsByClientId.Remove(key);
        }

        foreach (var leg in list.Orders)
        {
            if (leg.List == list)
            {
                Recycle(symbol, account, leg);
            }
        }
    }

    /// <summary>Places the pending orders of an OTO-style list once its working order has filled.</summary>
    private void ActivatePending(SymbolState symbol, OrderList list)
    {
        var account = _accounts[list.AccountId];
        var working = list.Orders[0];
        var pending = list.Orders.Skip(1).Where(o => o.Status == OrderStatus.PendingNew).ToArray();
        if (pending.Length == 0)
        {
            return;
        }

        // OPO: the pending quantity is what the working order received, minus commission, in whole steps.
        if (list.Kind is OrderListKind.Opo or OrderListKind.Opoco)
        {
            var step = symbol.Config.Filters.LotSize is { StepSize.Units: > 0 } lot ? lot.StepSize.Units : 1;
            var received = working.Executed - working.ReceivedCommission;
            foreach (var leg in pending)
            {
                leg.Quantity = received - (received % step);
            }
        }

        var rejected = false;
        long need = 0;
        foreach (var leg in pending)
        {
            var spec = SpecOf(leg);
            long price = leg.Price;
            if (leg.PegPriceType != PegPriceType.None && !leg.IsUntriggered)
            {
                if (!TryPegPrice(symbol, leg.Side, leg.PegPriceType, leg.PegOffsetLevels ?? 0, out price))
                {
                    rejected = true;
                    break;
                }

                leg.PeggedPrice = price;
            }

            var check = leg.Quantity <= 0 ? Rejected(EngineErrors.PriceTimesQuantityZero) : CheckFilters(ref spec, symbol, account, 0, price);
            if (check.IsSuccess && leg.IsUntriggered && leg.TrailingDelta == 0 && symbol.LastPrice != 0
                && StopConditionMet(leg.Type, leg.Side, leg.StopPrice, symbol.LastPrice))
            {
                check = Rejected(EngineErrors.WouldTriggerImmediately);
            }

            if (check.IsSuccess && leg.Type == OrderType.LimitMaker && Crosses(symbol, leg.Side, price))
            {
                check = Rejected(EngineErrors.WouldMatchAndTake);
            }

            if (!check.IsSuccess || !TryComputeReservation(ref spec, symbol, account, price, out _, out var amount, out _))
            {
                rejected = true;
                break;
            }

            need = Math.Max(need, amount);
        }

        // An OPO's pending order already holds what the working order received (ReserveForPending).
        var reserved = pending[0].Locked;
        if (rejected || need > account.Free(pending[0].LockedAsset) + reserved)
        {
            CompleteList(list);
            foreach (var leg in pending)
            {
                Finish(symbol, leg, OrderStatus.Expired, ExpiryReason.Rejected, ExecutionType.Expired);
            }

            Output.ListUpdates.Add(list.ToStatus());
            return;
        }

        if (need >= reserved)
        {
            Lock(account, pending[0], pending[0].LockedAsset, need - reserved);
        }
        else
        {
            Release(account, pending[0], reserved - need);
        }

        foreach (var leg in pending)
        {
            if (!leg.IsOpen)
            {
                continue;
            }

            leg.Status = OrderStatus.New;
            leg.UpdateTime = _now;
            if (leg.IsUntriggered)
            {
                symbol.AddStop(leg);
                Emit(leg, ExecutionType.New);
            }
            else
            {
                leg.WorkingTime = _now;
                Emit(leg, ExecutionType.New);
                Work(symbol, leg);
            }
        }

        if (list.Kind is OrderListKind.Oto or OrderListKind.Opo)
        {
            CompleteList(list);
            Output.ListUpdates.Add(list.ToStatus());
        }
    }

    private static OrderSpec SpecOf(Order order) => new()
    {
        AccountId = order.AccountId,
        SymbolId = order.SymbolId,
        Side = order.Side,
        Type = order.Type,
        TimeInForce = order.Type is OrderType.Limit or OrderType.StopLossLimit or OrderType.TakeProfitLimit ? order.TimeInForce : null,
        Quantity = order.Quantity,
        Price = order.Type is OrderType.Limit or OrderType.LimitMaker or OrderType.StopLossLimit or OrderType.TakeProfitLimit
            && !(order.PegPriceType != PegPriceType.None && order.Price == 0) ? order.Price : null,
        StopPrice = order.StopPrice == 0 ? null : order.StopPrice,
        TrailingDelta = order.TrailingDelta == 0 ? null : order.TrailingDelta,
        IcebergQuantity = order.IcebergQuantity == 0 ? null : order.IcebergQuantity,
        ClientOrderId = order.ClientOrderId,
        Stp = order.Stp,
        PegPriceType = order.PegPriceType,
        PegOffsetLevels = order.PegOffsetLevels,
        Time = order.Time,
    };

    /// <summary>
    /// Cancels a list: every open leg is canceled and takes the cancel's client id, its own becoming the update's
    /// <c>origClientOrderId</c>, while the list keeps its <c>listClientOrderId</c> (the docs' cancel samples).
    /// </summary>
    private void CancelList(SymbolState symbol, OrderList list, string cancelClientOrderId)
    {
        var account = _accounts[list.AccountId];

        // The cancel's list status shows the legs as the list held them (the samples' orders[] carry the legs' own ids,
        // their orderReports the cancel's); later queries show the legs' current ids, as an order query does.
        var legs = new (long OrderId, string ClientOrderId)[list.Orders.Count];
        for (var i = 0; i < legs.Length; i++)
        {
            legs[i] = (list.Orders[i].OrderId, list.Orders[i].ClientOrderId);
        }

        CompleteList(list);
        for (var i = 0; i < list.Orders.Count; i++)
        {
            var leg = list.Orders[i];
            if (leg.IsOpen && leg.List == list)
            {
                CancelOne(symbol, account, leg, cancelClientOrderId);
            }
        }

        Output.ListUpdates.Add(list.ToStatus() with { Orders = legs });
        RecycleListIfDone(symbol, list);
    }
}
