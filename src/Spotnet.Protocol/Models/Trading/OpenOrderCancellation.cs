using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Models.Trading;

/// <summary>One entry of a cancel of all open orders (<c>DELETE /api/v3/openOrders</c>, <c>openOrders.cancelAll</c>): a canceled order or a canceled order list.</summary>
[JsonConverter(typeof(OpenOrderCancellationConverter))]
public sealed record OpenOrderCancellation
{
    /// <summary>The canceled order, when the entry is a single order.</summary>
    public CanceledOrder? Order { get; init; }

    /// <summary>The canceled order list, when the entry is an order list.</summary>
    public CanceledOrderList? OrderList { get; init; }
}
