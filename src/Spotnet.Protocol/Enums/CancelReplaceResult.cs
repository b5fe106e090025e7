using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>Outcome of the cancel half of a cancel-replace (<c>cancelResult</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CancelReplaceResult>))]
public enum CancelReplaceResult
{
    /// <summary><c>SUCCESS</c></summary>
    [JsonStringEnumMemberName("SUCCESS")]
    Success,
    /// <summary><c>FAILURE</c></summary>
    [JsonStringEnumMemberName("FAILURE")]
    Failure,
}
