using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Models;

/// <summary>Extra data of a WebSocket API rate-limit ban error (<c>error.data</c>).</summary>
public sealed record RateLimitBanData
{
    /// <summary>Server time (<c>serverTime</c>).</summary>
    [JsonPropertyName("serverTime")]
    public long ServerTime { get; init; }

    /// <summary>Retry after (<c>retryAfter</c>).</summary>
    [JsonPropertyName("retryAfter")]
    public long RetryAfter { get; init; }
}
