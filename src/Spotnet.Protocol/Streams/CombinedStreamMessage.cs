using System.Text.Json;
using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Streams;

/// <summary>Combined stream wrapper (<c>/stream?streams=...</c>): <c>{stream, data}</c>.</summary>
public sealed record CombinedStreamMessage
{
    /// <summary>Stream (<c>stream</c>).</summary>
    [JsonPropertyName("stream")]
    public required string Stream { get; init; }

    /// <summary>Data (<c>data</c>).</summary>
    [JsonPropertyName("data")]
    public JsonElement Data { get; init; }
}
