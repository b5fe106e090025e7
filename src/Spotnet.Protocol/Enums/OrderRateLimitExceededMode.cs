using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>What a cancel-replace does when the order count is exceeded (<c>orderRateLimitExceededMode</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrderRateLimitExceededMode>))]
public enum OrderRateLimitExceededMode
{
    /// <summary><c>DO_NOTHING</c></summary>
    [JsonStringEnumMemberName("DO_NOTHING")]
    DoNothing,
    /// <summary><c>CANCEL_ONLY</c></summary>
    [JsonStringEnumMemberName("CANCEL_ONLY")]
    CancelOnly,
}
