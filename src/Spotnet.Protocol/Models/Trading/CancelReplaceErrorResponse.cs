using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Models.Trading;

/// <summary>Error body of a failed cancel-replace: <c>{code, msg, data}</c>.</summary>
public sealed record CancelReplaceErrorResponse
{
    /// <summary>Code (<c>code</c>).</summary>
    [JsonPropertyName("code")]
    public int Code { get; init; }

    /// <summary>Message (<c>msg</c>).</summary>
    [JsonPropertyName("msg")]
    public required string Message { get; init; }

    /// <summary>Data (<c>data</c>).</summary>
    [JsonPropertyName("data")]
    public required CancelReplaceResponse Data { get; init; }
}
