namespace Spotnet.Engine;

/// <summary>Static configuration of the exchange; state (balances, orders, status changes) lives in the engine.</summary>
public sealed record ExchangeConfig
{
    /// <summary>Assets; an asset id is its index.</summary>
    public required IReadOnlyList<AssetConfig> Assets { get; init; }

    /// <summary>Symbols; a symbol id is its index.</summary>
    public required IReadOnlyList<SymbolConfig> Symbols { get; init; }

    /// <summary>Exchange filters (<c>exchangeFilters</c>).</summary>
    public ExchangeFilters ExchangeFilters { get; init; } = new();

    /// <summary>The commission discount (paying with BNB), or null when none; applies where both the account and the symbol enable it.</summary>
    public CommissionDiscount? CommissionDiscount { get; init; }

    /// <summary>Asset filters applied to every account (<c>myFilters.assetFilters</c>; testnet: JPY 1000000).</summary>
    public IReadOnlyList<MaxAssetFilter> MaxAssetFilters { get; init; } = [];

    /// <summary>Smart order routing groups (<c>sors</c>); a symbol belongs to at most one.</summary>
    public IReadOnlyList<SorGroup> SorGroups { get; init; } = [];

    /// <summary>
    /// How many items of closed history (closed orders and lists, trades, prevented matches, allocations, amendments)
    /// all accounts together keep in memory. Past it, the oldest are spilled (<see cref="EngineOutput.Spilled"/>) down
    /// to three quarters of it, so memory stays bounded; the default keeps everything.
    /// </summary>
    public int HistoryInMemory { get; init; } = int.MaxValue;
}
