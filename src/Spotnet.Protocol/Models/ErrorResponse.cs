using System.Text.Json;
using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Models;

/// <summary>Binance error body <c>{code, msg}</c>; <c>data</c> appears on some WebSocket API errors.</summary>
public sealed record ErrorResponse
{
    /// <summary>Code (<c>code</c>).</summary>
    [JsonPropertyName("code")]
    public int Code { get; init; }

    /// <summary>Message (<c>msg</c>).</summary>
    [JsonPropertyName("msg")]
    public required string Message { get; init; }

    /// <summary>Data (<c>data</c>).</summary>
    [JsonPropertyName("data")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Data { get; init; }
}
