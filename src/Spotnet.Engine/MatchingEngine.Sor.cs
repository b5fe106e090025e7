using Spotnet.Engine.Core;

namespace Spotnet.Engine;

/// <summary>
/// Smart order routing (<c>faqs/sor_faq.md</c>). An SOR order is validated against and registered on the symbol it is
/// sent to; its taker phase walks the best price levels across every book of the symbol's SOR group. Every taker-phase
/// fill is an allocation, on the order's own book too (as the FAQ's examples show): the exchange's SOR allocator trades
/// with the maker (a normal trade for the maker, with that book's trade id) and passes the fill on to the order with
/// <c>tradeId -1</c>. A GTC remainder then rests on the own book and trades normally. The user always pays or receives
/// the order symbol's quote asset; the allocator bridges the interchangeable quote assets one to one, and its net
/// position per asset (<see cref="_sorPosition"/>) is part of conservation: free + locked + fees + allocator position =
/// granted, and the position sums to zero over all assets.
/// </summary>
public sealed partial class MatchingEngine
{
    // Per symbol: the symbol ids of its SOR group (the symbol first), or null when it has none.
    private int[]?[] _sorBooks = [];
    private long[] _sorPosition = [];
    private long[] _nextAllocationId = [];

    private void InitializeSor(ExchangeConfig config)
    {
        _sorBooks = new int[]?[config.Symbols.Count];
        _sorPosition = new long[config.Assets.Count];
        _nextAllocationId = new long[config.Symbols.Count];
        foreach (var group in config.SorGroups)
        {
            foreach (var symbolId in group.SymbolIds)
            {
                if ((uint)symbolId >= (uint)config.Symbols.Count || _sorBooks[symbolId] is not null)
                {
                    throw new ArgumentException($"SOR symbol {symbolId} is unknown or in two groups.", nameof(config));
                }

                if (config.Symbols[symbolId].BaseAsset != group.BaseAsset)
                {
                    throw new ArgumentException($"SOR symbol {config.Symbols[symbolId].Name} does not have the group's base asset.", nameof(config));
                }

                _sorBooks[symbolId] = [symbolId, .. group.SymbolIds.Where(other => other != symbolId)];
            }
        }
    }

    /// <summary>Places an order using SOR; the result carries the order id, the events its updates, trades (on every book touched) and book changes.</summary>
    public EngineResult PlaceSorOrder(PlaceSorOrder command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Output.Clear();
        _now = command.Time;
        var result = PlaceSor(command);
        FlushBalances();
        SpillHistoryIfOver();
        return result;
    }

    /// <summary>Validates an SOR order as <see cref="PlaceSorOrder(Engine.PlaceSorOrder)"/> would (without the balance and liquidity checks), changing nothing, and returns the commission rates.</summary>
    public TestOrderResult TestSorOrder(PlaceSorOrder command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (CheckSor(command) is { } rejected)
        {
            Output.Clear();
            return new TestOrderResult { Result = rejected };
        }

        return TestOrder(ToPlaceOrder(command));
    }

    /// <summary>The account's SOR allocations on a symbol in this epoch (<c>myAllocations</c>), by allocation id.</summary>
    public IReadOnlyList<Allocation> GetAllocations(int accountId, int symbolId)
    {
        if (!TryGetAccount(accountId, out var account))
        {
            return [];
        }

        return account.Allocations.Where(a => a.SymbolId == symbolId).ToArray();
    }

    private static PlaceOrder ToPlaceOrder(PlaceSorOrder c) => new()
    {
        Time = c.Time,
        AccountId = c.AccountId,
        SymbolId = c.SymbolId,
        Side = c.Side,
        Type = c.Type,
        TimeInForce = c.TimeInForce,
        Quantity = c.Quantity,
        Price = c.Price,
        IcebergQuantity = c.IcebergQuantity,
        ClientOrderId = c.ClientOrderId,
        SelfTradePreventionMode = c.SelfTradePreventionMode,
        StrategyId = c.StrategyId,
        StrategyType = c.StrategyType,
    };

    /// <summary>The SOR-only rules: the symbol must be in an SOR group and the type LIMIT or MARKET.</summary>
    private EngineResult? CheckSor(PlaceSorOrder command)
    {
        if (!IsValidSymbol(command.SymbolId) || !TryGetAccount(command.AccountId, out _))
        {
            return EngineResult.Reject(EngineErrors.ErrorMessageReceived, "Unknown account or symbol.");
        }

        if (_sorBooks[command.SymbolId] is null)
        {
            return EngineResult.Reject(EngineErrors.UnsupportedOperation, EngineErrors.UnsupportedOperationMessage);
        }

        if (command.Type is not (OrderType.Limit or OrderType.Market))
        {
            return Rejected(EngineErrors.UnsupportedOrderCombination);
        }

        return null;
    }

    private EngineResult PlaceSor(PlaceSorOrder command)
    {
        if (CheckSor(command) is { } rejected)
        {
            return rejected;
        }

        var spec = OrderSpec.From(ToPlaceOrder(command));
        var symbol = _symbols[spec.SymbolId];
        var account = _accounts[spec.AccountId];
        var result = Validate(ref spec, symbol, account, 1, out var limitPrice);
        if (!result.IsSuccess)
        {
            return result;
        }

        var books = _sorBooks[symbol.Id]!;
        var quantity = spec.Quantity!.Value;
        var asset = ReservationAsset(spec.Side, symbol);
        long amount;
        if (spec.Side == OrderSide.Sell)
        {
            amount = quantity;
        }
        else if (spec.Type == OrderType.Limit)
        {
            amount = Fixed.NotionalCeiling(limitPrice, quantity);
        }
        else
        {
            (_, amount) = SorWalk(books, spec.Side, account.Id, spec.Stp!.Value, 0, quantity, stopAtOwnConflict: false);
        }

        if (amount > account.Free(asset))
        {
            return Rejected(EngineErrors.InsufficientBalance);
        }

        var order = Create(ref spec, symbol, account, limitPrice, null);
        order.UsedSor = true;
        order.WorkingFloor = WorkingFloor.Sor;
        Lock(account, order, asset, amount);
        Emit(order, ExecutionType.New);
        WorkSor(symbol, books, order, limitPrice);
        ProcessSorTriggers(books);
        return EngineResult.Success(order.OrderId);
    }

    /// <summary>The SOR taker phase, then the order rests on its own book (LIMIT GTC) or expires (MARKET, IOC, FOK).</summary>
    private void WorkSor(SymbolState symbol, int[] books, Order order, long limit)
    {
        if (order.TimeInForce == TimeInForce.Fok && order.Type == OrderType.Limit)
        {
            var (available, _) = SorWalk(books, order.Side, order.AccountId, order.Stp, limit, order.Remaining, stopAtOwnConflict: true);
            if (available < order.Remaining)
            {
                Finish(symbol, order, OrderStatus.Expired, ExpiryReason.UnfilledFokOrderExpired, ExecutionType.Expired);
                return;
            }
        }

        MatchSor(symbol, books, order, limit);
        if (order.Status == OrderStatus.ExpiredInMatch)
        {
            Finish(symbol, order, OrderStatus.ExpiredInMatch, ExpiryReason.None, null);
            return;
        }

        if (order.Remaining == 0)
        {
            Finish(symbol, order, order.Status, ExpiryReason.None, null);
            return;
        }

        if (order.Type == OrderType.Market || order.TimeInForce != TimeInForce.Gtc)
        {
            var reason = order.Type == OrderType.Market ? ExpiryReason.InsufficientLiquidity
                : order.TimeInForce == TimeInForce.Ioc ? ExpiryReason.UnfilledIocQuantityExpired : ExpiryReason.UnfilledFokOrderExpired;
            Finish(symbol, order, OrderStatus.Expired, reason, ExecutionType.Expired);
            return;
        }

        // The remainder rests on the book the order was sent to.
        order.WorkingFloor = WorkingFloor.Exchange;
        Rest(symbol, order, limit);
    }

    /// <summary>
    /// Takes the best price across the group's books until the order is done, out of liquidity or budget, or stopped by
    /// STP. Ties go to the order's own book. Self-trade prevention applies on the own book as for any taker; a book whose
    /// best price is outside its PRICE_RANGE, or whose next maker would be a self-trade on another book, takes no further
    /// part in this taker phase.
    /// </summary>
    private void MatchSor(SymbolState own, int[] books, Order taker, long limit)
    {
        var isBuy = taker.Side == OrderSide.Buy;
        var isMarket = limit == 0;
        var step = isMarket ? StepFor(own) : 1;
        var excluded = new bool[books.Length];
        var ranges = new (long Low, long High)[books.Length];
        for (var b = 0; b < books.Length; b++)
        {
            ranges[b] = PriceRangeLimits(_symbols[books[b]], taker.Side);
        }

        while (taker.Remaining > 0)
        {
            var best = -1;
            PriceLevel? bestLevel = null;
            for (var b = 0; b < books.Length; b++)
            {
                if (excluded[b] || _symbols[books[b]].Opposite(taker.Side).Best is not { } level)
                {
                    continue;
                }

                if (level.Price < ranges[b].Low || level.Price > ranges[b].High)
                {
                    excluded[b] = true;
                    continue;
                }

                if ((isMarket || (isBuy ? level.Price <= limit : level.Price >= limit))
                    && (bestLevel is null || (isBuy ? level.Price < bestLevel.Price : level.Price > bestLevel.Price)))
                {
                    best = b;
                    bestLevel = level;
                }
            }

            if (bestLevel is null)
            {
                return;
            }

            var symbol = _symbols[books[best]];
            var book = symbol.Opposite(taker.Side);
            var price = bestLevel.Price;
            var maker = bestLevel.Head!;
            var selfTrade = taker.Stp != SelfTradePreventionMode.None && IsSelfTrade(taker, maker);
            if (selfTrade && best != 0)
            {
                excluded[best] = true;
                continue;
            }

            if (selfTrade)
            {
                if (!PreventMatch(own, book, taker, maker, price, step))
                {
                    return;
                }

                continue;
            }

            var quantity = Math.Min(taker.Remaining, maker.Visible);
            if (isMarket)
            {
                // Never spend more than the reservation: the balance can never go below zero.
                quantity = Math.Min(quantity, isBuy ? AffordableQuantity(taker.Locked, price, step) : taker.Locked);
                if (quantity <= 0)
                {
                    return;
                }
            }

            Allocate(own, symbol, book, taker, maker, price, quantity);
        }
    }

    /// <summary>
    /// One allocation: the SOR allocator trades <paramref name="quantity"/> with <paramref name="maker"/> on
    /// <paramref name="venue"/> and passes the fill to <paramref name="taker"/>, who pays or receives its own quote asset.
    /// </summary>
    private void Allocate(SymbolState own, SymbolState venue, BookSide book, Order taker, Order maker, long price, long quantity)
    {
        if (maker.List is { IsOpen: true } makerList && maker.Executed == 0)
        {
            OnListLegStarted(venue, makerList, maker);
        }

        var quote = Fixed.NotionalFloor(price, quantity);
        var tradeId = venue.NextTradeId++;
        var allocationId = _nextAllocationId[own.Id]++;
        var takerIsBuyer = taker.Side == OrderSide.Buy;
        book.Reduce(maker, quantity);
        var takerFirst = taker.Executed == 0;
        var makerFirst = maker.Executed == 0;
        Fill(taker, quantity, quote);
        Fill(maker, quantity, quote);

        var takerAccount = _accounts[taker.AccountId];
        var makerAccount = _accounts[maker.AccountId];
        var ownConfig = own.Config;
        var venueConfig = venue.Config;
        long takerCommission, makerCommission;
        int takerCommissionAsset, makerCommissionAsset;
        if (takerIsBuyer)
        {
            Spend(taker, Math.Min(quote, taker.Locked));
            Spend(maker, quantity);
            (takerCommission, takerCommissionAsset) = Commission(takerAccount, own, quantity, ownConfig.BaseAsset, isMaker: false, OrderSide.Buy);
            (makerCommission, makerCommissionAsset) = Commission(makerAccount, venue, quote, venueConfig.QuoteAsset, isMaker: true, OrderSide.Sell);
            CreditNet(taker, ownConfig.BaseAsset, quantity, takerCommission, takerCommissionAsset);
            CreditNet(maker, venueConfig.QuoteAsset, quote, makerCommission, makerCommissionAsset);
            _sorPosition[ownConfig.QuoteAsset] += quote;
            _sorPosition[venueConfig.QuoteAsset] -= quote;
        }
        else
        {
            Spend(taker, quantity);
            Spend(maker, Math.Min(quote, maker.Locked));
            (takerCommission, takerCommissionAsset) = Commission(takerAccount, own, quote, ownConfig.QuoteAsset, isMaker: false, OrderSide.Sell);
            (makerCommission, makerCommissionAsset) = Commission(makerAccount, venue, quantity, venueConfig.BaseAsset, isMaker: true, OrderSide.Buy);
            CreditNet(taker, ownConfig.QuoteAsset, quote, takerCommission, takerCommissionAsset);
            CreditNet(maker, venueConfig.BaseAsset, quantity, makerCommission, makerCommissionAsset);
            _sorPosition[ownConfig.QuoteAsset] -= quote;
            _sorPosition[venueConfig.QuoteAsset] += quote;
        }

        // The allocator's side of the venue trade has no order or account here (-1).
        Output.Trades.Add(new TradeEvent
        {
            SymbolId = venue.Id,
            TradeId = tradeId,
            Price = new Price(price),
            Quantity = new Quantity(quantity),
            QuoteQuantity = new Quantity(quote),
            BuyerOrderId = takerIsBuyer ? -1 : maker.OrderId,
            SellerOrderId = takerIsBuyer ? maker.OrderId : -1,
            BuyerAccountId = takerIsBuyer ? -1 : maker.AccountId,
            SellerAccountId = takerIsBuyer ? maker.AccountId : -1,
            IsBuyerMaker = !takerIsBuyer,
            Time = _now,
        });

        Emit(taker, ExecutionType.Trade, quantity, price, quote, takerCommission, takerCommissionAsset, -1, false, isFirstFill: takerFirst);
        ref var allocated = ref Output.OrderUpdates[Output.OrderUpdates.Count - 1];
        allocated = allocated with { AllocationId = allocationId };
        Emit(maker, ExecutionType.Trade, quantity, price, quote, makerCommission, makerCommissionAsset, tradeId, true, isFirstFill: makerFirst);
        RecordAccountTrade(maker, tradeId, price, quantity, quote, makerCommission, makerCommissionAsset, isMaker: true);
        if (!takerAccount.IsSystem)
        {
            takerAccount.Allocations.Add(new Allocation
            {
                SymbolId = own.Id,
                AllocationId = allocationId,
                OrderId = taker.OrderId,
                OrderListId = taker.OrderListId,
                Price = new Price(price),
                Quantity = new Quantity(quantity),
                QuoteQuantity = new Quantity(quote),
                Commission = new Quantity(takerCommission),
                CommissionAsset = takerCommissionAsset,
                Time = _now,
                IsBuyer = takerIsBuyer,
            });
            Track(HistoryKind.Allocation, takerAccount.Id);
        }

        if (maker.Remaining == 0)
        {
            Finish(venue, maker, OrderStatus.Filled, ExpiryReason.None, null);
        }
        else if (maker.Visible == 0)
        {
            Refresh(venue, book, maker);
        }
        else
        {
            EmitLevel(venue, maker.Side, maker.Level!);
        }

        venue.RecordTrade(_now, price, quantity);
        venue.RecordReferenceTrade(_now, price);
        OnTradePrice(venue, price);
    }

    /// <summary>Credits a fill's proceeds less the commission when the commission is taken from them (as <c>Trade</c> does).</summary>
    private void CreditNet(Order order, int asset, long amount, long commission, int commissionAsset)
    {
        var fromProceeds = commissionAsset == asset ? commission : 0;
        Credit(order.AccountId, asset, amount - fromProceeds);
        order.ReceivedCommission += fromProceeds;
    }

    /// <summary>
    /// Walks the group's books in SOR price order (own book first on ties) up to <paramref name="maxQuantity"/> within
    /// <paramref name="limit"/> (0 = none), as the taker phase would take them, and returns the base quantity and the
    /// quote amount (rounded up per maker). A self-trade conflict on another book ends that book; on the own book it is
    /// skipped, or ends the walk when <paramref name="stopAtOwnConflict"/> (a FOK check: STP would stop the order).
    /// </summary>
    private (long Quantity, long Quote) SorWalk(
        int[] books, OrderSide side, int accountId, SelfTradePreventionMode stp, long limit, long maxQuantity, bool stopAtOwnConflict)
    {
        var isBuy = side == OrderSide.Buy;
        var ranks = new int[books.Length];
        var done = new bool[books.Length];
        var ranges = new (long Low, long High)[books.Length];
        for (var b = 0; b < books.Length; b++)
        {
            ranges[b] = PriceRangeLimits(_symbols[books[b]], side);
        }

        long quantity = 0, quote = 0;
        while (quantity < maxQuantity)
        {
            var best = -1;
            PriceLevel? bestLevel = null;
            for (var b = 0; b < books.Length; b++)
            {
                var opposite = _symbols[books[b]].Opposite(side);
                if (done[b] || ranks[b] >= opposite.Count)
                {
                    continue;
                }

                var level = opposite.LevelFromBest(ranks[b]);
                if (level.Price < ranges[b].Low || level.Price > ranges[b].High || (limit != 0 && (isBuy ? level.Price > limit : level.Price < limit)))
                {
                    done[b] = true;
                    continue;
                }

                if (bestLevel is null || (isBuy ? level.Price < bestLevel.Price : level.Price > bestLevel.Price))
                {
                    best = b;
                    bestLevel = level;
                }
            }

            if (bestLevel is null)
            {
                break;
            }

            ranks[best]++;
            for (var maker = bestLevel.Head; maker is not null && quantity < maxQuantity; maker = maker.Next)
            {
                if (stp != SelfTradePreventionMode.None && IsSelfTrade(accountId, maker))
                {
                    if (best != 0)
                    {
                        done[best] = true;
                        break;
                    }

                    if (stopAtOwnConflict && stp != SelfTradePreventionMode.ExpireMaker)
                    {
                        return (quantity, quote);
                    }

                    continue;
                }

                var take = Math.Min(maker.Remaining, maxQuantity - quantity);
                quantity += take;
                quote += Fixed.NotionalCeiling(bestLevel.Price, take);
            }
        }

        return (quantity, quote);
    }

    /// <summary>Activates the stops that the taker phase's trades triggered, book by book (an activation's trades stay on its book).</summary>
    private void ProcessSorTriggers(int[] books)
    {
        if (_triggered.Count == 0)
        {
            return;
        }

        var triggered = _triggered.ToArray();
        _triggered.Clear();
        foreach (var symbolId in books)
        {
            foreach (var order in triggered)
            {
                if (order.SymbolId == symbolId)
                {
                    _triggered.Add(order);
                }
            }

            ProcessTriggers(_symbols[symbolId]);
        }
    }
}
