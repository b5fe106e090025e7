namespace Spotnet.Server.Configuration;

/// <summary>The built-in symbols and allowance, shaped like the real testnet's.</summary>
public static class DefaultMarket
{
    /// <summary>Assets granted to a new account when the settings name none.</summary>
    public static List<AssetGrant> Allowance() =>
    [
        new() { Asset = "BTC", Amount = "1" },
        new() { Asset = "ETH", Amount = "1" },
        new() { Asset = "BNB", Amount = "2" },
        new() { Asset = "USDT", Amount = "10000" },
        new() { Asset = "USDC", Amount = "10000" },
        new() { Asset = "EUR", Amount = "10000" },
        new() { Asset = "SOL", Amount = "10" },
        new() { Asset = "XRP", Amount = "5000" },
        new() { Asset = "ADA", Amount = "5000" },
        new() { Asset = "DOGE", Amount = "20000" },
        new() { Asset = "LTC", Amount = "10" },
        new() { Asset = "TRX", Amount = "20000" },
        new() { Asset = "DOT", Amount = "200" },
        new() { Asset = "LINK", Amount = "100" },
        new() { Asset = "这是测试币", Amount = "10000" },
        new() { Asset = "456", Amount = "10000" },
        new() { Asset = "JPY", Amount = "5000000" },
    ];

    /// <summary>
    /// <c>MAX_ASSET</c> filters on every account when the settings name none: JPY 1000000, as on the testnet
    /// (testnet CHANGELOG 2025-09-24).
    /// </summary>
    public static List<MaxAssetSettings> MaxAssets() => [new() { Asset = "JPY", Limit = "1000000" }];

    /// <summary>Symbols traded when the settings name none.</summary>
    public static List<SymbolSettings> Symbols() =>
    [
        WithPriceRange(Create("BTCUSDT", "BTC", "USDT", tick: "0.01", minPrice: "0.01", maxPrice: "1000000", step: "0.00001", minQuantity: "0.00001", maxQuantity: "9000", marketMaxQuantity: "120", minNotional: "5", maxNotional: "9000000", referencePrice: "65000")),
        Create("ETHUSDT", "ETH", "USDT", tick: "0.01", minPrice: "0.01", maxPrice: "1000000", step: "0.0001", minQuantity: "0.0001", maxQuantity: "9000", marketMaxQuantity: "2000", minNotional: "5", maxNotional: "9000000", referencePrice: "3200"),
        Create("BNBUSDT", "BNB", "USDT", tick: "0.01", minPrice: "0.01", maxPrice: "1000000", step: "0.001", minQuantity: "0.001", maxQuantity: "9000", marketMaxQuantity: "3000", minNotional: "5", maxNotional: "9000000", referencePrice: "580"),
        Create("SOLUSDT", "SOL", "USDT", tick: "0.01", minPrice: "0.01", maxPrice: "1000000", step: "0.001", minQuantity: "0.001", maxQuantity: "9000", marketMaxQuantity: "20000", minNotional: "5", maxNotional: "9000000", referencePrice: "150"),
        Create("XRPUSDT", "XRP", "USDT", tick: "0.0001", minPrice: "0.0001", maxPrice: "10000", step: "0.1", minQuantity: "0.1", maxQuantity: "9000000", marketMaxQuantity: "500000", minNotional: "5", maxNotional: "9000000", referencePrice: "0.55"),
        Create("ADAUSDT", "ADA", "USDT", tick: "0.0001", minPrice: "0.0001", maxPrice: "10000", step: "0.1", minQuantity: "0.1", maxQuantity: "9000000", marketMaxQuantity: "500000", minNotional: "5", maxNotional: "9000000", referencePrice: "0.45"),
        Create("DOGEUSDT", "DOGE", "USDT", tick: "0.00001", minPrice: "0.00001", maxPrice: "1000", step: "1", minQuantity: "1", maxQuantity: "9000000", marketMaxQuantity: "5000000", minNotional: "1", maxNotional: "9000000", referencePrice: "0.12"),
        Create("LTCUSDT", "LTC", "USDT", tick: "0.01", minPrice: "0.01", maxPrice: "100000", step: "0.001", minQuantity: "0.001", maxQuantity: "90000", marketMaxQuantity: "5000", minNotional: "5", maxNotional: "9000000", referencePrice: "80"),
        Create("TRXUSDT", "TRX", "USDT", tick: "0.0001", minPrice: "0.0001", maxPrice: "1000", step: "0.1", minQuantity: "0.1", maxQuantity: "9000000", marketMaxQuantity: "5000000", minNotional: "1", maxNotional: "9000000", referencePrice: "0.12"),
        Create("DOTUSDT", "DOT", "USDT", tick: "0.001", minPrice: "0.001", maxPrice: "10000", step: "0.01", minQuantity: "0.01", maxQuantity: "900000", marketMaxQuantity: "50000", minNotional: "5", maxNotional: "9000000", referencePrice: "6.5"),
        Create("LINKUSDT", "LINK", "USDT", tick: "0.01", minPrice: "0.01", maxPrice: "10000", step: "0.01", minQuantity: "0.01", maxQuantity: "900000", marketMaxQuantity: "50000", minNotional: "5", maxNotional: "9000000", referencePrice: "14"),
        Create("ETHBTC", "ETH", "BTC", tick: "0.00001", minPrice: "0.00001", maxPrice: "922327", step: "0.0001", minQuantity: "0.0001", maxQuantity: "100000", marketMaxQuantity: "1000", minNotional: "0.0001", maxNotional: "9000000", referencePrice: "0.05"),
        Create("BNBBTC", "BNB", "BTC", tick: "0.000001", minPrice: "0.000001", maxPrice: "100000", step: "0.001", minQuantity: "0.001", maxQuantity: "100000", marketMaxQuantity: "10000", minNotional: "0.0001", maxNotional: "9000000", referencePrice: "0.009"),
        Create("XRPBTC", "XRP", "BTC", tick: "0.00000001", minPrice: "0.00000001", maxPrice: "1000", step: "1", minQuantity: "1", maxQuantity: "90000000", marketMaxQuantity: "1000000", minNotional: "0.0001", maxNotional: "9000000", referencePrice: "0.0000085"),
        Create("LTCBTC", "LTC", "BTC", tick: "0.000001", minPrice: "0.000001", maxPrice: "100000", step: "0.001", minQuantity: "0.001", maxQuantity: "100000", marketMaxQuantity: "10000", minNotional: "0.0001", maxNotional: "9000000", referencePrice: "0.0012"),
        Create("SOLBTC", "SOL", "BTC", tick: "0.0000001", minPrice: "0.0000001", maxPrice: "1000", step: "0.001", minQuantity: "0.001", maxQuantity: "100000", marketMaxQuantity: "10000", minNotional: "0.0001", maxNotional: "9000000", referencePrice: "0.0023"),
        Create("BNBETH", "BNB", "ETH", tick: "0.00001", minPrice: "0.00001", maxPrice: "100000", step: "0.001", minQuantity: "0.001", maxQuantity: "100000", marketMaxQuantity: "10000", minNotional: "0.001", maxNotional: "9000000", referencePrice: "0.18"),
        Create("BTCUSDC", "BTC", "USDC", tick: "0.01", minPrice: "0.01", maxPrice: "1000000", step: "0.00001", minQuantity: "0.00001", maxQuantity: "9000", marketMaxQuantity: "120", minNotional: "5", maxNotional: "9000000", referencePrice: "65000"),
        Create("ETHUSDC", "ETH", "USDC", tick: "0.01", minPrice: "0.01", maxPrice: "1000000", step: "0.0001", minQuantity: "0.0001", maxQuantity: "9000", marketMaxQuantity: "2000", minNotional: "5", maxNotional: "9000000", referencePrice: "3200"),
        Create("USDCUSDT", "USDC", "USDT", tick: "0.0001", minPrice: "0.0001", maxPrice: "10", step: "1", minQuantity: "1", maxQuantity: "90000000", marketMaxQuantity: "1000000", minNotional: "5", maxNotional: "9000000", referencePrice: "1"),
        Create("BTCEUR", "BTC", "EUR", tick: "0.01", minPrice: "0.01", maxPrice: "1000000", step: "0.00001", minQuantity: "0.00001", maxQuantity: "9000", marketMaxQuantity: "120", minNotional: "5", maxNotional: "9000000", referencePrice: "60000"),
        Create("EURUSDT", "EUR", "USDT", tick: "0.0001", minPrice: "0.0001", maxPrice: "10", step: "0.1", minQuantity: "0.1", maxQuantity: "9000000", marketMaxQuantity: "1000000", minNotional: "5", maxNotional: "9000000", referencePrice: "1.08"),
        Create("BTCJPY", "BTC", "JPY", tick: "1", minPrice: "1", maxPrice: "100000000", step: "0.00001", minQuantity: "0.00001", maxQuantity: "9000", marketMaxQuantity: "100", minNotional: "500", maxNotional: "900000000", referencePrice: "9750000"),
        Create("这是测试币456", "这是测试币", "456", tick: "0.0001", minPrice: "0.0001", maxPrice: "100000", step: "1", minQuantity: "1", maxQuantity: "9000000", marketMaxQuantity: "100000", minNotional: "1", maxNotional: "9000000", referencePrice: "1"),
    ];

    /// <summary>
    /// SOR groups when the settings name no symbols: BTC and ETH across their USDT and USDC books (stablecoins pegged to
    /// the US dollar, so interchangeable one to one, as the testnet configures them).
    /// </summary>
    public static List<SorSettings> Sors() =>
    [
        new() { BaseAsset = "BTC", Symbols = ["BTCUSDT", "BTCUSDC"] },
        new() { BaseAsset = "ETH", Symbols = ["ETHUSDT", "ETHUSDC"] },
    ];
    // Takers on BTCUSDT may execute within 5 % of the reference price either way; the simulated book spans about 0.2 %.
    private static SymbolSettings WithPriceRange(SymbolSettings symbol)
    {
        symbol.PriceRange = new PriceRangeSettings
        {
            BidLimitMultUp = "1.05",
            BidLimitMultDown = "0.95",
            AskLimitMultUp = "1.05",
            AskLimitMultDown = "0.95",
        };
        return symbol;
    }

    private static SymbolSettings Create(
        string symbol, string baseAsset, string quoteAsset, string tick, string minPrice, string maxPrice, string step,
        string minQuantity, string maxQuantity, string marketMaxQuantity, string minNotional, string maxNotional,
        string referencePrice) => new()
    {
        Symbol = symbol,
        BaseAsset = baseAsset,
        QuoteAsset = quoteAsset,
        TickSize = tick,
        MinPrice = minPrice,
        MaxPrice = maxPrice,
        StepSize = step,
        MinQuantity = minQuantity,
        MaxQuantity = maxQuantity,
        MarketMaxQuantity = marketMaxQuantity,
        MinNotional = minNotional,
        MaxNotional = maxNotional,
        ReferencePrice = referencePrice,
    };
}
