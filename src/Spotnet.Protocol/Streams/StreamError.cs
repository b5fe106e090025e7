using System.Text.Json;
using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Streams;

/// <summary>Error answer to a live subscription request: <c>{code, msg, id}</c>.</summary>
public sealed record StreamError
{
    /// <summary>Code (<c>code</c>).</summary>
    [JsonPropertyName("code")]
    public int Code { get; init; }

    /// <summary>Message (<c>msg</c>).</summary>
    [JsonPropertyName("msg")]
    public required string Message { get; init; }

    /// <summary>Id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Id { get; init; }
}
