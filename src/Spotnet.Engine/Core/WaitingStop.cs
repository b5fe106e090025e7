namespace Spotnet.Engine.Core;

/// <summary>
/// A stop order waiting for its trigger, with what the trigger test reads copied out of the order: the scan after a
/// trade walks one contiguous array and touches an order object only for trailing stops and those it triggers.
/// </summary>
internal readonly struct WaitingStop(Order order)
{
    public Order Order { get; } = order;

    /// <summary>The stop price (fixed while the order waits: amending changes only the quantity).</summary>
    public long StopPrice { get; } = order.StopPrice;

    public bool TriggersAbove { get; } = order.TriggersAbove;

    /// <summary>Trailing stops track the market in the order itself, so they are tested on the order.</summary>
    public bool IsTrailing { get; } = order.TrailingDelta != 0;

    /// <summary>The plain (not trailing) trigger condition at a trade price.</summary>
    public bool IsMetAt(long price) => TriggersAbove ? price >= StopPrice : price <= StopPrice;
}
