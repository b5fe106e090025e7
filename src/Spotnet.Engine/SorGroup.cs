namespace Spotnet.Engine;

/// <summary>
/// A smart order routing configuration (<c>sors[]</c> in exchange information): symbols with the same base asset whose
/// quote assets are interchangeable one to one.
/// </summary>
public sealed record SorGroup
{
    /// <summary>The shared base asset id (<c>baseAsset</c>).</summary>
    public required int BaseAsset { get; init; }

    /// <summary>The symbol ids of the group (<c>symbols</c>), in the order exchange information lists them.</summary>
    public required IReadOnlyList<int> SymbolIds { get; init; }
}
