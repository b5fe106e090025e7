namespace Spotnet.Engine;

/// <summary>The commission discount (<c>discount</c> of <c>account/commission</c>): standard commission paid in the discount asset is multiplied by <see cref="Rate"/>.</summary>
/// <param name="Asset">The discount asset id (<c>discountAsset</c>, BNB).</param>
/// <param name="Rate">The multiplier applied to the standard commission, scaled by 10^8 (<c>discount</c>, e.g. 0.25).</param>
public sealed record CommissionDiscount(int Asset, long Rate);
