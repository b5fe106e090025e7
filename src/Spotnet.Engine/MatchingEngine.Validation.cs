using System.Runtime.CompilerServices;
using Spotnet.Engine.Core;

namespace Spotnet.Engine;

public sealed partial class MatchingEngine
{
    /// <summary>The smallest exact notional (10^-16 units) whose reservation leaves the 64-bit range: compared, not divided.</summary>
    private static readonly Int128 UnreservableNotional = (Int128)long.MaxValue * Fixed.Scale;

    private static EngineResult Rejected(string message) => EngineResult.Reject(EngineErrors.NewOrderRejected, message);

    private static EngineResult FilterFailure(string message) => EngineResult.Reject(EngineErrors.FilterFailure, message);

    private static EngineResult Mandatory(string name) => EngineResult.Reject(
        EngineErrors.MandatoryParameter, "Mandatory parameter '" + name + "' was not sent, was empty/null, or malformed.", name);

    private static EngineResult NotRequired(string name) =>
        EngineResult.Reject(EngineErrors.ParameterNotRequired, "Parameter '" + name + "' sent when not required.", name);

    /// <summary>
    /// Checks a new order's semantics (type/parameter combinations, flags, filters, counts, duplicates, trigger rule,
    /// LIMIT_MAKER rule) without changing state. On success <paramref name="limitPrice"/> holds the price the order
    /// works at (the pegged price for pegged orders, 0 if it has none). <paramref name="ocoLeg"/> marks a leg of an OCO
    /// list, whose iceberg needs GTC with its own code (-1160).
    /// </summary>
    private EngineResult Validate(
        ref OrderSpec spec, SymbolState symbol, Account account, int newOrders, out long limitPrice, bool deferMarketChecks = false, bool ocoLeg = false)
    {
        limitPrice = 0;
        var config = symbol.Config;
        if (symbol.Status != SymbolStatus.Trading)
        {
            return Rejected(EngineErrors.MarketClosed);
        }

        if ((config.OrderTypes & (OrderTypes)(1 << (int)spec.Type)) == 0)
        {
            return Rejected(EngineErrors.TypeNotSupported(spec.Type));
        }

        var combination = CheckCombination(ref spec, ocoLeg);
        if (!combination.IsSuccess)
        {
            return combination;
        }

        // A trailingDelta below 1 is outside the range of any TRAILING_DELTA filter, the failure errors.md names for a
        // delta out of range; a symbol without that filter refuses it as an invalid number.
        if (spec.TrailingDelta is <= 0)
        {
            return EngineResult.Reject(EngineErrors.FilterFailure, config.Filters.TrailingDelta is null ? "Invalid quantity or price." : "Filter failure: TRAILING_DELTA");
        }

        if (spec.IcebergQuantity is not null && !config.IcebergAllowed)
        {
            return Rejected(EngineErrors.IcebergNotSupported);
        }

        if (spec.TrailingDelta is not null && !config.AllowTrailingStop)
        {
            return Rejected(EngineErrors.TrailingStopNotSupported);
        }

        if (spec.QuoteOrderQuantity is not null && !config.QuoteOrderQtyMarketAllowed)
        {
            return Rejected(EngineErrors.QuoteOrderQuantityNotSupported);
        }

        var stp = spec.Stp ?? config.DefaultSelfTradePreventionMode;
        if ((config.AllowedSelfTradePreventionModes & (SelfTradePreventionModes)(1 << (int)stp)) == 0)
        {
            return FilterFailure(EngineErrors.StpModeNotAllowed);
        }

        spec.Stp = stp;
        if (spec.PegPriceType != PegPriceType.None)
        {
            var peg = CheckPeg(ref spec, symbol, deferMarketChecks, out limitPrice);
            if (!peg.IsSuccess)
            {
                return peg;
            }
        }
        else if (spec.HasLimitPrice)
        {
            limitPrice = spec.Price!.Value;
        }

        if (spec.IcebergQuantity is { } iceberg && iceberg >= spec.Quantity!.Value)
        {
            return Rejected(EngineErrors.IcebergQuantityExceedsQuantity);
        }

        var hasLimitPrice = spec.HasLimitPrice;
        var limitNotional = hasLimitPrice ? Fixed.Notional(limitPrice, spec.Quantity!.Value) : 0;
        if (hasLimitPrice && spec.PegPriceType == PegPriceType.None && limitNotional <= 0)
        {
            return Rejected(EngineErrors.PriceTimesQuantityZero);
        }

        // No balance can cover a notional beyond the 64-bit range; reject before any arithmetic can overflow.
        if ((hasLimitPrice && limitNotional >= UnreservableNotional)
            || (spec.StopPrice is { } stopForNotional && spec.Quantity is { } stopQuantity
                && Fixed.Notional(stopForNotional, stopQuantity) >= UnreservableNotional))
        {
            return Rejected(EngineErrors.InsufficientBalance);
        }

        var filters = CheckFilters(ref spec, symbol, account, newOrders, limitPrice);
        if (!filters.IsSuccess)
        {
            return filters;
        }

        // The hash is kept for filing the order when it is placed.
        spec.ClientIdHash = ClientOrderIndex.Hash(symbol.Id, spec.ClientOrderId);
        spec.ClientIdHashed = true;
        spec.ClientIdFiled = account.ByClientId.TryGetValue(symbol.Id, spec.ClientOrderId, spec.ClientIdHash, out var existing);
        if (spec.ClientIdFiled && existing.IsOpen)
        {
            return Rejected(EngineErrors.DuplicateOrder);
        }

        if (deferMarketChecks)
        {
            return EngineResult.Success();
        }

        if (spec.IsStop && spec.TrailingDelta is null && symbol.LastPrice != 0
            && StopConditionMet(spec.Type, spec.Side, spec.StopPrice!.Value, symbol.LastPrice))
        {
            return Rejected(EngineErrors.WouldTriggerImmediately);
        }

        if (spec.Type == OrderType.LimitMaker && Crosses(symbol, spec.Side, limitPrice))
        {
            return Rejected(EngineErrors.WouldMatchAndTake);
        }

        return EngineResult.Success();
    }

    private static EngineResult CheckCombination(ref OrderSpec spec, bool ocoLeg)
    {
        var type = spec.Type;
        var needsTif = type is OrderType.Limit or OrderType.StopLossLimit or OrderType.TakeProfitLimit;
        if (needsTif && spec.TimeInForce is null)
        {
            return Mandatory("timeInForce");
        }

        if (!needsTif && spec.TimeInForce is not null)
        {
            return EngineResult.Reject(EngineErrors.TimeInForceNotRequired, "TimeInForce parameter sent when not required.");
        }

        if (type == OrderType.Market)
        {
            if (spec.Quantity is null && spec.QuoteOrderQuantity is null)
            {
                return EngineResult.Reject(EngineErrors.MandatoryParameter,
                    "Param 'quantity' or 'quoteOrderQty' must be sent, but both were empty/null!");
            }

            if (spec.Quantity is not null && spec.QuoteOrderQuantity is not null)
            {
                return NotRequired("quoteOrderQty");
            }
        }
        else
        {
            if (spec.Quantity is null)
            {
                return Mandatory("quantity");
            }

            if (spec.QuoteOrderQuantity is not null)
            {
                return NotRequired("quoteOrderQty");
            }
        }

        var hasLimitPrice = spec.HasLimitPrice;
        if (hasLimitPrice && spec.Price is null && spec.PegPriceType == PegPriceType.None)
        {
            return Mandatory("price");
        }

        if (!hasLimitPrice && spec.Price is not null)
        {
            return NotRequired("price");
        }

        if (spec.IsStop)
        {
            if (spec.StopPrice is null && spec.TrailingDelta is null)
            {
                return Mandatory("stopPrice");
            }
        }
        else
        {
            if (spec.StopPrice is not null)
            {
                return NotRequired("stopPrice");
            }

            if (spec.TrailingDelta is not null)
            {
                return NotRequired("trailingDelta");
            }
        }

        if (spec.IcebergQuantity is not null)
        {
            // Icebergs need GTC (LIMIT_MAKER has no time in force and rests by nature).
            var icebergType = type is OrderType.Limit or OrderType.LimitMaker or OrderType.StopLossLimit or OrderType.TakeProfitLimit;
            if (!icebergType)
            {
                return Rejected(EngineErrors.UnsupportedOrderCombination);
            }

            // errors.md gives an OCO leg's iceberg without GTC its own code (-1160); other orders get -2010.
            if (type != OrderType.LimitMaker && spec.TimeInForce != TimeInForce.Gtc)
            {
                return ocoLeg
                    ? EngineResult.Reject(EngineErrors.OcoIcebergQuantityTimeInForce, EngineErrors.OcoParameterNeedsGtc("icebergQty"), "icebergQty")
                    : Rejected(EngineErrors.UnsupportedOrderCombination);
            }
        }

        if ((spec.Quantity is { } q && q <= 0) || (spec.QuoteOrderQuantity is { } qq && qq <= 0)
            || (spec.Price is { } p && p < 0) || (spec.StopPrice is { } sp && sp <= 0)
            || (spec.IcebergQuantity is { } iq && iq <= 0))
        {
            return EngineResult.Reject(EngineErrors.FilterFailure, "Invalid quantity or price.");
        }

        return EngineResult.Success();
    }

    private static EngineResult CheckPeg(ref OrderSpec spec, SymbolState symbol, bool deferred, out long peggedPrice)
    {
        peggedPrice = 0;
        if (!symbol.Config.PegInstructionsAllowed)
        {
            return Rejected(EngineErrors.PegNotSupported);
        }

        if (!spec.HasLimitPrice)
        {
            return Rejected(EngineErrors.PegTypeNotAllowed);
        }

        if (spec.Type == OrderType.LimitMaker && spec.PegPriceType == PegPriceType.MarketPeg)
        {
            return Rejected(EngineErrors.PegCannotBeUsed);
        }

        if (spec.Type == OrderType.Limit && spec.PegPriceType == PegPriceType.PrimaryPeg && spec.TimeInForce != TimeInForce.Gtc)
        {
            return Rejected(EngineErrors.UnsupportedOrderCombination);
        }

        if (spec.PegOffsetLevels is { } levels && (levels < 0 || levels > 100))
        {
            return EngineResult.Reject(EngineErrors.FilterFailure, "Invalid pegOffsetValue.");
        }

        // Stop-limit orders take their pegged price at trigger time, pending list orders when placed.
        if (spec.IsStop || deferred)
        {
            return EngineResult.Success();
        }

        if (!TryPegPrice(symbol, spec.Side, spec.PegPriceType, spec.PegOffsetLevels ?? 0, out peggedPrice))
        {
            return Rejected(EngineErrors.PegLiquidityTooLow);
        }

        return EngineResult.Success();
    }

    private static bool TryPegPrice(SymbolState symbol, OrderSide side, PegPriceType type, int offsetLevels, out long price)
    {
        var book = type == PegPriceType.PrimaryPeg ? symbol.Side(side) : symbol.Opposite(side);
        if (book.Count <= offsetLevels)
        {
            price = 0;
            return false;
        }

        price = book.LevelFromBest(offsetLevels).Price;
        return true;
    }

    private static bool Crosses(SymbolState symbol, OrderSide side, long price)
    {
        var best = symbol.Opposite(side).Best;
        return best is not null && (side == OrderSide.Buy ? best.Price <= price : best.Price >= price);
    }

    /// <summary>The trigger condition of a stop or take-profit order at a market price.</summary>
    private static bool StopConditionMet(OrderType type, OrderSide side, long stopPrice, long marketPrice)
    {
        var isStopLoss = type is OrderType.StopLoss or OrderType.StopLossLimit;
        var triggersAbove = isStopLoss == (side == OrderSide.Buy);
        return triggersAbove ? marketPrice >= stopPrice : marketPrice <= stopPrice;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool LotSizeOk(LotSizeFilter filter, long quantity) =>
        (filter.MinQuantity.Units == 0 || quantity >= filter.MinQuantity.Units)
        && (filter.MaxQuantity.Units == 0 || quantity <= filter.MaxQuantity.Units)
        && (filter.StepSize.Units == 0 || quantity % filter.StepSize.Units == 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool PriceOk(PriceFilter filter, long price) =>
        (filter.MinPrice.Units == 0 || price >= filter.MinPrice.Units)
        && (filter.MaxPrice.Units == 0 || price <= filter.MaxPrice.Units)
        && (filter.TickSize.Units == 0 || price % filter.TickSize.Units == 0);

    private static bool WithinMultipliers(long price, long average, long down, long up)
    {
        var scaled = (Int128)price * Fixed.Scale;
        return scaled <= (Int128)average * up && scaled >= (Int128)average * down;
    }

    /// <summary>The reference price when the symbol has one, else the average price (PERCENT_PRICE*, MIN_NOTIONAL, NOTIONAL).</summary>
    private static long ReferenceOrAverage(SymbolState symbol, long time, int minutes)
    {
        var reference = symbol.ReferencePrice(time);
        return reference != 0 ? reference : symbol.AveragePrice(time, minutes);
    }

    private EngineResult CheckFilters(ref OrderSpec spec, SymbolState symbol, Account account, int newOrders, long limitPrice)
    {
        var f = symbol.Config.Filters;
        var time = spec.Time;
        // A pegged price not known yet (stop-limit, pending leg) is checked when it is determined.
        var hasPrice = spec.HasLimitPrice && !(spec.PegPriceType != PegPriceType.None && limitPrice == 0);
        if (f.Price is { } priceFilter)
        {
            if ((hasPrice && !PriceOk(priceFilter, limitPrice))
                || (spec.Price is { } sent && sent != limitPrice && !PriceOk(priceFilter, sent))
                || (spec.StopPrice is { } stop && !PriceOk(priceFilter, stop)))
            {
                return FilterFailure("Filter failure: PRICE_FILTER");
            }
        }

        if (f.PercentPrice is { } percent && hasPrice)
        {
            var average = ReferenceOrAverage(symbol, time, percent.AveragePriceMinutes);
            if (average > 0 && !WithinMultipliers(limitPrice, average, percent.MultiplierDown.Units, percent.MultiplierUp.Units))
            {
                return FilterFailure("Filter failure: PERCENT_PRICE");
            }
        }

        if (f.PercentPriceBySide is { } bySide && hasPrice)
        {
            var average = ReferenceOrAverage(symbol, time, bySide.AveragePriceMinutes);
            var ok = spec.Side == OrderSide.Buy
                ? WithinMultipliers(limitPrice, average, bySide.BidMultiplierDown.Units, bySide.BidMultiplierUp.Units)
                : WithinMultipliers(limitPrice, average, bySide.AskMultiplierDown.Units, bySide.AskMultiplierUp.Units);
            if (average > 0 && !ok)
            {
                return FilterFailure("Filter failure: PERCENT_PRICE_BY_SIDE");
            }
        }

        if (f.LotSize is { } lot && ((spec.Quantity is { } q && !LotSizeOk(lot, q))
            || (spec.IcebergQuantity is { } iq && !LotSizeOk(lot, iq))))
        {
            return FilterFailure("Filter failure: LOT_SIZE");
        }

        if (f.MarketLotSize is { } marketLot && spec.ExecutesAsMarket && spec.Quantity is { } mq && !LotSizeOk(marketLot, mq))
        {
            return FilterFailure("Filter failure: MARKET_LOT_SIZE");
        }

        // Notional: limit types use their price; market types use the average price (stops their stop price).
        Int128 notional = -1;
        var isMarket = spec.ExecutesAsMarket;
        if (hasPrice)
        {
            notional = Fixed.Notional(limitPrice, spec.Quantity!.Value);
        }
        else if (spec.HasLimitPrice)
        {
            notional = -1;
        }
        else if (spec.QuoteOrderQuantity is { } quote)
        {
            notional = (Int128)quote * Fixed.Scale;
        }
        else if (spec.Type == OrderType.Market)
        {
            var average = ReferenceOrAverage(symbol, time, f.Notional?.AveragePriceMinutes ?? f.MinNotional?.AveragePriceMinutes ?? 5);
            notional = average > 0 ? Fixed.Notional(average, spec.Quantity!.Value) : -1;
        }
        else if (spec.StopPrice is { } stopPrice)
        {
            notional = Fixed.Notional(stopPrice, spec.Quantity!.Value);
        }

        if (f.MinNotional is { } minNotional && notional >= 0 && (!isMarket || minNotional.ApplyToMarket)
            && notional < (Int128)minNotional.MinNotional.Units * Fixed.Scale)
        {
            return FilterFailure("Filter failure: MIN_NOTIONAL");
        }

        if (f.Notional is { } notionalFilter && notional >= 0)
        {
            if ((!isMarket || notionalFilter.ApplyMinToMarket) && notional < (Int128)notionalFilter.MinNotional.Units * Fixed.Scale)
            {
                return FilterFailure("Filter failure: NOTIONAL");
            }

            if ((!isMarket || notionalFilter.ApplyMaxToMarket) && notionalFilter.MaxNotional.Units > 0
                && notional > (Int128)notionalFilter.MaxNotional.Units * Fixed.Scale)
            {
                return FilterFailure("Filter failure: NOTIONAL");
            }
        }

        if (f.IcebergParts is { } parts && spec.IcebergQuantity is { } icebergQuantity)
        {
            var quantity = spec.Quantity!.Value;
            var count = (quantity + icebergQuantity - 1) / icebergQuantity;
            if (count > parts)
            {
                return FilterFailure("Filter failure: ICEBERG_PARTS");
            }
        }

        var s = symbol.Id;
        var isAlgo = spec.IsStop ? 1 : 0;
        var isIceberg = spec.IcebergQuantity is not null ? 1 : 0;
        if (f.MaxNumOrders is { } maxOrders && account.OpenOrders[s] + newOrders > maxOrders)
        {
            return FilterFailure("Filter failure: MAX_NUM_ORDERS");
        }

        if (f.MaxNumAlgoOrders is { } maxAlgo && isAlgo > 0 && account.OpenAlgoOrders[s] + isAlgo > maxAlgo)
        {
            return FilterFailure("Filter failure: MAX_NUM_ALGO_ORDERS");
        }

        if (f.MaxNumIcebergOrders is { } maxIceberg && isIceberg > 0 && account.OpenIcebergOrders[s] + isIceberg > maxIceberg)
        {
            return FilterFailure("Filter failure: MAX_NUM_ICEBERG_ORDERS");
        }

        if (f.MaxPosition is { } maxPosition && spec.Side == OrderSide.Buy && spec.Quantity is { } buyQuantity)
        {
            var position = (Int128)account.Free(symbol.Config.BaseAsset) + account.Locked(symbol.Config.BaseAsset) + buyQuantity;
            foreach (var open in account.Open)
            {
                if (open.SymbolId == s && open.Side == OrderSide.Buy)
                {
                    position += open.Remaining;
                }
            }

            if (position > maxPosition.Units)
            {
                return FilterFailure("Filter failure: MAX_POSITION");
            }
        }

        if (f.TrailingDelta is { } trailing && spec.TrailingDelta is { } delta)
        {
            var isStopLoss = spec.Type is OrderType.StopLoss or OrderType.StopLossLimit;
            var above = isStopLoss == (spec.Side == OrderSide.Buy);
            var ok = above
                ? delta >= trailing.MinTrailingAboveDelta && delta <= trailing.MaxTrailingAboveDelta
                : delta >= trailing.MinTrailingBelowDelta && delta <= trailing.MaxTrailingBelowDelta;
            if (!ok)
            {
                return FilterFailure("Filter failure: TRAILING_DELTA");
            }
        }

        var exchange = _config.ExchangeFilters;
        if (exchange.MaxNumOrders is { } exchangeMaxOrders && account.TotalOpenOrders + newOrders > exchangeMaxOrders)
        {
            return FilterFailure("Filter failure: EXCHANGE_MAX_NUM_ORDERS");
        }

        if (exchange.MaxNumAlgoOrders is { } exchangeMaxAlgo && isAlgo > 0 && account.TotalOpenAlgoOrders + isAlgo > exchangeMaxAlgo)
        {
            return FilterFailure("Filter failure: EXCHANGE_MAX_NUM_ALGO_ORDERS");
        }

        if (exchange.MaxNumIcebergOrders is { } exchangeMaxIceberg && isIceberg > 0
            && account.TotalOpenIcebergOrders + isIceberg > exchangeMaxIceberg)
        {
            return FilterFailure("Filter failure: EXCHANGE_MAX_NUM_ICEBERG_ORDERS");
        }

        var maxAssets = _config.MaxAssetFilters;
        for (var i = 0; i < maxAssets.Count; i++)
        {
            var maxAsset = maxAssets[i];
            var limit = maxAsset.Limit.Units;
            if (maxAsset.Asset == symbol.Config.BaseAsset && spec.Quantity is { } baseQuantity && baseQuantity > limit)
            {
                return FilterFailure("Filter failure: MAX_ASSET");
            }

            if (maxAsset.Asset == symbol.Config.QuoteAsset && notional > (Int128)limit * Fixed.Scale)
            {
                return FilterFailure("Filter failure: MAX_ASSET");
            }
        }

        return EngineResult.Success();
    }
}
