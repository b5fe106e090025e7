using System.Text.Json.Serialization;
using Spotnet.Protocol.Models.Account;

namespace Spotnet.Protocol.Models.Trading;

/// <summary>Commission rates a test order would pay (<c>POST /api/v3/order/test</c>, <c>POST /api/v3/sor/order/test</c> with <c>computeCommissionRates</c>).</summary>
public sealed record TestOrderCommission
{
    /// <summary>Standard commission for order (<c>standardCommissionForOrder</c>).</summary>
    [JsonPropertyName("standardCommissionForOrder")]
    public required CommissionRate StandardCommissionForOrder { get; init; }

    /// <summary>Special commission for order (<c>specialCommissionForOrder</c>).</summary>
    [JsonPropertyName("specialCommissionForOrder")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CommissionRate? SpecialCommissionForOrder { get; init; }

    /// <summary>Tax commission for order (<c>taxCommissionForOrder</c>).</summary>
    [JsonPropertyName("taxCommissionForOrder")]
    public required CommissionRate TaxCommissionForOrder { get; init; }

    /// <summary>Discount (<c>discount</c>).</summary>
    [JsonPropertyName("discount")]
    public required CommissionDiscount Discount { get; init; }
}
