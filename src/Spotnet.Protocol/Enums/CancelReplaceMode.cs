using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>Whether a cancel-replace goes on after a failed cancel (<c>cancelReplaceMode</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CancelReplaceMode>))]
public enum CancelReplaceMode
{
    /// <summary><c>STOP_ON_FAILURE</c></summary>
    [JsonStringEnumMemberName("STOP_ON_FAILURE")]
    StopOnFailure,
    /// <summary><c>ALLOW_FAILURE</c></summary>
    [JsonStringEnumMemberName("ALLOW_FAILURE")]
    AllowFailure,
}
