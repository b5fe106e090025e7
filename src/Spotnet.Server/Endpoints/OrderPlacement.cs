using Spotnet.Engine;
using Spotnet.Server.Exchange;

namespace Spotnet.Server.Endpoints;

/// <summary>What a placement response needs, copied out of the engine's output under the engine lock.</summary>
/// <param name="Order">The order after the command.</param>
/// <param name="TransactTime">The command's time in µs.</param>
/// <param name="Fills">The order's own trade updates, in order.</param>
/// <param name="PreventedMatches">Prevented matches where the order was the taker.</param>
public sealed record OrderPlacement(OrderState Order, long TransactTime, List<OrderUpdate> Fills, List<PreventedMatch> PreventedMatches)
{
    /// <summary>Copies the placement of <paramref name="orderId"/> on <paramref name="symbolId"/> out of the last command's output.</summary>
    public static OrderPlacement Capture(ExchangeSession session, int accountId, int symbolId, long orderId, long time)
    {
        ArgumentNullException.ThrowIfNull(session);
        var fills = new List<OrderUpdate>();
        OrderState? last = null;
        foreach (var update in session.Output.OrderUpdates.Items)
        {
            if (update.Order.OrderId != orderId || update.Order.SymbolId != symbolId || update.Order.AccountId != accountId)
            {
                continue;
            }

            last = update.Order;
            if (update.ExecutionType == ExecutionType.Trade)
            {
                fills.Add(update);
            }
        }

        var prevented = new List<PreventedMatch>();
        foreach (var match in session.Output.PreventedMatches.Items)
        {
            if (match.TakerOrderId == orderId && match.SymbolId == symbolId)
            {
                prevented.Add(match);
            }
        }

        if (last is null)
        {
            session.TryGetOrder(accountId, symbolId, orderId, out var state);
            last = state;
        }

        return new OrderPlacement(last.Value, time, fills, prevented);
    }

    /// <summary>
    /// The order as the last command placed it (its first update), without what happened to it later in the command:
    /// how a list's pending order is answered even when its working order filled and activated it at once.
    /// </summary>
    public static OrderPlacement AsPlaced(ExchangeSession session, int accountId, int symbolId, long orderId, long time)
    {
        ArgumentNullException.ThrowIfNull(session);
        foreach (var update in session.Output.OrderUpdates.Items)
        {
            if (update.Order.OrderId == orderId && update.Order.SymbolId == symbolId && update.Order.AccountId == accountId)
            {
                return new OrderPlacement(update.Order, time, [], []);
            }
        }

        return Capture(session, accountId, symbolId, orderId, time);
    }
}
