using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>How a reference price is computed (<c>calculationType</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReferencePriceCalculationType>))]
public enum ReferencePriceCalculationType
{
    /// <summary><c>ARITHMETIC_MEAN</c></summary>
    [JsonStringEnumMemberName("ARITHMETIC_MEAN")]
    ArithmeticMean,
    /// <summary><c>EXTERNAL</c></summary>
    [JsonStringEnumMemberName("EXTERNAL")]
    External,
}
