using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>Outcome of the new-order half of a cancel-replace (<c>newOrderResult</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NewOrderResult>))]
public enum NewOrderResult
{
    /// <summary><c>SUCCESS</c></summary>
    [JsonStringEnumMemberName("SUCCESS")]
    Success,
    /// <summary><c>FAILURE</c></summary>
    [JsonStringEnumMemberName("FAILURE")]
    Failure,
    /// <summary><c>NOT_ATTEMPTED</c></summary>
    [JsonStringEnumMemberName("NOT_ATTEMPTED")]
    NotAttempted,
}
