using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>Kind of rate limiter (<c>rateLimitType</c>); CONNECTIONS appears in the WebSocket API's exchangeInfo.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RateLimitType>))]
public enum RateLimitType
{
    /// <summary><c>REQUEST_WEIGHT</c></summary>
    [JsonStringEnumMemberName("REQUEST_WEIGHT")]
    RequestWeight,
    /// <summary><c>ORDERS</c></summary>
    [JsonStringEnumMemberName("ORDERS")]
    Orders,
    /// <summary><c>RAW_REQUESTS</c></summary>
    [JsonStringEnumMemberName("RAW_REQUESTS")]
    RawRequests,
    /// <summary><c>CONNECTIONS</c></summary>
    [JsonStringEnumMemberName("CONNECTIONS")]
    Connections,
}
