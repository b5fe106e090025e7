using System.Text.Json.Serialization;

namespace Spotnet.Protocol.WebSocketApi;

/// <summary>Session state (<c>session.logon</c>, <c>session.status</c>, <c>session.logout</c>); <c>apiKey</c> and <c>authorizedSince</c> are explicit nulls when not authenticated.</summary>
public sealed record SessionStatus
{
    /// <summary>Api key (<c>apiKey</c>).</summary>
    [JsonPropertyName("apiKey")]
    public string? ApiKey { get; init; }

    /// <summary>Authorized since (<c>authorizedSince</c>).</summary>
    [JsonPropertyName("authorizedSince")]
    public long? AuthorizedSince { get; init; }

    /// <summary>Connected since (<c>connectedSince</c>).</summary>
    [JsonPropertyName("connectedSince")]
    public long ConnectedSince { get; init; }

    /// <summary>Return rate limits (<c>returnRateLimits</c>).</summary>
    [JsonPropertyName("returnRateLimits")]
    public bool ReturnRateLimits { get; init; }

    /// <summary>Server time (<c>serverTime</c>).</summary>
    [JsonPropertyName("serverTime")]
    public long ServerTime { get; init; }

    /// <summary>User data stream (<c>userDataStream</c>).</summary>
    [JsonPropertyName("userDataStream")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? UserDataStream { get; init; }
}
