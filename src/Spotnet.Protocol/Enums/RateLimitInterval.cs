using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>Unit of a rate limiter's window (<c>interval</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RateLimitInterval>))]
public enum RateLimitInterval
{
    /// <summary><c>SECOND</c></summary>
    [JsonStringEnumMemberName("SECOND")]
    Second,
    /// <summary><c>MINUTE</c></summary>
    [JsonStringEnumMemberName("MINUTE")]
    Minute,
    /// <summary><c>HOUR</c></summary>
    [JsonStringEnumMemberName("HOUR")]
    Hour,
    /// <summary><c>DAY</c></summary>
    [JsonStringEnumMemberName("DAY")]
    Day,
}
