using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>Which book price a pegged order follows (<c>pegPriceType</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PegPriceType>))]
public enum PegPriceType
{
    /// <summary><c>PRIMARY_PEG</c></summary>
    [JsonStringEnumMemberName("PRIMARY_PEG")]
    PrimaryPeg,
    /// <summary><c>MARKET_PEG</c></summary>
    [JsonStringEnumMemberName("MARKET_PEG")]
    MarketPeg,
}
