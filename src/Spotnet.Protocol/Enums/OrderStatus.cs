using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>Status of an order (<c>status</c>, <c>X</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrderStatus>))]
public enum OrderStatus
{
    /// <summary><c>NEW</c></summary>
    [JsonStringEnumMemberName("NEW")]
    New,
    /// <summary><c>PENDING_NEW</c></summary>
    [JsonStringEnumMemberName("PENDING_NEW")]
    PendingNew,
    /// <summary><c>PARTIALLY_FILLED</c></summary>
    [JsonStringEnumMemberName("PARTIALLY_FILLED")]
    PartiallyFilled,
    /// <summary><c>FILLED</c></summary>
    [JsonStringEnumMemberName("FILLED")]
    Filled,
    /// <summary><c>CANCELED</c></summary>
    [JsonStringEnumMemberName("CANCELED")]
    Canceled,
    /// <summary><c>PENDING_CANCEL</c></summary>
    [JsonStringEnumMemberName("PENDING_CANCEL")]
    PendingCancel,
    /// <summary><c>REJECTED</c></summary>
    [JsonStringEnumMemberName("REJECTED")]
    Rejected,
    /// <summary><c>EXPIRED</c></summary>
    [JsonStringEnumMemberName("EXPIRED")]
    Expired,
    /// <summary><c>EXPIRED_IN_MATCH</c></summary>
    [JsonStringEnumMemberName("EXPIRED_IN_MATCH")]
    ExpiredInMatch,
}
