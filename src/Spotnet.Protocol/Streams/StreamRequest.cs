using System.Text.Json;
using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Streams;

/// <summary>Live subscription request (<c>SUBSCRIBE</c>, <c>UNSUBSCRIBE</c>, <c>LIST_SUBSCRIPTIONS</c>, <c>SET_PROPERTY</c>, <c>GET_PROPERTY</c>).</summary>
public sealed record StreamRequest
{
    /// <summary>Method (<c>method</c>).</summary>
    [JsonPropertyName("method")]
    public required string Method { get; init; }

    /// <summary>Parameters (<c>params</c>).</summary>
    [JsonPropertyName("params")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<JsonElement>? Parameters { get; init; }

    /// <summary>Id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public JsonElement? Id { get; init; }
}
