namespace Spotnet.Engine;

/// <summary>The account asset filter <c>MAX_ASSET</c>: at most <paramref name="Limit"/> of the asset per order.</summary>
/// <param name="Asset">Asset id.</param>
/// <param name="Limit">Maximum quantity (base) or notional (quote) in a single order.</param>
public sealed record MaxAssetFilter(int Asset, Quantity Limit);
