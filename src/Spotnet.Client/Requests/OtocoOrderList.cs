using System.Diagnostics.CodeAnalysis;
using Spotnet.Client.Http;
using Spotnet.Protocol.Enums;

namespace Spotnet.Client.Requests;

/// <summary>A working order and a pending OCO pair placed once it fills: <c>POST /api/v3/orderList/otoco</c>, or <c>…/opoco</c> when the pending pair has no quantity of its own.</summary>
public sealed record OtocoOrderList : OrderListRequest
{
    /// <summary>The working order (<c>working…</c>), LIMIT or LIMIT_MAKER.</summary>
    public required OrderListLeg Working { get; init; }

    /// <summary>Side of the working order (<c>workingSide</c>).</summary>
    public required OrderSide WorkingSide { get; init; }

    /// <summary>Quantity of the working order (<c>workingQuantity</c>).</summary>
    public required decimal WorkingQuantity { get; init; }

    /// <summary>Side of both pending orders (<c>pendingSide</c>).</summary>
    public required OrderSide PendingSide { get; init; }

    /// <summary>Quantity of both pending orders (<c>pendingQuantity</c>); <see langword="null"/> for OPOCO.</summary>
    public decimal? PendingQuantity { get; init; }

    /// <summary>The pending order above the market (<c>pendingAbove…</c>).</summary>
    public required OrderListLeg PendingAbove { get; init; }

    /// <summary>The pending order below the market (<c>pendingBelow…</c>).</summary>
    public OrderListLeg? PendingBelow { get; init; }

    /// <summary>Builds an OTOCO (or, without <paramref name="pendingQuantity"/>, an OPOCO).</summary>
    [SetsRequiredMembers]
    public OtocoOrderList(string symbol, OrderSide workingSide, decimal workingQuantity, OrderListLeg working, OrderSide pendingSide, decimal? pendingQuantity, OrderListLeg pendingAbove, OrderListLeg? pendingBelow)
    {
        Symbol = symbol;
        WorkingSide = workingSide;
        WorkingQuantity = workingQuantity;
        Working = working;
        PendingSide = pendingSide;
        PendingQuantity = pendingQuantity;
        PendingAbove = pendingAbove;
        PendingBelow = pendingBelow;
    }

    /// <summary>A copy with fresh random list and leg client ids, to place the same list again.</summary>
    public OtocoOrderList WithNewClientOrderIds() => this with
    {
        ListClientOrderId = ClientOrderIds.New(),
        Working = Working.WithNewClientOrderId(),
        PendingAbove = PendingAbove.WithNewClientOrderId(),
        PendingBelow = PendingBelow?.WithNewClientOrderId(),
    };

    internal override void WriteParameters(ParameterWriter writer)
    {
        WriteCommon(writer);
        Working.Write(writer, "working", WorkingSide, WorkingQuantity);
        writer.AddEnum("pendingSide", PendingSide).Add("pendingQuantity", PendingQuantity);
        PendingAbove.Write(writer, "pendingAbove");
        PendingBelow?.Write(writer, "pendingBelow");
    }
}
