using Spotnet.Engine.Core;

namespace Spotnet.Engine;

public sealed partial class MatchingEngine
{
    /// <summary>Updates trailing tracking and collects the stop orders a trade at <paramref name="price"/> triggers.</summary>
    private void OnTradePrice(SymbolState symbol, long price)
    {
        var stops = symbol.Stops;
        if (stops.Count == 0
            || (!symbol.HasTrailingStops && price < symbol.LowestStopAbove && price > symbol.HighestStopBelow))
        {
            return;
        }

        symbol.LowestStopAbove = long.MaxValue;
        symbol.HighestStopBelow = long.MinValue;
        symbol.HasTrailingStops = false;
        var kept = 0;
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(stops);
        for (var i = 0; i < span.Length; i++)
        {
            var stop = span[i];
            if (stop.IsTrailing ? IsTriggeredBy(stop.Order, price) : stop.IsMetAt(price))
            {
                _triggered.Add(stop.Order);
            }
            else
            {
                span[kept++] = stop;
                symbol.Bound(stop);
            }
        }

        stops.RemoveRange(kept, stops.Count - kept);
    }

    private bool IsTriggeredBy(Order order, long price)
    {
        if (order.TrailingDelta == 0)
        {
            return StopConditionMet(order.Type, order.Side, order.StopPrice, price);
        }

        if (order.TrailingTime < 0)
        {
            // Tracking starts with the first trade, or with the first trade meeting the stop price when one was given.
            if (order.StopPrice == 0 || StopConditionMet(order.Type, order.Side, order.StopPrice, price))
            {
                order.TrailingTime = _now;
                order.TrailingExtreme = price;
            }

            return false;
        }

        const long Bips = 10_000;
        if (order.Side == OrderSide.Sell)
        {
            order.TrailingExtreme = Math.Max(order.TrailingExtreme, price);
            return (Int128)price * Bips <= (Int128)order.TrailingExtreme * (Bips - order.TrailingDelta);
        }

        order.TrailingExtreme = Math.Min(order.TrailingExtreme, price);
        return (Int128)price * Bips >= (Int128)order.TrailingExtreme * (Bips + order.TrailingDelta);
    }

    /// <summary>Activates triggered stop orders in trigger order; their trades may trigger more.</summary>
    private void ProcessTriggers(SymbolState symbol)
    {
        for (var i = 0; i < _triggered.Count; i++)
        {
            var order = _triggered[i];
            if (order.Status == OrderStatus.PendingNew && order.List is { } list)
            {
                ActivatePending(symbol, list);
                continue;
            }

            if (!order.IsOpen || !order.IsUntriggered)
            {
                continue;
            }

            Activate(symbol, order);
        }

        _triggered.Clear();
    }

    private void Activate(SymbolState symbol, Order order)
    {
        order.IsUntriggered = false;
        order.WorkingTime = _now;
        order.UpdateTime = _now;
        if (order.List is { IsOpen: true } list)
        {
            OnListLegStarted(symbol, list, order);
        }

        if (order.PegPriceType != PegPriceType.None)
        {
            if (!TryPegPrice(symbol, order.Side, order.PegPriceType, order.PegOffsetLevels ?? 0, out var pegged))
            {
                Finish(symbol, order, OrderStatus.Expired, ExpiryReason.Rejected, ExecutionType.Expired);
                return;
            }

            order.PeggedPrice = pegged;
            var spec = SpecOf(order);
            if (!CheckFilters(ref spec, symbol, _accounts[order.AccountId], 0, pegged).IsSuccess)
            {
                Finish(symbol, order, OrderStatus.Expired, ExpiryReason.Rejected, ExecutionType.Expired);
                return;
            }
        }

        // Buys that could not be priced at placement reserve now; without the balance they expire. A limit-priced leg
        // that inherited an OCO reservation is topped up when its pegged price needs more than it inherited.
        if (order.Side == OrderSide.Buy)
        {
            var account = _accounts[order.AccountId];
            long amount = 0;
            if (order.Type is OrderType.StopLoss or OrderType.TakeProfit)
            {
                if (order.Locked == 0)
                {
                    Walk(symbol, order.Side, account, order.Stp, 0, order.Remaining, long.MaxValue, out _, out amount);
                }
            }
            else
            {
                amount = Math.Max(0, Fixed.NotionalCeiling(WorkingPrice(order), order.Remaining) - order.Locked);
            }

            if (amount > account.Free(order.LockedAsset))
            {
                Finish(symbol, order, OrderStatus.Expired, ExpiryReason.Rejected, ExecutionType.Expired);
                return;
            }

            if (amount > 0 || order.Locked == 0)
            {
                Lock(account, order, order.LockedAsset, amount);
            }
        }

        Emit(order, ExecutionType.New);
        Work(symbol, order);
    }
}
