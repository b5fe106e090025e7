using System.Text.Json.Serialization;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Json;
using MatchType = Spotnet.Protocol.Enums.MatchType;

namespace Spotnet.Protocol.Models.Trading;

/// <summary>One fill of a new order (<c>fills[]</c>).</summary>
public sealed record OrderFill
{
    /// <summary>Match type (<c>matchType</c>).</summary>
    [JsonPropertyName("matchType")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MatchType? MatchType { get; init; }

    /// <summary>Price (<c>price</c>).</summary>
    [JsonPropertyName("price")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Price { get; init; }

    /// <summary>Quantity (<c>qty</c>).</summary>
    [JsonPropertyName("qty")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Quantity { get; init; }

    /// <summary>Commission (<c>commission</c>).</summary>
    [JsonPropertyName("commission")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Commission { get; init; }

    /// <summary>Commission asset (<c>commissionAsset</c>).</summary>
    [JsonPropertyName("commissionAsset")]
    public required string CommissionAsset { get; init; }

    /// <summary>Trade id (<c>tradeId</c>).</summary>
    [JsonPropertyName("tradeId")]
    public long TradeId { get; init; }

    /// <summary>Allocation id (<c>allocId</c>).</summary>
    [JsonPropertyName("allocId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? AllocationId { get; init; }
}
