using System.Text.Json.Serialization;
using Spotnet.Protocol.Enums;

namespace Spotnet.Protocol.Models.Trading;

/// <summary>Order list of an amended order (<c>listStatus</c> in the amend answer).</summary>
public sealed record AmendedOrderListStatus
{
    /// <summary>Order list id (<c>orderListId</c>).</summary>
    [JsonPropertyName("orderListId")]
    public long OrderListId { get; init; }

    /// <summary>Contingency type (<c>contingencyType</c>).</summary>
    [JsonPropertyName("contingencyType")]
    public ContingencyType ContingencyType { get; init; }

    /// <summary>List order status (<c>listOrderStatus</c>).</summary>
    [JsonPropertyName("listOrderStatus")]
    public ListOrderStatus ListOrderStatus { get; init; }

    /// <summary>List client order id (<c>listClientOrderId</c>).</summary>
    [JsonPropertyName("listClientOrderId")]
    public required string ListClientOrderId { get; init; }

    /// <summary>Symbol (<c>symbol</c>).</summary>
    [JsonPropertyName("symbol")]
    public required string Symbol { get; init; }

    /// <summary>Orders (<c>orders</c>).</summary>
    [JsonPropertyName("orders")]
    public required IReadOnlyList<OrderListEntry> Orders { get; init; }
}
