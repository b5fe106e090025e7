namespace Spotnet.Engine;

/// <summary>An asset; its id is its index in <see cref="ExchangeConfig.Assets"/>.</summary>
/// <param name="Name">The asset name, e.g. <c>BTC</c>.</param>
/// <param name="Precision">Decimals the asset is shown with (<c>baseAssetPrecision</c>, <c>quoteAssetPrecision</c>).</param>
public sealed record AssetConfig(string Name, int Precision = 8);
