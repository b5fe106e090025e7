using System.Text.Json;
using System.Text.Json.Serialization;

namespace Spotnet.Protocol.WebSocketApi;

/// <summary>WebSocket API request: <c>{id, method, params}</c>.</summary>
public sealed record WebSocketRequest
{
    /// <summary>Id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public JsonElement? Id { get; init; }

    /// <summary>Method (<c>method</c>).</summary>
    [JsonPropertyName("method")]
    public required string Method { get; init; }

    /// <summary>Parameters (<c>params</c>).</summary>
    [JsonPropertyName("params")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, JsonElement>? Parameters { get; init; }
}
