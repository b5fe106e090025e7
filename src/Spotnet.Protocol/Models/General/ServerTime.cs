using System.Text.Json.Serialization;
using Spotnet.Protocol.Numbers;

namespace Spotnet.Protocol.Models.General;

/// <summary>Server time (<c>GET /api/v3/time</c>, <c>time</c>).</summary>
public sealed record ServerTime
{
    /// <summary>Server timestamp (<c>serverTime</c>).</summary>
    [JsonPropertyName("serverTime")]
    public long ServerTimestamp { get; init; }

    /// <summary><see cref="ServerTimestamp"/> as a UTC time; the wire unit (ms or µs) is read from the value, see <see cref="WireTime"/>.</summary>
    [JsonIgnore]
    public DateTimeOffset ServerTimestampUtc => WireTime.ToDateTimeOffset(ServerTimestamp);
}
