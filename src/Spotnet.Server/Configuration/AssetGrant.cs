namespace Spotnet.Server.Configuration;

/// <summary>One asset of the allowance granted to new accounts.</summary>
public sealed class AssetGrant
{
    /// <summary>Asset name, for example <c>BTC</c>.</summary>
    public string Asset { get; set; } = "";

    /// <summary>Amount as an exact decimal string, for example <c>1.00000000</c>.</summary>
    public string Amount { get; set; } = "0";
}
