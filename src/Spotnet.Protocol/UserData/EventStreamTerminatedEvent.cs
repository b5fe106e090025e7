using System.Text.Json.Serialization;

namespace Spotnet.Protocol.UserData;

/// <summary>The user data subscription ended (<c>e</c> = <c>eventStreamTerminated</c>).</summary>
public sealed record EventStreamTerminatedEvent : UserDataEvent
{
    /// <summary>Event type (<c>e</c>).</summary>
    [JsonPropertyName("e")]
    public string EventType => "eventStreamTerminated";

    /// <summary>Event time (<c>E</c>).</summary>
    [JsonPropertyName("E")]
    public long EventTime { get; init; }
}
