using System.Diagnostics.CodeAnalysis;
using Spotnet.Client.Http;
using Spotnet.Protocol.Enums;

namespace Spotnet.Client.Requests;

/// <summary>An OCO pair (<c>POST /api/v3/orderList/oco</c>): two orders of one side and quantity, one above and one below the market; when one works the other is cancelled.</summary>
public sealed record OcoOrderList : OrderListRequest
{
    /// <summary>Side of both orders (<c>side</c>).</summary>
    public required OrderSide Side { get; init; }

    /// <summary>Quantity of both orders (<c>quantity</c>).</summary>
    public required decimal Quantity { get; init; }

    /// <summary>The order above the market (<c>above…</c>).</summary>
    public required OrderListLeg Above { get; init; }

    /// <summary>The order below the market (<c>below…</c>).</summary>
    public required OrderListLeg Below { get; init; }

    /// <summary>Builds an OCO from its two legs.</summary>
    [SetsRequiredMembers]
    public OcoOrderList(string symbol, OrderSide side, decimal quantity, OrderListLeg above, OrderListLeg below)
    {
        Symbol = symbol;
        Side = side;
        Quantity = quantity;
        Above = above;
        Below = below;
    }

    /// <summary>A sell OCO: take profit with a LIMIT_MAKER at <paramref name="takeProfitPrice"/> above, stop loss with a STOP_LOSS_LIMIT below.</summary>
    public static OcoOrderList SellTakeProfitStopLoss(string symbol, decimal quantity, decimal takeProfitPrice, decimal stopPrice, decimal stopLimitPrice) =>
        new(symbol, OrderSide.Sell, quantity, OrderListLeg.LimitMaker(takeProfitPrice), OrderListLeg.StopLossLimit(stopLimitPrice, stopPrice));

    /// <summary>A copy with fresh random list and leg client ids, to place the same pair again.</summary>
    public OcoOrderList WithNewClientOrderIds() => this with
    {
        ListClientOrderId = ClientOrderIds.New(),
        Above = Above.WithNewClientOrderId(),
        Below = Below.WithNewClientOrderId(),
    };

    internal override void WriteParameters(ParameterWriter writer)
    {
        WriteCommon(writer);
        writer.AddEnum("side", Side).Add("quantity", Quantity);
        Above.Write(writer, "above");
        Below.Write(writer, "below");
    }
}
