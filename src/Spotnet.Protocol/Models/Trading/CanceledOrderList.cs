using System.Text.Json.Serialization;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Numbers;

namespace Spotnet.Protocol.Models.Trading;

/// <summary>A canceled order list (<c>DELETE /api/v3/orderList</c>, <c>orderList.cancel</c>, cancel of open orders).</summary>
public sealed record CanceledOrderList
{
    /// <summary>Order list id (<c>orderListId</c>).</summary>
    [JsonPropertyName("orderListId")]
    public long OrderListId { get; init; }

    /// <summary>Contingency type (<c>contingencyType</c>).</summary>
    [JsonPropertyName("contingencyType")]
    public ContingencyType ContingencyType { get; init; }

    /// <summary>List status type (<c>listStatusType</c>).</summary>
    [JsonPropertyName("listStatusType")]
    public ListStatusType ListStatusType { get; init; }

    /// <summary>List order status (<c>listOrderStatus</c>).</summary>
    [JsonPropertyName("listOrderStatus")]
    public ListOrderStatus ListOrderStatus { get; init; }

    /// <summary>List client order id (<c>listClientOrderId</c>).</summary>
    [JsonPropertyName("listClientOrderId")]
    public required string ListClientOrderId { get; init; }

    /// <summary>Transaction time (<c>transactionTime</c>).</summary>
    [JsonPropertyName("transactionTime")]
    public long TransactionTime { get; init; }

    /// <summary><see cref="TransactionTime"/> as a UTC time; the wire unit (ms or µs) is read from the value, see <see cref="WireTime"/>.</summary>
    [JsonIgnore]
    public DateTimeOffset TransactionTimeUtc => WireTime.ToDateTimeOffset(TransactionTime);

    /// <summary>Symbol (<c>symbol</c>).</summary>
    [JsonPropertyName("symbol")]
    public required string Symbol { get; init; }

    /// <summary>Orders (<c>orders</c>).</summary>
    [JsonPropertyName("orders")]
    public required IReadOnlyList<OrderListEntry> Orders { get; init; }

    /// <summary>Order reports (<c>orderReports</c>).</summary>
    [JsonPropertyName("orderReports")]
    public required IReadOnlyList<CanceledOrder> OrderReports { get; init; }
}
