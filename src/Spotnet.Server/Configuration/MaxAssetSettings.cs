namespace Spotnet.Server.Configuration;

/// <summary>A <c>MAX_ASSET</c> filter applied to every account: the most of one asset a single order may transact.</summary>
public sealed class MaxAssetSettings
{
    /// <summary>Asset (<c>asset</c>).</summary>
    public string Asset { get; set; } = "";

    /// <summary>Limit (<c>limit</c>): the quantity when the asset is the base asset, the notional when it is the quote asset.</summary>
    public string Limit { get; set; } = "0";
}
