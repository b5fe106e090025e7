using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Models.General;

/// <summary>Server time (<c>GET /api/v3/time</c>, <c>time</c>).</summary>
public sealed record ServerTime
{
    /// <summary>Server timestamp (<c>serverTime</c>).</summary>
    [JsonPropertyName("serverTime")]
    public long ServerTimestamp { get; init; }
}
