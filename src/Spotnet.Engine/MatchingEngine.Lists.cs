using Spotnet.Engine.Core;

namespace Spotnet.Engine;

public sealed partial class MatchingEngine
{
    /// <summary>Places an order list (OCO, OTO, OTOCO, OPO, OPOCO).</summary>
    public EngineResult PlaceOrderList(PlaceOrderList command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Output.Clear();
        _now = command.Time;
        return EngineResult.Reject(EngineErrors.ErrorMessageReceived, "Order lists are not implemented yet (next list id " + _nextOrderListId + ").");
    }

    /// <summary>Cancels an order list and all its open legs.</summary>
    public EngineResult CancelOrderList(CancelOrderList command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Output.Clear();
        _now = command.Time;
        return EngineResult.Reject(EngineErrors.ErrorMessageReceived, "Order lists are not implemented yet.");
    }

    private void CancelList(SymbolState symbol, OrderList list, string newListClientOrderId, Order? origin = null, string? originClientOrderId = null)
    {
    }

    private void OnListLegFinished(SymbolState symbol, OrderList list, Order order)
    {
    }

    private void OnListLegTriggered(SymbolState symbol, OrderList list, Order order)
    {
    }
}
