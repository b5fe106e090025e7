namespace Spotnet.Server.Configuration;

/// <summary>All server settings, bound from the settings file and <c>SPOTNET_</c> environment variables.</summary>
public sealed class ServerSettings
{
    /// <summary>Listening and transport security settings.</summary>
    public NetworkSettings Network { get; set; } = new();

    /// <summary>Operator API settings.</summary>
    public AdminSettings Admin { get; set; } = new();

    /// <summary>API key policies and usage bookkeeping.</summary>
    public ApiKeySettings ApiKeys { get; set; } = new();

    /// <summary>Advertised and enforced rate limits.</summary>
    public RateLimitSettings RateLimits { get; set; } = new();

    /// <summary>Assets granted to every new account (and again after each reset); empty means the built-in allowance.</summary>
    public List<AssetGrant> Allowance { get; set; } = [];

    /// <summary><c>MAX_ASSET</c> filters on every account (<c>myFilters.assetFilters</c>); empty means the built-in JPY filter.</summary>
    public List<MaxAssetSettings> MaxAssets { get; set; } = [];

    /// <summary>Symbols traded on this server; empty means the built-in set.</summary>
    public List<SymbolSettings> Symbols { get; set; } = [];

    /// <summary>Smart order routing groups; with the built-in symbols and none configured, the built-in groups.</summary>
    public List<SorSettings> Sors { get; set; } = [];

    /// <summary>Periodic reset schedule.</summary>
    public ResetSettings Reset { get; set; } = new();

    /// <summary>Simulated market participants that provide liquidity.</summary>
    public MarketSimulationSettings MarketSimulation { get; set; } = new();

    /// <summary>How much public market data is kept in memory.</summary>
    public MarketDataSettings MarketData { get; set; } = new();

    /// <summary>The durable journal and snapshots.</summary>
    public JournalSettings Journal { get; set; } = new();

    /// <summary>Fills empty lists with the built-in defaults.</summary>
    public ServerSettings WithDefaults()
    {
        if (Allowance.Count == 0)
        {
            Allowance = DefaultMarket.Allowance();
        }

        if (Symbols.Count == 0)
        {
            Symbols = DefaultMarket.Symbols();
            if (Sors.Count == 0)
            {
                Sors = DefaultMarket.Sors();
            }
        }

        if (MaxAssets.Count == 0)
        {
            MaxAssets = DefaultMarket.MaxAssets();
        }

        return this;
    }
}
