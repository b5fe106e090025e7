using System.Text.Json;
using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Streams;

/// <summary>Answer to a live subscription request: <c>{result, id}</c>; <c>result</c> is null for successful commands.</summary>
public sealed record StreamResponse
{
    /// <summary>Result (<c>result</c>).</summary>
    [JsonPropertyName("result")]
    public JsonElement? Result { get; init; }

    /// <summary>Id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public JsonElement? Id { get; init; }
}
