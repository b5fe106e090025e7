namespace Spotnet.Server.Configuration;

/// <summary>One smart order routing group (<c>sors[]</c> in exchange information): symbols with one base asset and interchangeable quote assets.</summary>
public sealed class SorSettings
{
    /// <summary>The shared base asset (<c>baseAsset</c>).</summary>
    public string BaseAsset { get; set; } = "";

    /// <summary>The symbols of the group (<c>symbols</c>); each must have <see cref="BaseAsset"/> as its base asset.</summary>
    public List<string> Symbols { get; set; } = [];
}
