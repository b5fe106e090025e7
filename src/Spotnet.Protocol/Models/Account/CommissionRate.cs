using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Models.Account;

/// <summary>Maker/taker (and buyer/seller) commission rates (<c>commissionRates</c>, <c>standardCommission</c>, ...).</summary>
public sealed record CommissionRate
{
    /// <summary>Maker (<c>maker</c>).</summary>
    [JsonPropertyName("maker")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Maker { get; init; }

    /// <summary>Taker (<c>taker</c>).</summary>
    [JsonPropertyName("taker")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Taker { get; init; }

    /// <summary>Buyer (<c>buyer</c>).</summary>
    [JsonPropertyName("buyer")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? Buyer { get; init; }

    /// <summary>Seller (<c>seller</c>).</summary>
    [JsonPropertyName("seller")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? Seller { get; init; }
}
