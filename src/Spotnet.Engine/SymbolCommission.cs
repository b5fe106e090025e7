namespace Spotnet.Engine;

/// <summary>The commission rates of <c>GET /api/v3/account/commission</c>: standard, tax and special.</summary>
public sealed record SymbolCommission(CommissionRates Standard, CommissionRates Tax, CommissionRates Special)
{
    /// <summary>No commission at all (the testnet default).</summary>
    public static readonly SymbolCommission Zero = new(CommissionRates.Zero, CommissionRates.Zero, CommissionRates.Zero);
}
