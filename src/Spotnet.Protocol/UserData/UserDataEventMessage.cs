using System.Text.Json.Serialization;

namespace Spotnet.Protocol.UserData;

/// <summary>User data event as delivered on the WebSocket API: <c>{subscriptionId, event}</c>.</summary>
public sealed record UserDataEventMessage
{
    /// <summary>Subscription id (<c>subscriptionId</c>).</summary>
    [JsonPropertyName("subscriptionId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? SubscriptionId { get; init; }

    /// <summary>Event (<c>event</c>).</summary>
    [JsonPropertyName("event")]
    public required UserDataEvent Event { get; init; }
}
