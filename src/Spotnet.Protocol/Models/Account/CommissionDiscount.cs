using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Models.Account;

/// <summary>BNB commission discount (<c>discount</c>).</summary>
public sealed record CommissionDiscount
{
    /// <summary>Enabled for account (<c>enabledForAccount</c>).</summary>
    [JsonPropertyName("enabledForAccount")]
    public bool EnabledForAccount { get; init; }

    /// <summary>Enabled for symbol (<c>enabledForSymbol</c>).</summary>
    [JsonPropertyName("enabledForSymbol")]
    public bool EnabledForSymbol { get; init; }

    /// <summary>Discount asset (<c>discountAsset</c>).</summary>
    [JsonPropertyName("discountAsset")]
    public required string DiscountAsset { get; init; }

    /// <summary>Discount (<c>discount</c>).</summary>
    [JsonPropertyName("discount")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Discount { get; init; }
}
