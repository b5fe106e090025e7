using System.Text.Json.Serialization;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Numbers;

namespace Spotnet.Protocol.Models.Account;

/// <summary>Account balances and permissions (<c>GET /api/v3/account</c>, <c>account.status</c>).</summary>
public sealed record AccountInformation
{
    /// <summary>Maker commission (<c>makerCommission</c>).</summary>
    [JsonPropertyName("makerCommission")]
    public int MakerCommission { get; init; }

    /// <summary>Taker commission (<c>takerCommission</c>).</summary>
    [JsonPropertyName("takerCommission")]
    public int TakerCommission { get; init; }

    /// <summary>Buyer commission (<c>buyerCommission</c>).</summary>
    [JsonPropertyName("buyerCommission")]
    public int BuyerCommission { get; init; }

    /// <summary>Seller commission (<c>sellerCommission</c>).</summary>
    [JsonPropertyName("sellerCommission")]
    public int SellerCommission { get; init; }

    /// <summary>Commission rates (<c>commissionRates</c>).</summary>
    [JsonPropertyName("commissionRates")]
    public required CommissionRate CommissionRates { get; init; }

    /// <summary>Can trade (<c>canTrade</c>).</summary>
    [JsonPropertyName("canTrade")]
    public bool CanTrade { get; init; }

    /// <summary>Can withdraw (<c>canWithdraw</c>).</summary>
    [JsonPropertyName("canWithdraw")]
    public bool CanWithdraw { get; init; }

    /// <summary>Can deposit (<c>canDeposit</c>).</summary>
    [JsonPropertyName("canDeposit")]
    public bool CanDeposit { get; init; }

    /// <summary>Brokered (<c>brokered</c>).</summary>
    [JsonPropertyName("brokered")]
    public bool Brokered { get; init; }

    /// <summary>Require self trade prevention (<c>requireSelfTradePrevention</c>).</summary>
    [JsonPropertyName("requireSelfTradePrevention")]
    public bool RequireSelfTradePrevention { get; init; }

    /// <summary>Prevent sor (<c>preventSor</c>).</summary>
    [JsonPropertyName("preventSor")]
    public bool PreventSor { get; init; }

    /// <summary>Update time (<c>updateTime</c>).</summary>
    [JsonPropertyName("updateTime")]
    public long UpdateTime { get; init; }

    /// <summary><see cref="UpdateTime"/> as a UTC time; the wire unit (ms or µs) is read from the value, see <see cref="WireTime"/>.</summary>
    [JsonIgnore]
    public DateTimeOffset UpdateTimeUtc => WireTime.ToDateTimeOffset(UpdateTime);

    /// <summary>Account type (<c>accountType</c>).</summary>
    [JsonPropertyName("accountType")]
    public AccountType AccountType { get; init; }

    /// <summary>Balances (<c>balances</c>).</summary>
    [JsonPropertyName("balances")]
    public required IReadOnlyList<Balance> Balances { get; init; }

    /// <summary>Permissions (<c>permissions</c>).</summary>
    [JsonPropertyName("permissions")]
    public required IReadOnlyList<Permission> Permissions { get; init; }

    /// <summary>User id (<c>uid</c>).</summary>
    [JsonPropertyName("uid")]
    public long UserId { get; init; }
}
