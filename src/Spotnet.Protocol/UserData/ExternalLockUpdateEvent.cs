using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.UserData;

/// <summary>Balance locked or unlocked by an external system (<c>e</c> = <c>externalLockUpdate</c>).</summary>
public sealed record ExternalLockUpdateEvent : UserDataEvent
{
    /// <summary>Event type (<c>e</c>).</summary>
    [JsonPropertyName("e")]
    public string EventType => "externalLockUpdate";

    /// <summary>Event time (<c>E</c>).</summary>
    [JsonPropertyName("E")]
    public long EventTime { get; init; }

    /// <summary>Asset (<c>a</c>).</summary>
    [JsonPropertyName("a")]
    public required string Asset { get; init; }

    /// <summary>Delta (<c>d</c>).</summary>
    [JsonPropertyName("d")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Delta { get; init; }

    /// <summary>Transaction time (<c>T</c>).</summary>
    [JsonPropertyName("T")]
    public long TransactionTime { get; init; }
}
