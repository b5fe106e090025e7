using System.Text.Json;

namespace Spotnet.Protocol.Streams;

/// <summary>A stream payload whose event type (<c>e</c>) this library does not know; kept as received.</summary>
public sealed record UnknownStreamEvent : MarketStreamEvent
{
    /// <summary>The payload exactly as received.</summary>
    public JsonElement Raw { get; init; }
}
