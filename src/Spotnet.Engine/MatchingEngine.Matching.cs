using Spotnet.Engine.Core;

namespace Spotnet.Engine;

public sealed partial class MatchingEngine
{
    private bool IsSelfTrade(Order taker, Order maker)
    {
        if (taker.AccountId == maker.AccountId)
        {
            return true;
        }

        var group = _accounts[taker.AccountId].TradeGroupId;
        return group != -1 && group == _accounts[maker.AccountId].TradeGroupId;
    }

    private long StepFor(SymbolState symbol)
    {
        var f = symbol.Config.Filters;
        if (f.MarketLotSize is { } marketLot && marketLot.StepSize.Units > 0)
        {
            return marketLot.StepSize.Units;
        }

        return f.LotSize is { } lot && lot.StepSize.Units > 0 ? lot.StepSize.Units : 1;
    }

    private static long AffordableQuantity(long budget, long price, long step)
    {
        var quantity = (long)((Int128)budget * Fixed.Scale / price);
        return quantity - (quantity % step);
    }

    /// <summary>Matches a taker against the opposite side until it is done, out of liquidity or budget, or stopped by STP.</summary>
    private MatchEnd Match(SymbolState symbol, Order taker, long limit)
    {
        var book = symbol.Opposite(taker.Side);
        var isBuy = taker.Side == OrderSide.Buy;
        var isMarket = limit == 0;
        var step = isMarket ? StepFor(symbol) : 1;

        var (low, high) = PriceRangeLimits(symbol, taker.Side);

        while (true)
        {
            var available = taker.IsQuoteOrder ? long.MaxValue : taker.Remaining;
            if (available <= 0)
            {
                return MatchEnd.Done;
            }

            var level = book.Best;
            if (level is null)
            {
                return MatchEnd.NoLiquidity;
            }

            var price = level.Price;
            if (!isMarket && (isBuy ? price > limit : price < limit))
            {
                return MatchEnd.NoLiquidity;
            }

            if (price < low || price > high)
            {
                return MatchEnd.PriceRange;
            }

            var maker = level.Head!;
            if (taker.Stp != SelfTradePreventionMode.None && IsSelfTrade(taker, maker))
            {
                if (!PreventMatch(symbol, book, taker, maker, price, step))
                {
                    return MatchEnd.Prevented;
                }

                continue;
            }

            var quantity = Math.Min(available, maker.Visible);
            if (isMarket)
            {
                if (taker.IsQuoteOrder)
                {
                    var budget = taker.QuoteOrderQuantity - taker.CumulativeQuote - taker.PreventedQuote;
                    quantity = Math.Min(quantity, AffordableQuantity(budget, price, step));
                }

                // Never spend more than the reservation: the balance can never go below zero.
                quantity = Math.Min(quantity, isBuy ? AffordableQuantity(taker.Locked, price, step) : taker.Locked);
                if (quantity <= 0)
                {
                    return MatchEnd.Budget;
                }
            }

            Trade(symbol, book, taker, maker, price, quantity);
        }
    }

    /// <summary>PRICE_RANGE limits for a taker, fixed when its taker phase starts from the reference price at that moment.</summary>
    private (long Low, long High) PriceRangeLimits(SymbolState symbol, OrderSide side)
    {
        if (symbol.Config.PriceRange is not { } range || symbol.ReferencePrice(_now) is not (var reference and > 0))
        {
            return (0, long.MaxValue);
        }

        var (up, down) = side == OrderSide.Buy ? (range.BidLimitMultUp, range.BidLimitMultDown) : (range.AskLimitMultUp, range.AskLimitMultDown);
        var low = down is { } d ? (long)((Int128)reference * d.Units / Fixed.Scale) : 0;
        var high = up is { } u ? (long)((Int128)reference * u.Units / Fixed.Scale) : long.MaxValue;
        return (low, high);
    }

    private void Trade(SymbolState symbol, BookSide book, Order taker, Order maker, long price, long quantity)
    {
        // An OCO leg that starts working expires its peers and takes over the list's reservation first.
        if (maker.List is { IsOpen: true } makerList && maker.Executed == 0)
        {
            OnListLegStarted(symbol, makerList, maker);
        }

        if (taker.List is { IsOpen: true } takerList && taker.Executed == 0)
        {
            OnListLegStarted(symbol, takerList, taker);
        }

        var quote = Fixed.NotionalFloor(price, quantity);
        var tradeId = symbol.NextTradeId++;
        var takerIsBuyer = taker.Side == OrderSide.Buy;
        var buyer = takerIsBuyer ? taker : maker;
        var seller = takerIsBuyer ? maker : taker;
        var config = symbol.Config;

        book.Reduce(maker, quantity);
        var takerFirst = taker.Executed == 0;
        var makerFirst = maker.Executed == 0;
        Fill(taker, quantity, quote);
        Fill(maker, quantity, quote);

        // Settlement: each side spends from its reservation and receives the other asset minus commission.
        Spend(buyer, Math.Min(quote, buyer.Locked));
        Spend(seller, quantity);
        var buyerAccount = _accounts[buyer.AccountId];
        var sellerAccount = _accounts[seller.AccountId];
        var (buyerCommission, buyerCommissionAsset) = Commission(buyerAccount, symbol, quantity, config.BaseAsset, isMaker: !takerIsBuyer, OrderSide.Buy);
        var (sellerCommission, sellerCommissionAsset) = Commission(sellerAccount, symbol, quote, config.QuoteAsset, isMaker: takerIsBuyer, OrderSide.Sell);
        Credit(buyer.AccountId, config.BaseAsset, quantity - (buyerCommissionAsset == config.BaseAsset ? buyerCommission : 0));
        Credit(seller.AccountId, config.QuoteAsset, quote - (sellerCommissionAsset == config.QuoteAsset ? sellerCommission : 0));
        if (buyerCommissionAsset == config.BaseAsset)
        {
            buyer.ReceivedCommission += buyerCommission;
        }

        if (sellerCommissionAsset == config.QuoteAsset)
        {
            seller.ReceivedCommission += sellerCommission;
        }

        ReserveForPending(buyer, config.BaseAsset, quantity - (buyerCommissionAsset == config.BaseAsset ? buyerCommission : 0));
        ReserveForPending(seller, config.QuoteAsset, quote - (sellerCommissionAsset == config.QuoteAsset ? sellerCommission : 0));

        Output.Trades.Add(new TradeEvent
        {
            SymbolId = symbol.Id,
            TradeId = tradeId,
            Price = new Price(price),
            Quantity = new Quantity(quantity),
            QuoteQuantity = new Quantity(quote),
            BuyerOrderId = buyer.OrderId,
            SellerOrderId = seller.OrderId,
            BuyerAccountId = buyer.AccountId,
            SellerAccountId = seller.AccountId,
            IsBuyerMaker = !takerIsBuyer,
            Time = _now,
        });

        var takerCommission = takerIsBuyer ? buyerCommission : sellerCommission;
        var makerCommission = takerIsBuyer ? sellerCommission : buyerCommission;
        var takerCommissionAsset = takerIsBuyer ? buyerCommissionAsset : sellerCommissionAsset;
        var makerCommissionAsset = takerIsBuyer ? sellerCommissionAsset : buyerCommissionAsset;
        Emit(taker, ExecutionType.Trade, quantity, price, quote, takerCommission, takerCommissionAsset, tradeId, false, isFirstFill: takerFirst);
        Emit(maker, ExecutionType.Trade, quantity, price, quote, makerCommission, makerCommissionAsset, tradeId, true, isFirstFill: makerFirst);
        RecordAccountTrade(taker, tradeId, price, quantity, quote, takerCommission, takerCommissionAsset, isMaker: false);
        RecordAccountTrade(maker, tradeId, price, quantity, quote, makerCommission, makerCommissionAsset, isMaker: true);

        var level = maker.Level!;
        if (maker.Remaining == 0)
        {
            Finish(symbol, maker, OrderStatus.Filled, ExpiryReason.None, null);
        }
        else if (maker.Visible == 0)
        {
            Refresh(symbol, book, maker);
        }
        else
        {
            EmitLevel(symbol, maker.Side, level);
        }

        symbol.RecordTrade(_now, price, quantity);
        symbol.RecordReferenceTrade(_now, price);
        OnTradePrice(symbol, price);
    }

    /// <summary>
    /// OPO: what the working order receives is locked for its pending orders as it arrives, fill by fill ("The received
    /// funds from the working order are locked for use by the pending order(s) and not available for trading", opo.md);
    /// the pending order holds it until it is placed (and takes what it needs) or the list ends (and releases it).
    /// </summary>
    private void ReserveForPending(Order order, int asset, long received)
    {
        if (order.List is not { IsOpen: true, Kind: OrderListKind.Opo or OrderListKind.Opoco } list || list.Orders[0] != order || received <= 0)
        {
            return;
        }

        var pending = list.Orders[1];
        if (pending.Status == OrderStatus.PendingNew && pending.LockedAsset == asset)
        {
            Lock(_accounts[order.AccountId], pending, asset, received);
        }
    }

    /// <summary>An iceberg whose visible part is gone shows its next part at the back of the level.</summary>
    private void Refresh(SymbolState symbol, BookSide book, Order maker)
    {
        var level = maker.Level!;
        level.Unlink(maker);
        maker.Visible = Math.Min(maker.IcebergQuantity > 0 ? maker.IcebergQuantity : maker.Remaining, maker.Remaining);
        level.Append(maker);
        book.TotalQuantity += maker.Visible;
        EmitLevel(symbol, maker.Side, level);
    }

    private static void Fill(Order order, long quantity, long quote)
    {
        order.Executed += quantity;
        order.CumulativeQuote += quote;
        order.Status = order.Remaining == 0 && !order.IsQuoteOrder ? OrderStatus.Filled : OrderStatus.PartiallyFilled;
    }

    /// <summary>
    /// The commission of one side of a fill and its asset: standard + tax + special on the received amount, or, when the
    /// account and symbol enable the discount and the discount asset balance covers it, the discounted standard plus
    /// tax and special converted at the discount asset's last price, taken from the free discount asset balance.
    /// </summary>
    private (long Amount, int Asset) Commission(Account account, SymbolState symbol, long received, int receivedAsset, bool isMaker, OrderSide side)
    {
        var rates = CommissionFor(account, symbol.Id);
        var standard = rates.Standard.For(isMaker, side);
        var other = rates.Tax.For(isMaker, side) + rates.Special.For(isMaker, side);
        if (standard + other <= 0)
        {
            return (0, receivedAsset);
        }

        var full = Math.Min(received, Fixed.MultiplyRateCeiling(received, standard + other));
        if (_config.CommissionDiscount is { } discount && account.DiscountEnabled && symbol.Config.CommissionDiscountEnabled
            && DiscountAssetPrice(discount.Asset, receivedAsset) is var price and > 0)
        {
            // In received-asset units first, then converted: (standard * discount + tax + special) / price.
            var discounted = Fixed.MultiplyRateCeiling(Fixed.MultiplyRateCeiling(received, standard), discount.Rate)
                + Fixed.MultiplyRateCeiling(received, other);
            var inDiscountAsset = (long)(((Int128)discounted * Fixed.Scale + price - 1) / price);
            if (receivedAsset != discount.Asset && inDiscountAsset > 0 && account.Free(discount.Asset) >= inDiscountAsset)
            {
                account.Free(discount.Asset) -= inDiscountAsset;
                _fees[discount.Asset] += inDiscountAsset;
                Touch(account.Id, discount.Asset);
                return (inDiscountAsset, discount.Asset);
            }
        }

        _fees[receivedAsset] += full;
        return (full, receivedAsset);
    }

    /// <summary>The price of one unit of the discount asset in <paramref name="asset"/> (last trade of DISCOUNT/asset), 0 if unknown.</summary>
    private long DiscountAssetPrice(int discountAsset, int asset)
    {
        foreach (var s in _symbols)
        {
            if (s.Config.BaseAsset == discountAsset && s.Config.QuoteAsset == asset)
            {
                return s.LastPrice;
            }
        }

        return 0;
    }

    private void RecordAccountTrade(Order order, long tradeId, long price, long quantity, long quote, long commission, int asset, bool isMaker)
    {
        var account = _accounts[order.AccountId];
        if (account.IsSystem)
        {
            return;
        }

        account.Trades.Add(new AccountTrade
        {
            SymbolId = order.SymbolId,
            TradeId = tradeId,
            OrderId = order.OrderId,
            OrderListId = order.OrderListId,
            Price = new Price(price),
            Quantity = new Quantity(quantity),
            QuoteQuantity = new Quantity(quote),
            Commission = new Quantity(commission),
            CommissionAsset = asset,
            Time = _now,
            IsBuyer = order.Side == OrderSide.Buy,
            IsMaker = isMaker,
        });
        Track(HistoryKind.Trade, account.Id);
    }

    /// <summary>Applies self-trade prevention between a taker and the maker at the top of the book; false when the taker is done.</summary>
    private bool PreventMatch(SymbolState symbol, BookSide book, Order taker, Order maker, long price, long step)
    {
        var mode = taker.Stp;
        if (mode == SelfTradePreventionMode.Transfer && maker.Stp != SelfTradePreventionMode.Transfer)
        {
            mode = SelfTradePreventionMode.Decrement;
        }

        var takerAvailable = taker.IsQuoteOrder
            ? AffordableQuantity(taker.QuoteOrderQuantity - taker.CumulativeQuote - taker.PreventedQuote, price, step)
            : taker.Remaining;
        var makerAvailable = maker.Remaining;
        long takerPrevented = 0, makerPrevented = 0;
        switch (mode)
        {
            case SelfTradePreventionMode.ExpireTaker:
                takerPrevented = takerAvailable;
                break;
            case SelfTradePreventionMode.ExpireMaker:
                makerPrevented = makerAvailable;
                break;
            case SelfTradePreventionMode.ExpireBoth:
                takerPrevented = takerAvailable;
                makerPrevented = makerAvailable;
                break;
            default:
                takerPrevented = makerPrevented = Math.Min(takerAvailable, makerAvailable);
                break;
        }

        var takerExpires = mode is SelfTradePreventionMode.ExpireTaker or SelfTradePreventionMode.ExpireBoth
            || (takerPrevented > 0 && takerPrevented == takerAvailable) || takerAvailable == 0;
        var makerExpires = makerPrevented > 0 && makerPrevented == makerAvailable;
        var id = symbol.NextPreventedMatchId++;
        var transfer = mode == SelfTradePreventionMode.Transfer && taker.AccountId != maker.AccountId;

        if (makerPrevented > 0)
        {
            maker.Prevented += makerPrevented;
            maker.PreventedMatchId = id;
            if (!transfer && maker.Side == OrderSide.Sell)
            {
                Release(maker, Math.Min(maker.Locked, makerPrevented));
            }
            else if (!transfer)
            {
                Release(maker, Math.Min(maker.Locked, Fixed.NotionalFloor(price, makerPrevented)));
            }
        }

        if (takerPrevented > 0)
        {
            taker.Prevented += takerPrevented;
            taker.PreventedQuote += Fixed.NotionalFloor(price, takerPrevented);
            taker.PreventedMatchId = id;
        }

        if (transfer)
        {
            // TRANSFER between accounts of one trade group: the prevented quantity and its notional change hands, no commission.
            var quantity = takerPrevented;
            var buyer = taker.Side == OrderSide.Buy ? taker : maker;
            var seller = taker.Side == OrderSide.Buy ? maker : taker;
            var quote = Math.Min(Fixed.NotionalFloor(price, quantity), buyer.Locked);
            Spend(buyer, quote);
            quantity = Math.Min(quantity, seller.Locked);
            Spend(seller, quantity);
            Credit(buyer.AccountId, symbol.Config.BaseAsset, quantity);
            Credit(seller.AccountId, symbol.Config.QuoteAsset, quote);
        }

        var record = new PreventedMatch
        {
            SymbolId = symbol.Id,
            PreventedMatchId = id,
            TakerOrderId = taker.OrderId,
            MakerOrderId = maker.OrderId,
            TakerAccountId = taker.AccountId,
            MakerAccountId = maker.AccountId,
            TradeGroupId = _accounts[taker.AccountId].TradeGroupId,
            Mode = mode,
            Price = new Price(price),
            TakerPreventedQuantity = new Quantity(takerPrevented),
            MakerPreventedQuantity = new Quantity(makerPrevented),
            TransactTime = _now,
        };
        Output.PreventedMatches.Add(record);
        var takerAccount = _accounts[taker.AccountId];
        var makerAccount = _accounts[maker.AccountId];
        if (!takerAccount.IsSystem)
        {
            takerAccount.PreventedMatches.Add(record);
            Track(HistoryKind.PreventedMatch, takerAccount.Id);
        }

        if (!makerAccount.IsSystem && makerAccount != takerAccount)
        {
            makerAccount.PreventedMatches.Add(record);
            Track(HistoryKind.PreventedMatch, makerAccount.Id);
        }

        if (takerExpires)
        {
            taker.Status = OrderStatus.ExpiredInMatch;
        }

        if (takerPrevented > 0 || takerExpires)
        {
            Emit(taker, ExecutionType.TradePrevention, lastPrevented: takerPrevented, counterOrderId: maker.OrderId);
        }

        if (makerExpires)
        {
            maker.Status = OrderStatus.ExpiredInMatch;
            Emit(maker, ExecutionType.TradePrevention, lastPrevented: makerPrevented, counterOrderId: taker.OrderId);
            Finish(symbol, maker, OrderStatus.ExpiredInMatch, ExpiryReason.None, null);
        }
        else if (makerPrevented > 0)
        {
            Emit(maker, ExecutionType.TradePrevention, lastPrevented: makerPrevented, counterOrderId: taker.OrderId);
            var visible = Math.Min(maker.Visible, maker.Remaining);
            if (visible != maker.Visible)
            {
                book.Reduce(maker, maker.Visible - visible);
            }

            if (maker.Visible == 0)
            {
                Refresh(symbol, book, maker);
            }
            else
            {
                EmitLevel(symbol, maker.Side, maker.Level!);
            }
        }

        return !takerExpires;
    }

    /// <summary>
    /// Walks the opposite side as a market order would, skipping makers STP would prevent, up to a quantity or quote
    /// budget; returns the base quantity and quote amount it would trade.
    /// </summary>
    private void Walk(SymbolState symbol, OrderSide side, Account account, SelfTradePreventionMode stp, long limit,
        long maxQuantity, long maxQuote, out long quantity, out long quote)
    {
        quantity = 0;
        quote = 0;
        var book = symbol.Opposite(side);
        var step = StepFor(symbol);
        for (var rank = 0; rank < book.Count; rank++)
        {
            var level = book.LevelFromBest(rank);
            if (limit != 0 && (side == OrderSide.Buy ? level.Price > limit : level.Price < limit))
            {
                return;
            }

            for (var maker = level.Head; maker is not null; maker = maker.Next)
            {
                if (stp != SelfTradePreventionMode.None && IsSelfTrade(account.Id, maker))
                {
                    continue;
                }

                var take = Math.Min(maker.Remaining, maxQuantity - quantity);
                if (maxQuote != long.MaxValue)
                {
                    take = Math.Min(take, AffordableQuantity(maxQuote - quote, level.Price, step));
                }

                if (take <= 0)
                {
                    return;
                }

                quantity += take;
                quote += Fixed.NotionalCeiling(level.Price, take);
            }
        }
    }

    private bool IsSelfTrade(int accountId, Order maker)
    {
        if (accountId == maker.AccountId)
        {
            return true;
        }

        var group = _accounts[accountId].TradeGroupId;
        return group != -1 && group == _accounts[maker.AccountId].TradeGroupId;
    }

    /// <summary>FOK check: enough liquidity within the limit before any STP conflict (EXPIRE_MAKER conflicts are skipped).</summary>
    private bool CanFillCompletely(SymbolState symbol, Order taker, long limit)
    {
        var book = symbol.Opposite(taker.Side);
        var need = taker.Remaining;
        var (low, high) = PriceRangeLimits(symbol, taker.Side);
        long total = 0;
        for (var rank = 0; rank < book.Count; rank++)
        {
            var level = book.LevelFromBest(rank);
            if ((limit != 0 && (taker.Side == OrderSide.Buy ? level.Price > limit : level.Price < limit))
                || level.Price < low || level.Price > high)
            {
                return false;
            }

            for (var maker = level.Head; maker is not null; maker = maker.Next)
            {
                if (taker.Stp != SelfTradePreventionMode.None && IsSelfTrade(taker, maker))
                {
                    if (taker.Stp == SelfTradePreventionMode.ExpireMaker)
                    {
                        continue;
                    }

                    return false;
                }

                total += maker.Remaining;
                if (total >= need)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
