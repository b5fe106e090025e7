using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>Why an execution report was sent (<c>x</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExecutionType>))]
public enum ExecutionType
{
    /// <summary><c>NEW</c></summary>
    [JsonStringEnumMemberName("NEW")]
    New,
    /// <summary><c>CANCELED</c></summary>
    [JsonStringEnumMemberName("CANCELED")]
    Canceled,
    /// <summary><c>REPLACED</c></summary>
    [JsonStringEnumMemberName("REPLACED")]
    Replaced,
    /// <summary><c>REJECTED</c></summary>
    [JsonStringEnumMemberName("REJECTED")]
    Rejected,
    /// <summary><c>TRADE</c></summary>
    [JsonStringEnumMemberName("TRADE")]
    Trade,
    /// <summary><c>EXPIRED</c></summary>
    [JsonStringEnumMemberName("EXPIRED")]
    Expired,
    /// <summary><c>TRADE_PREVENTION</c></summary>
    [JsonStringEnumMemberName("TRADE_PREVENTION")]
    TradePrevention,
}
