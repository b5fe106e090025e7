using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>How a peg offset is measured (<c>pegOffsetType</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PegOffsetType>))]
public enum PegOffsetType
{
    /// <summary><c>PRICE_LEVEL</c></summary>
    [JsonStringEnumMemberName("PRICE_LEVEL")]
    PriceLevel,
}
