using System.Globalization;
using Spotnet.Engine;
using Spotnet.Server.Configuration;

namespace Spotnet.Server.Exchange;

/// <summary>
/// Name mapping between the server settings and the engine: symbols and assets by name ↔ engine ids, and the engine's
/// <see cref="ExchangeConfig"/> built from the settings with the same filter values <c>exchangeInfo</c> shows.
/// </summary>
public sealed class ExchangeCatalog
{
    /// <summary><c>ICEBERG_PARTS</c> of every symbol: 100 on the testnet since 2026-02-24 (its changelog: 10, then 25, 50, 100).</summary>
    public const int IcebergParts = 100;

    private readonly Dictionary<string, int> _symbolIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _assetIds = new(StringComparer.Ordinal);
    private readonly string[] _assetNames;
    private readonly string[] _symbolNames;

    /// <summary>
    /// Builds the catalog from the settings (which must already have their defaults filled in). Assets take ids in the
    /// order the symbols, then the allowance, then the max-asset filters name them; with <paramref name="knownAssets"/>
    /// (the order a data folder's state was written with), those of them the settings still name come first, in that
    /// order, so that an asset added to the settings never moves an existing one.
    /// </summary>
    public ExchangeCatalog(ServerSettings settings, IReadOnlyList<string>? knownAssets = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var assets = new List<string>();
        void AddAsset(string name)
        {
            if (_assetIds.TryAdd(name, assets.Count))
            {
                assets.Add(name);
            }
        }

        var named = settings.Symbols.SelectMany(symbol => new[] { symbol.BaseAsset, symbol.QuoteAsset })
            .Concat(settings.Allowance.Select(grant => grant.Asset))
            .Concat(settings.MaxAssets.Select(maxAsset => maxAsset.Asset))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var known in knownAssets ?? [])
        {
            if (named.Contains(known))
            {
                AddAsset(known);
            }
        }

        foreach (var symbol in settings.Symbols)
        {
            AddAsset(symbol.BaseAsset);
            AddAsset(symbol.QuoteAsset);
        }

        foreach (var grant in settings.Allowance)
        {
            AddAsset(grant.Asset);
        }

        foreach (var maxAsset in settings.MaxAssets)
        {
            AddAsset(maxAsset.Asset);
        }

        _assetNames = [.. assets];
        _symbolNames = new string[settings.Symbols.Count];
        var symbols = new SymbolConfig[settings.Symbols.Count];
        for (var i = 0; i < symbols.Length; i++)
        {
            var symbol = settings.Symbols[i];
            _symbolNames[i] = symbol.Symbol;
            _symbolIds.Add(symbol.Symbol, i);
            symbols[i] = SymbolConfigOf(symbol, _assetIds[symbol.BaseAsset], _assetIds[symbol.QuoteAsset]);
        }

        Config = new ExchangeConfig
        {
            Assets = [.. assets.Select(name => new AssetConfig(name))],
            Symbols = symbols,
            HistoryInMemory = Math.Max(1, settings.Journal.HistoryInMemory),
            SorGroups = [.. settings.Sors.Select(group => new SorGroup
            {
                BaseAsset = _assetIds.TryGetValue(group.BaseAsset, out var baseAsset)
                    ? baseAsset
                    : throw new InvalidOperationException($"SOR base asset {group.BaseAsset} is not an asset of any symbol."),
                SymbolIds = [.. group.Symbols.Select(name => _symbolIds.TryGetValue(name, out var id)
                    ? id
                    : throw new InvalidOperationException($"SOR symbol {name} is not configured."))],
            })],
            MaxAssetFilters = [.. settings.MaxAssets.Select(maxAsset => new MaxAssetFilter(_assetIds[maxAsset.Asset], new Quantity(Units(maxAsset.Limit))))],
        };
        Allowance = [.. settings.Allowance.Select(grant => new AssetAmount(_assetIds[grant.Asset], Units(grant.Amount)))];
    }

    /// <summary>The engine configuration.</summary>
    public ExchangeConfig Config { get; }

    /// <summary>What every new account is granted (and every account again after a reset).</summary>
    public IReadOnlyList<AssetAmount> Allowance { get; }

    /// <summary>Number of assets.</summary>
    public int AssetCount => _assetNames.Length;

    /// <summary>The engine id of a symbol, or -1.</summary>
    public int SymbolId(string symbol) => _symbolIds.GetValueOrDefault(symbol, -1);

    /// <summary>The name of a symbol id.</summary>
    public string SymbolName(int symbolId) => _symbolNames[symbolId];

    /// <summary>The engine id of an asset, or -1.</summary>
    public int AssetId(string asset) => _assetIds.GetValueOrDefault(asset, -1);

    /// <summary>The name of an asset id ("" for -1, which means "none").</summary>
    public string AssetName(int assetId) => assetId < 0 ? "" : _assetNames[assetId];

    /// <summary>The engine's symbol status for a settings status string.</summary>
    public static SymbolStatus StatusOf(string status) => status switch
    {
        "HALT" => SymbolStatus.Halt,
        "BREAK" => SymbolStatus.Break,
        "CANCEL_ONLY" => SymbolStatus.CancelOnly,
        "END_OF_DAY" => SymbolStatus.EndOfDay,
        _ => SymbolStatus.Trading,
    };

    // The filter values mirror ExchangeInfoEndpoints, so what exchangeInfo shows is what the engine enforces.
    private static SymbolConfig SymbolConfigOf(SymbolSettings symbol, int baseAsset, int quoteAsset) => new()
    {
        Name = symbol.Symbol,
        BaseAsset = baseAsset,
        QuoteAsset = quoteAsset,
        Status = StatusOf(symbol.Status),
        DefaultSelfTradePreventionMode = SelfTradePreventionMode.ExpireMaker,
        AllowedSelfTradePreventionModes = SelfTradePreventionModes.All,
        PriceRange = symbol.PriceRange is { } range
            ? new PriceRangeRule
            {
                BidLimitMultUp = Multiplier(range.BidLimitMultUp),
                BidLimitMultDown = Multiplier(range.BidLimitMultDown),
                AskLimitMultUp = Multiplier(range.AskLimitMultUp),
                AskLimitMultDown = Multiplier(range.AskLimitMultDown),
            }
            : null,
        Filters = new SymbolFilters
        {
            Price = new PriceFilter(new Price(Units(symbol.MinPrice)), new Price(Units(symbol.MaxPrice)), new Price(Units(symbol.TickSize))),
            LotSize = new LotSizeFilter(new Quantity(Units(symbol.MinQuantity)), new Quantity(Units(symbol.MaxQuantity)), new Quantity(Units(symbol.StepSize))),
            IcebergParts = IcebergParts,
            MarketLotSize = new LotSizeFilter(Quantity.Zero, new Quantity(Units(symbol.MarketMaxQuantity)), Quantity.Zero),
            TrailingDelta = new TrailingDeltaFilter(10, 2000, 10, 2000),
            PercentPriceBySide = new PercentPriceBySideFilter(new Price(Units("5")), new Price(Units("0.2")), new Price(Units("5")), new Price(Units("0.2")), 5),
            Notional = new NotionalFilter(new Quantity(Units(symbol.MinNotional)), true, new Quantity(Units(symbol.MaxNotional)), false, 5),
            MaxNumOrders = symbol.MaxOpenOrders,
            MaxNumOrderLists = 20,
            MaxNumAlgoOrders = symbol.MaxAlgoOrders,
            MaxNumOrderAmends = 10,
        },
    };

    private static Price? Multiplier(string? value) => value is null ? null : new Price(Units(value));

    private static long Units(string value) =>
        Fixed.ToUnits(decimal.Parse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
}
