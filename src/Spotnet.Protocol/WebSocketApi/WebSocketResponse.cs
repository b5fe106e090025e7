using System.Text.Json;
using System.Text.Json.Serialization;
using Spotnet.Protocol.Models;
using Spotnet.Protocol.Models.General;

namespace Spotnet.Protocol.WebSocketApi;

/// <summary>WebSocket API response: <c>{id, status, result | error, rateLimits}</c>.</summary>
/// <typeparam name="TResult">Type of <c>result</c>.</typeparam>
public sealed record WebSocketResponse<TResult>
{
    /// <summary>Request id echoed back (<c>id</c>): a string, a number or null.</summary>
    [JsonPropertyName("id")]
    public JsonElement? Id { get; init; }

    /// <summary>HTTP-like status code (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public int Status { get; init; }

    /// <summary>Result of a successful request (<c>result</c>).</summary>
    [JsonPropertyName("result")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TResult? Result { get; init; }

    /// <summary>Error of a failed request (<c>error</c>).</summary>
    [JsonPropertyName("error")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ErrorResponse? Error { get; init; }

    /// <summary>Rate limit usage after the request (<c>rateLimits</c>), unless disabled.</summary>
    [JsonPropertyName("rateLimits")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<RateLimit>? RateLimits { get; init; }
}
