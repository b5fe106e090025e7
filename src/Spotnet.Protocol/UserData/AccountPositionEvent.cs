using System.Text.Json.Serialization;

namespace Spotnet.Protocol.UserData;

/// <summary>Changed balances (<c>e</c> = <c>outboundAccountPosition</c>).</summary>
public sealed record AccountPositionEvent : UserDataEvent
{
    /// <summary>Event type (<c>e</c>).</summary>
    [JsonPropertyName("e")]
    public string EventType => "outboundAccountPosition";

    /// <summary>Event time (<c>E</c>).</summary>
    [JsonPropertyName("E")]
    public long EventTime { get; init; }

    /// <summary>Last update time (<c>u</c>).</summary>
    [JsonPropertyName("u")]
    public long LastUpdateTime { get; init; }

    /// <summary>Balances (<c>B</c>).</summary>
    [JsonPropertyName("B")]
    public required IReadOnlyList<AccountPositionBalance> Balances { get; init; }
}
