using System.Diagnostics.CodeAnalysis;
using Spotnet.Client.Http;
using Spotnet.Protocol.Enums;

namespace Spotnet.Client.Requests;

/// <summary>A working order and a pending order placed once the working one fills: <c>POST /api/v3/orderList/oto</c>, or <c>…/opo</c> when the pending order has no quantity of its own.</summary>
public sealed record OtoOrderList : OrderListRequest
{
    /// <summary>The working order (<c>working…</c>), LIMIT or LIMIT_MAKER.</summary>
    public required OrderListLeg Working { get; init; }

    /// <summary>Side of the working order (<c>workingSide</c>).</summary>
    public required OrderSide WorkingSide { get; init; }

    /// <summary>Quantity of the working order (<c>workingQuantity</c>).</summary>
    public required decimal WorkingQuantity { get; init; }

    /// <summary>The order placed when the working order fills (<c>pending…</c>).</summary>
    public required OrderListLeg Pending { get; init; }

    /// <summary>Side of the pending order (<c>pendingSide</c>).</summary>
    public required OrderSide PendingSide { get; init; }

    /// <summary>Quantity of the pending order (<c>pendingQuantity</c>); <see langword="null"/> for OPO, where it follows the working order's fills.</summary>
    public decimal? PendingQuantity { get; init; }

    /// <summary>Builds an OTO (or, without <paramref name="pendingQuantity"/>, an OPO).</summary>
    [SetsRequiredMembers]
    public OtoOrderList(string symbol, OrderSide workingSide, decimal workingQuantity, OrderListLeg working, OrderSide pendingSide, decimal? pendingQuantity, OrderListLeg pending)
    {
        Symbol = symbol;
        WorkingSide = workingSide;
        WorkingQuantity = workingQuantity;
        Working = working;
        PendingSide = pendingSide;
        PendingQuantity = pendingQuantity;
        Pending = pending;
    }

    /// <summary>A copy with fresh random list and leg client ids, to place the same list again.</summary>
    public OtoOrderList WithNewClientOrderIds() => this with
    {
        ListClientOrderId = ClientOrderIds.New(),
        Working = Working.WithNewClientOrderId(),
        Pending = Pending.WithNewClientOrderId(),
    };

    internal override void WriteParameters(ParameterWriter writer)
    {
        WriteCommon(writer);
        Working.Write(writer, "working", WorkingSide, WorkingQuantity);
        Pending.Write(writer, "pending", PendingSide, PendingQuantity);
    }
}
