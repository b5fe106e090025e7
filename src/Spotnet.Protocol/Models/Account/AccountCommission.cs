using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Models.Account;

/// <summary>Commission rates of an account on a symbol (<c>GET /api/v3/account/commission</c>, <c>account.commission</c>).</summary>
public sealed record AccountCommission
{
    /// <summary>Symbol (<c>symbol</c>).</summary>
    [JsonPropertyName("symbol")]
    public required string Symbol { get; init; }

    /// <summary>Standard commission (<c>standardCommission</c>).</summary>
    [JsonPropertyName("standardCommission")]
    public required CommissionRate StandardCommission { get; init; }

    /// <summary>Special commission (<c>specialCommission</c>).</summary>
    [JsonPropertyName("specialCommission")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CommissionRate? SpecialCommission { get; init; }

    /// <summary>Tax commission (<c>taxCommission</c>).</summary>
    [JsonPropertyName("taxCommission")]
    public required CommissionRate TaxCommission { get; init; }

    /// <summary>Discount (<c>discount</c>).</summary>
    [JsonPropertyName("discount")]
    public required CommissionDiscount Discount { get; init; }
}
