using System.Text.Json.Serialization;
using Spotnet.Protocol.Numbers;

namespace Spotnet.Protocol.Models.Trading;

/// <summary>Answer to amend keep priority (<c>PUT /api/v3/order/amend/keepPriority</c>, <c>order.amend.keepPriority</c>).</summary>
public sealed record OrderAmendResponse
{
    /// <summary>Transact time (<c>transactTime</c>).</summary>
    [JsonPropertyName("transactTime")]
    public long TransactTime { get; init; }

    /// <summary><see cref="TransactTime"/> as a UTC time; the wire unit (ms or µs) is read from the value, see <see cref="WireTime"/>.</summary>
    [JsonIgnore]
    public DateTimeOffset TransactTimeUtc => WireTime.ToDateTimeOffset(TransactTime);

    /// <summary>Execution id (<c>executionId</c>).</summary>
    [JsonPropertyName("executionId")]
    public long ExecutionId { get; init; }

    /// <summary>Amended order (<c>amendedOrder</c>).</summary>
    [JsonPropertyName("amendedOrder")]
    public required AmendedOrder AmendedOrder { get; init; }

    /// <summary>List status (<c>listStatus</c>).</summary>
    [JsonPropertyName("listStatus")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AmendedOrderListStatus? ListStatus { get; init; }
}
