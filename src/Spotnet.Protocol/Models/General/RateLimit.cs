using System.Text.Json.Serialization;
using Spotnet.Protocol.Enums;

namespace Spotnet.Protocol.Models.General;

/// <summary>A rate limit definition or current usage (<c>rateLimits</c>, unfilled order count).</summary>
public sealed record RateLimit
{
    /// <summary>Rate limit type (<c>rateLimitType</c>).</summary>
    [JsonPropertyName("rateLimitType")]
    public RateLimitType RateLimitType { get; init; }

    /// <summary>Interval (<c>interval</c>).</summary>
    [JsonPropertyName("interval")]
    public RateLimitInterval Interval { get; init; }

    /// <summary>Interval number (<c>intervalNum</c>).</summary>
    [JsonPropertyName("intervalNum")]
    public int IntervalNumber { get; init; }

    /// <summary>Limit (<c>limit</c>).</summary>
    [JsonPropertyName("limit")]
    public int Limit { get; init; }

    /// <summary>Count (<c>count</c>).</summary>
    [JsonPropertyName("count")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Count { get; init; }
}
