using System.Text.Json.Serialization;

namespace Spotnet.Protocol.WebSocketApi;

/// <summary>A user data stream subscription (<c>userDataStream.subscribe</c>, <c>session.subscriptions</c>).</summary>
public sealed record UserDataSubscription
{
    /// <summary>Subscription id (<c>subscriptionId</c>).</summary>
    [JsonPropertyName("subscriptionId")]
    public int SubscriptionId { get; init; }
}
