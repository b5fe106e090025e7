using Spotnet.Engine.Core;

namespace Spotnet.Engine;

public sealed partial class MatchingEngine
{
    /// <summary>
    /// Whether the shortcuts that skip steps undoing each other are taken: a cancel-replace keeping the canceled order's
    /// object (<see cref="TryReplaceInPlace"/>), a system account's taker that cannot rest left unfiled
    /// (<see cref="PlaceValidated"/>). Off only in tests, which compare both ways' events, results and state.
    /// </summary>
    internal bool FastPathsEnabled = true;

    /// <summary>How many cancel-replaces took the in-place path (tests check their streams exercise it).</summary>
    internal long InPlaceReplacements;

    /// <summary>How many takers were never filed (tests check their streams exercise it).</summary>
    internal long UnfiledTakers;

    /// <summary>
    /// A cancel-replace whose new order takes over the canceled order's object, open slot, counts and reservation; false
    /// (having changed nothing) when the case is not one it covers, and the caller cancels and places as usual.
    /// <para>
    /// The usual path recycles a canceled system order to the pool, and placing pops that same object again, with the
    /// same counts (the two orders count alike) and a reservation of the same asset (same side), into an open slot (the
    /// one freed, or another free one: which slot is not observable, every reader of the open orders sorts or sums). So
    /// the state after it is what this path leaves: it skips only the steps that undo each other (pool push and pop, open
    /// slot freed and taken, counts down and up, the reservation released and locked again) and keeps every event, in the
    /// same order, built from the same fields.
    /// </para>
    /// Covered: the placement passed the precheck on the cancel's account and symbol, not pegged (so the precheck holds
    /// after the cancel, as in <see cref="CancelReplaceCore"/>); a LIMIT or LIMIT_MAKER order on the same side as the
    /// canceled one, which is an open order of a system account, in no list, not a waiting stop, counted alike (neither
    /// algo, both iceberg or neither), whose release would leave enough free for the new reservation.
    /// </summary>
    private bool TryReplaceInPlace(CancelOrder cancel, ref OrderSpec spec, long limitPrice, out CancelReplaceResult result)
    {
        result = default;
        if (!FastPathsEnabled || spec.Type is not (OrderType.Limit or OrderType.LimitMaker)
            || (cancel.OrderId is null && cancel.OriginalClientOrderId is null))
        {
            return false;
        }

        // The precheck passed for this symbol and account, so both exist and the symbol is trading.
        var symbol = _symbols[spec.SymbolId];
        var account = _accounts[spec.AccountId];
        var order = FindOrder(symbol, account, cancel.OrderId, cancel.OriginalClientOrderId);
        if (order is null || !order.IsOpen || order.List is not null || order.Retained || order.IsUntriggered
            || order.Side != spec.Side || order.IsAlgo || order.IsIceberg != spec.IcebergQuantity is not null
            || (cancel.CancelRestrictions == CancelRestrictions.OnlyNew && order.Status != OrderStatus.New)
            || (cancel.CancelRestrictions == CancelRestrictions.OnlyPartiallyFilled && order.Status != OrderStatus.PartiallyFilled))
        {
            return false;
        }

        // What TryComputeReservation gives a limit order (the precheck ruled out a zero notional); the usual path checks
        // it against the free balance after the cancel released the order's reservation.
        var quantity = spec.Quantity!.Value;
        var amount = spec.Side == OrderSide.Sell ? quantity : Fixed.NotionalCeiling(limitPrice, quantity);
        var asset = order.LockedAsset;
        var locked = order.Locked;
        if (amount > account.Free(asset) + locked)
        {
            return false;
        }

        InPlaceReplacements++;

        // The cancel (CancelOne, then Finish without the release and the open slot and count changes).
        var canceledId = order.OrderId;
        var original = order.ClientOrderId;
        order.ClientOrderId = cancel.NewClientOrderId;
        if (order.Level is { } level)
        {
            var side = symbol.Side(order.Side);
            side.TotalQuantity -= order.Visible;
            level.Unlink(order);
            EmitLevel(symbol, order.Side, level);
            if (level.Count == 0)
            {
                side.Remove(level);
            }
        }

        order.Status = OrderStatus.Canceled;
        order.ExpiryReason = ExpiryReason.None;
        order.UpdateTime = _now;
        Emit(order, ExecutionType.Canceled, originalClientOrderId: original);

        // The recycle, keeping the open slot.
        symbol.Orders.Remove(canceledId);
        account.ByClientId.Remove(order);
        var openIndex = order.OpenIndex;
        order.Reset();
        order.OpenIndex = openIndex;

        // The placement (PlaceValidated with Create's fields and index entries, the reservation moved by its difference).
        Initialize(order, ref spec, symbol, account, limitPrice, null);
        symbol.Orders.Set(order.OrderId, order);
        account.ByClientId.Set(order, spec.ClientIdHash);
        var delta = amount - locked;
        account.Free(asset) -= delta;
        account.Locked(asset) += delta;
        order.Locked = amount;
        Touch(account.Id, asset);
        Emit(order, ExecutionType.New);
        var newId = order.OrderId;
        Work(symbol, order);
        ProcessTriggers(symbol);
        result = new CancelReplaceResult
        {
            CancelStatus = CancelReplaceStatus.Success,
            Cancel = EngineResult.Success(canceledId),
            NewOrderStatus = CancelReplaceStatus.Success,
            NewOrder = EngineResult.Success(newId),
        };
        return true;
    }
}
