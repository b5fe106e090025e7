using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>Which order states a cancel may touch (<c>cancelRestrictions</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CancelRestrictions>))]
public enum CancelRestrictions
{
    /// <summary><c>ONLY_NEW</c></summary>
    [JsonStringEnumMemberName("ONLY_NEW")]
    OnlyNew,
    /// <summary><c>ONLY_PARTIALLY_FILLED</c></summary>
    [JsonStringEnumMemberName("ONLY_PARTIALLY_FILLED")]
    OnlyPartiallyFilled,
}
