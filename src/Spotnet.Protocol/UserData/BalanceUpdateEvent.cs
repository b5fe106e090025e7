using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.UserData;

/// <summary>Deposit, withdrawal or transfer (<c>e</c> = <c>balanceUpdate</c>).</summary>
public sealed record BalanceUpdateEvent : UserDataEvent
{
    /// <summary>Event type (<c>e</c>).</summary>
    [JsonPropertyName("e")]
    public string EventType => "balanceUpdate";

    /// <summary>Event time (<c>E</c>).</summary>
    [JsonPropertyName("E")]
    public long EventTime { get; init; }

    /// <summary>Asset (<c>a</c>).</summary>
    [JsonPropertyName("a")]
    public required string Asset { get; init; }

    /// <summary>Balance delta (<c>d</c>).</summary>
    [JsonPropertyName("d")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal BalanceDelta { get; init; }

    /// <summary>Clear time (<c>T</c>).</summary>
    [JsonPropertyName("T")]
    public long ClearTime { get; init; }
}
