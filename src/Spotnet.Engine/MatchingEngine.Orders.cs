using System.Runtime.CompilerServices;
using Spotnet.Engine.Core;

namespace Spotnet.Engine;

public sealed partial class MatchingEngine
{
    private readonly List<Order> _triggered = [];
    private long _now;

    /// <summary>Places an order; the result carries the order id, the events carry the order's updates, trades and book changes.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // kept out of Execute's frame (see CancelReplaceNewOrder)
    public EngineResult PlaceOrder(PlaceOrder command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Output.Clear();
        _now = command.Time;
        var spec = OrderSpec.From(command);
        var result = Place(ref spec, null, out _);
        FlushBalances();
        SpillHistoryIfOver();
        return result;
    }

    /// <summary>Validates an order as <see cref="PlaceOrder(Engine.PlaceOrder)"/> would (without the balance and liquidity checks, which belong to the matching engine), changing nothing, and returns the commission rates.</summary>
    public TestOrderResult TestOrder(PlaceOrder command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Output.Clear();
        _now = command.Time;
        var spec = OrderSpec.From(command);
        EngineResult result;
        if (!IsValidSymbol(spec.SymbolId) || !TryGetAccount(spec.AccountId, out var account))
        {
            result = EngineResult.Reject(EngineErrors.ErrorMessageReceived, "Unknown account or symbol.");
            return new TestOrderResult { Result = result };
        }

        var symbol = _symbols[spec.SymbolId];
        // A test order never reaches the matching engine: no balance or liquidity check.
        result = Validate(ref spec, symbol, account, 1, out _);
        var commission = CommissionFor(account, symbol.Id);
        return new TestOrderResult
        {
            Result = result,
            Standard = new CommissionForOrder(commission.Standard.For(true, spec.Side), commission.Standard.For(false, spec.Side)),
            Tax = new CommissionForOrder(commission.Tax.For(true, spec.Side), commission.Tax.For(false, spec.Side)),
            Special = new CommissionForOrder(commission.Special.For(true, spec.Side), commission.Special.For(false, spec.Side)),
        };
    }

    private SymbolCommission CommissionFor(Account account, int symbolId) =>
        account.Commission.TryGetValue(symbolId, out var rates) ? rates : _symbols[symbolId].Config.Commission;

    private static int ReservationAsset(OrderSide side, SymbolState symbol) =>
        side == OrderSide.Buy ? symbol.Config.QuoteAsset : symbol.Config.BaseAsset;

    /// <summary>Validates, reserves, registers and works a new order.</summary>
    private EngineResult Place(ref OrderSpec spec, OrderList? list, out Order? placed)
    {
        placed = null;
        if (!IsValidSymbol(spec.SymbolId) || !TryGetAccount(spec.AccountId, out var account))
        {
            return EngineResult.Reject(EngineErrors.ErrorMessageReceived, "Unknown account or symbol.");
        }

        var symbol = _symbols[spec.SymbolId];
        var result = Validate(ref spec, symbol, account, 1, out var limitPrice);
        if (!result.IsSuccess)
        {
            return result;
        }

        return PlaceValidated(ref spec, symbol, account, limitPrice, list, out placed);
    }

    /// <summary>Reserves, registers and works an order <see cref="Validate"/> accepted with <paramref name="limitPrice"/>.</summary>
    private EngineResult PlaceValidated(ref OrderSpec spec, SymbolState symbol, Account account, long limitPrice, OrderList? list, out Order? placed)
    {
        placed = null;
        if (!TryComputeReservation(ref spec, symbol, account, limitPrice, out var asset, out var amount, out var liquidityError))
        {
            return liquidityError!.Value;
        }

        if (amount > account.Free(asset))
        {
            return Rejected(EngineErrors.InsufficientBalance);
        }

        Order order;
        if (list is null && account.IsSystem && FastPathsEnabled && spec.ClientIdHashed && !spec.ClientIdFiled
            && (spec.Type == OrderType.Market || (spec.Type == OrderType.Limit && spec.TimeInForce is TimeInForce.Ioc or TimeInForce.Fok)))
        {
            // Work closes this order before the command ends (it cannot rest), and a system account's closed order is
            // recycled at once, which unfiles it again. Nothing in between looks it up by id or client id, reads the open
            // orders or the counts of its account (trades, self-trade prevention and expiry do not; triggered stops are
            // placed after Work), and no other order is filed under its client id (checked by validation), so filing it
            // and unfiling it again are skipped. Open-slot layout is not observable (readers sort or sum).
            order = _orderPool.Count > 0 ? _orderPool.Pop() : new Order();
            Initialize(order, ref spec, symbol, account, limitPrice, null);
            order.ClientIdHash = spec.ClientIdHash;
            order.Unfiled = true;
            UnfiledTakers++;
        }
        else
        {
            order = Create(ref spec, symbol, account, limitPrice, list);
        }

        Lock(account, order, asset, amount);
        Emit(order, ExecutionType.New);
        placed = order;
        var orderId = order.OrderId;
        if (order.IsUntriggered)
        {
            symbol.AddStop(order);
        }
        else
        {
            Work(symbol, order);
        }

        ProcessTriggers(symbol);
        return EngineResult.Success(orderId, list?.OrderListId ?? -1);
    }

    /// <summary>
    /// The asset and amount a new order locks. Sells lock base; limit-priced buys lock price × quantity; market buys
    /// lock what the book would cost (or the quote budget); stop-market buys and unpriced pegged stops lock at trigger.
    /// </summary>
    private bool TryComputeReservation(
        ref OrderSpec spec, SymbolState symbol, Account account, long limitPrice, out int asset, out long amount, out EngineResult? liquidityError)
    {
        liquidityError = null;
        asset = ReservationAsset(spec.Side, symbol);
        amount = 0;
        if (spec.QuoteOrderQuantity is { } budget)
        {
            var opposite = symbol.Opposite(spec.Side);
            var f = symbol.Config.Filters;
            if (opposite.Count == 0)
            {
                liquidityError = Rejected(EngineErrors.LiquidityBelowSymbolMinimum);
                return false;
            }

            if (f.LotSize is { } lot && opposite.TotalQuantity < lot.MinQuantity.Units)
            {
                liquidityError = Rejected(EngineErrors.LiquidityBelowLotSize);
                return false;
            }

            if (f.MarketLotSize is { } marketLot && opposite.TotalQuantity < marketLot.MinQuantity.Units)
            {
                liquidityError = Rejected(EngineErrors.LiquidityBelowMarketLotSize);
                return false;
            }

            if (spec.Side == OrderSide.Buy)
            {
                amount = budget;
            }
            else
            {
                Walk(symbol, spec.Side, account, spec.Stp!.Value, 0, long.MaxValue, budget, out amount, out _);
            }

            return true;
        }

        var quantity = spec.Quantity!.Value;
        if (spec.Side == OrderSide.Sell)
        {
            amount = quantity;
        }
        else if (spec.HasLimitPrice)
        {
            amount = limitPrice == 0 ? 0 : Fixed.NotionalCeiling(limitPrice, quantity);
        }
        else if (spec.Type == OrderType.Market)
        {
            Walk(symbol, spec.Side, account, spec.Stp!.Value, 0, quantity, long.MaxValue, out _, out amount);
        }

        return true;
    }

    private Order Create(ref OrderSpec spec, SymbolState symbol, Account account, long limitPrice, OrderList? list)
    {
        var order = _orderPool.Count > 0 ? _orderPool.Pop() : new Order();
        Initialize(order, ref spec, symbol, account, limitPrice, list);
        Register(order, symbol, account, spec.ClientIdHashed ? spec.ClientIdHash : ClientOrderIndex.Hash(symbol.Id, order.ClientOrderId));
        return order;
    }

    /// <summary>Sets every field of a new (or reset) order that <see cref="Order.Reset"/> leaves, and takes its order id.</summary>
    private void Initialize(Order order, ref OrderSpec spec, SymbolState symbol, Account account, long limitPrice, OrderList? list)
    {
        order.SymbolId = symbol.Id;
        order.AccountId = account.Id;
        order.OrderId = symbol.NextOrderId++;
        order.OrderListId = list?.OrderListId ?? -1;
        order.List = list;
        order.ClientOrderId = spec.ClientOrderId;
        order.Side = spec.Side;
        order.Type = spec.Type;
        order.TimeInForce = spec.TimeInForce ?? TimeInForce.Gtc;
        order.Price = limitPrice;
        order.PeggedPrice = spec.PegPriceType != PegPriceType.None ? limitPrice : 0;
        if (spec.PegPriceType != PegPriceType.None)
        {
            order.Price = spec.Price ?? 0;
        }

        order.Quantity = spec.Quantity ?? 0;
        order.QuoteOrderQuantity = spec.QuoteOrderQuantity ?? 0;
        order.IsQuoteOrder = spec.QuoteOrderQuantity is not null;
        order.StopPrice = spec.StopPrice ?? 0;
        order.TrailingDelta = spec.TrailingDelta ?? 0;
        order.IcebergQuantity = spec.IcebergQuantity ?? 0;
        order.Status = OrderStatus.New;
        order.Stp = spec.Stp!.Value;
        order.Time = order.UpdateTime = _now;
        order.IsUntriggered = spec.IsStop;
        order.WorkingTime = spec.IsStop ? -1 : _now;
        order.StrategyId = spec.StrategyId;
        order.StrategyType = spec.StrategyType;
        order.PegPriceType = spec.PegPriceType;
        order.PegOffsetLevels = spec.PegOffsetLevels;
        order.Retained = !account.IsSystem;
        order.LockedAsset = ReservationAsset(spec.Side, symbol);
    }

    private void Register(Order order, SymbolState symbol, Account account, int clientIdHash)
    {
        symbol.Orders.Set(order.OrderId, order);
        account.ByClientId.Set(order, clientIdHash);
        account.AddOpen(order);
        Count(account, order, 1);
        if (order.Retained)
        {
            account.Orders.Add(order);
        }
    }

    private static void Count(Account account, Order order, int delta)
    {
        var s = order.SymbolId;
        account.OpenOrders[s] += delta;
        account.TotalOpenOrders += delta;
        if (order.IsAlgo)
        {
            account.OpenAlgoOrders[s] += delta;
            account.TotalOpenAlgoOrders += delta;
        }

        if (order.IsIceberg)
        {
            account.OpenIcebergOrders[s] += delta;
            account.TotalOpenIcebergOrders += delta;
        }
    }

    /// <summary>The working limit price of an order: its pegged price when pegged, else its price; 0 for market orders.</summary>
    private static long WorkingPrice(Order order) => order.Type switch
    {
        OrderType.Market or OrderType.StopLoss or OrderType.TakeProfit => 0,
        _ => order.PegPriceType != PegPriceType.None ? order.PeggedPrice : order.Price,
    };

    /// <summary>Matches a taker, then rests, fills or expires it by its type and time in force.</summary>
    private void Work(SymbolState symbol, Order order)
    {
        var limit = WorkingPrice(order);
        if (order.TimeInForce == TimeInForce.Fok && order.Type != OrderType.Market && !CanFillCompletely(symbol, order, limit))
        {
            Finish(symbol, order, OrderStatus.Expired, ExpiryReason.UnfilledFokOrderExpired, ExecutionType.Expired);
            return;
        }

        var end = Match(symbol, order, limit);
        if (order.Status == OrderStatus.ExpiredInMatch)
        {
            Finish(symbol, order, OrderStatus.ExpiredInMatch, ExpiryReason.None, null);
            return;
        }

        if (end == MatchEnd.PriceRange)
        {
            if (order.IsQuoteOrder)
            {
                order.Quantity = order.Executed + order.Prevented;
            }

            Finish(symbol, order, OrderStatus.Expired, ExpiryReason.ExecutionRulePriceRangeExceeded, ExecutionType.Expired);
            return;
        }

        if (order.IsQuoteOrder)
        {
            // origQty of a quoteOrderQty order is what it bought or sold.
            order.Quantity = order.Executed + order.Prevented;
            if (end == MatchEnd.Budget && order.Executed > 0)
            {
                order.Status = OrderStatus.Filled;
                PatchLastUpdate(order);
                Finish(symbol, order, OrderStatus.Filled, ExpiryReason.None, null);
            }
            else
            {
                Finish(symbol, order, OrderStatus.Expired, ExpiryReason.InsufficientLiquidity, ExecutionType.Expired);
            }

            return;
        }

        if (order.Remaining == 0)
        {
            Finish(symbol, order, order.Status, ExpiryReason.None, null);
            return;
        }

        if (order.Type is OrderType.Market or OrderType.StopLoss or OrderType.TakeProfit)
        {
            Finish(symbol, order, OrderStatus.Expired, ExpiryReason.InsufficientLiquidity, ExecutionType.Expired);
            return;
        }

        if (order.TimeInForce != TimeInForce.Gtc)
        {
            var reason = order.TimeInForce == TimeInForce.Ioc ? ExpiryReason.UnfilledIocQuantityExpired : ExpiryReason.UnfilledFokOrderExpired;
            Finish(symbol, order, OrderStatus.Expired, reason, ExecutionType.Expired);
            return;
        }

        Rest(symbol, order, limit);
    }

    private void Rest(SymbolState symbol, Order order, long price)
    {
        var remaining = order.Remaining;
        order.Visible = order.IcebergQuantity > 0 ? Math.Min(order.IcebergQuantity, remaining) : remaining;
        var side = symbol.Side(order.Side);
        var level = side.GetOrAdd(price);
        level.Append(order);
        side.TotalQuantity += order.Visible;
        EmitLevel(symbol, order.Side, level);
    }

    /// <summary>Replaces the order state in the order's last emitted update (used when the final status is only known after matching).</summary>
    private void PatchLastUpdate(Order order)
    {
        var updates = Output.OrderUpdates;
        for (var i = updates.Count - 1; i >= 0; i--)
        {
            ref var update = ref updates[i];
            if (update.Order.OrderId == order.OrderId && update.Order.SymbolId == order.SymbolId)
            {
                update = update with { Order = order.ToState() };
                return;
            }
        }
    }

    /// <summary>Closes an order: off the book or stop list, reservation released, counts decremented; emits if asked; recycles system orders.</summary>
    private void Finish(SymbolState symbol, Order order, OrderStatus status, ExpiryReason reason, ExecutionType? emit, string? originalClientOrderId = null)
    {
        if (order.Level is not null)
        {
            var side = symbol.Side(order.Side);
            var level = order.Level;
            side.TotalQuantity -= order.Visible;
            level.Unlink(order);
            EmitLevel(symbol, order.Side, level);
            if (level.Count == 0)
            {
                side.Remove(level);
            }
        }

        if (order.IsUntriggered)
        {
            symbol.RemoveStop(order);
        }

        order.Status = status;
        order.ExpiryReason = reason;
        order.UpdateTime = _now;
        var account = _accounts[order.AccountId];
        Release(account, order, order.Locked);
        if (account.RemoveOpen(order))
        {
            Count(account, order, -1);
        }

        if (emit is { } type)
        {
            Emit(order, type, originalClientOrderId: originalClientOrderId);
        }

        if (order.List is { } list)
        {
            OnListLegFinished(symbol, list, order);
        }
        else if (!order.Retained)
        {
            Recycle(symbol, account, order);
        }
        else
        {
            TrackClosedOrder(order);
        }
    }

    private void Recycle(SymbolState symbol, Account account, Order order)
    {
        if (!order.Unfiled)
        {
            symbol.Orders.Remove(order.OrderId);
            account.ByClientId.Remove(order);
        }

        order.Reset();
        _orderPool.Push(order);
    }

    private void Emit(
        Order order, ExecutionType type, long lastQuantity = 0, long lastPrice = 0, long lastQuote = 0, long commission = 0,
        int commissionAsset = -1, long tradeId = -1, bool isMaker = false, long lastPrevented = 0, long counterOrderId = -1,
        bool isFirstFill = false, string? originalClientOrderId = null)
    {
        // Built in place in the buffer's slot: building the ~330-byte update on the stack and copying it in (a block copy
        // with write barriers) cost more than filling it.
        ref var update = ref Output.OrderUpdates.Append();
        InitializeUpdate(ref update, type, originalClientOrderId, lastQuantity, lastPrice, lastQuote, commission, commissionAsset, tradeId,
            _nextExecutionId++, isMaker, _now, lastPrevented, counterOrderId, isFirstFill);
        InitializeState(ref StateOf(ref update), order);
    }

    // Constructors run on an existing slot (C# can only construct into a new value, which is then copied).
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = ".ctor")]
    private static extern void InitializeUpdate(
        ref OrderUpdate update, ExecutionType executionType, string? originalClientOrderId, long lastQuantity, long lastPrice, long lastQuote,
        long commission, int commissionAsset, long tradeId, long executionId, bool isMaker, long transactTime, long lastPrevented,
        long counterOrderId, bool isFirstFill);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = ".ctor")]
    private static extern void InitializeState(ref OrderState state, Order order);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<Order>k__BackingField")]
    private static extern ref OrderState StateOf(ref OrderUpdate update);

    private void EmitLevel(SymbolState symbol, OrderSide side, PriceLevel level)
    {
        Output.BookUpdates.Add(new BookLevelUpdate
        {
            SymbolId = symbol.Id,
            Side = side,
            Price = new Price(level.Price),
            Quantity = new Quantity(level.Total),
            UpdateId = ++symbol.BookUpdateId,
        });
    }
}
