using System.Text.Json.Serialization;
using Spotnet.Protocol.Streams;

namespace Spotnet.Protocol.WebSocketApi;

/// <summary>WebSocket API connection event announcing shutdown: <c>{event}</c>.</summary>
public sealed record ServerShutdownMessage
{
    /// <summary>Event (<c>event</c>).</summary>
    [JsonPropertyName("event")]
    public required ServerShutdownEvent Event { get; init; }
}
