using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>Order status of an order list (<c>listOrderStatus</c>, <c>L</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ListOrderStatus>))]
public enum ListOrderStatus
{
    /// <summary><c>EXECUTING</c></summary>
    [JsonStringEnumMemberName("EXECUTING")]
    Executing,
    /// <summary><c>ALL_DONE</c></summary>
    [JsonStringEnumMemberName("ALL_DONE")]
    AllDone,
    /// <summary><c>REJECT</c></summary>
    [JsonStringEnumMemberName("REJECT")]
    Reject,
}
