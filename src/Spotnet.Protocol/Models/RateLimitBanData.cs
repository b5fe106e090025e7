using System.Text.Json.Serialization;
using Spotnet.Protocol.Numbers;

namespace Spotnet.Protocol.Models;

/// <summary>Extra data of a WebSocket API rate-limit ban error (<c>error.data</c>).</summary>
public sealed record RateLimitBanData
{
    /// <summary>Server time (<c>serverTime</c>).</summary>
    [JsonPropertyName("serverTime")]
    public long ServerTime { get; init; }

    /// <summary><see cref="ServerTime"/> as a UTC time; the wire unit (ms or µs) is read from the value, see <see cref="WireTime"/>.</summary>
    [JsonIgnore]
    public DateTimeOffset ServerTimeUtc => WireTime.ToDateTimeOffset(ServerTime);

    /// <summary>Retry after (<c>retryAfter</c>).</summary>
    [JsonPropertyName("retryAfter")]
    public long RetryAfter { get; init; }
}
