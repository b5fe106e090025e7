using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>Kind of fill of an SOR order (<c>matchType</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MatchType>))]
public enum MatchType
{
    /// <summary><c>ONE_PARTY_TRADE_REPORT</c></summary>
    [JsonStringEnumMemberName("ONE_PARTY_TRADE_REPORT")]
    OnePartyTradeReport,
}
