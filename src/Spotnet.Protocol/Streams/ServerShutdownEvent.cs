using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Streams;

/// <summary>Notice that the server is about to shut down (<c>e</c> = <c>serverShutdown</c>), on streams and the WebSocket API.</summary>
public sealed record ServerShutdownEvent : MarketStreamEvent
{
    /// <summary>Event type (<c>e</c>).</summary>
    [JsonPropertyName("e")]
    public string EventType => "serverShutdown";

    /// <summary>Event time (<c>E</c>).</summary>
    [JsonPropertyName("E")]
    public long EventTime { get; init; }
}
