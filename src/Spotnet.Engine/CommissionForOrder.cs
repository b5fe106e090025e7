namespace Spotnet.Engine;

/// <summary>Maker and taker rates for one order with buyer/seller folded in (<c>computeCommissionRates</c>), each scaled by 10^8.</summary>
public readonly record struct CommissionForOrder(long Maker, long Taker);

/// <summary>The result of a test order: validation outcome plus the commission rates it would pay.</summary>
public readonly record struct TestOrderResult
{
    /// <summary>Validation outcome (nothing was changed either way).</summary>
    public EngineResult Result { get; init; }

    /// <summary><c>standardCommissionForOrder</c>.</summary>
    public CommissionForOrder Standard { get; init; }

    /// <summary><c>taxCommissionForOrder</c>.</summary>
    public CommissionForOrder Tax { get; init; }

    /// <summary><c>specialCommissionForOrder</c>.</summary>
    public CommissionForOrder Special { get; init; }
}
