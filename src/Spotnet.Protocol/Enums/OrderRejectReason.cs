using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>Reject reason of an execution report (<c>r</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrderRejectReason>))]
public enum OrderRejectReason
{
    /// <summary><c>NONE</c></summary>
    [JsonStringEnumMemberName("NONE")]
    None,
    /// <summary><c>INSUFFICIENT_BALANCES</c></summary>
    [JsonStringEnumMemberName("INSUFFICIENT_BALANCES")]
    InsufficientBalances,
    /// <summary><c>STOP_PRICE_WOULD_TRIGGER_IMMEDIATELY</c></summary>
    [JsonStringEnumMemberName("STOP_PRICE_WOULD_TRIGGER_IMMEDIATELY")]
    StopPriceWouldTriggerImmediately,
    /// <summary><c>WOULD_MATCH_IMMEDIATELY</c></summary>
    [JsonStringEnumMemberName("WOULD_MATCH_IMMEDIATELY")]
    WouldMatchImmediately,
    /// <summary><c>OCO_BAD_PRICES</c></summary>
    [JsonStringEnumMemberName("OCO_BAD_PRICES")]
    OcoBadPrices,
}
