using Spotnet.Server.Configuration;
using Spotnet.Server.Exchange;

namespace Spotnet.Server.Tests.Exchange;

/// <summary>Asset ids are positions in the engine's state: an asset added to the settings must not move an existing one.</summary>
public sealed class ExchangeCatalogTests
{
    [Fact]
    public void Assets_take_ids_in_the_order_symbols_then_grants_name_them()
    {
        var catalog = new ExchangeCatalog(Settings(withNewSymbol: true));

        Assert.Equal(["AAA", "USDT", "BBB", "ZZZ"], Names(catalog));
    }

    [Fact]
    public void Known_assets_keep_their_ids_and_an_asset_of_an_added_symbol_comes_after_them()
    {
        var before = Names(new ExchangeCatalog(Settings(withNewSymbol: false)));

        var catalog = new ExchangeCatalog(Settings(withNewSymbol: true), before);

        Assert.Equal(["AAA", "USDT", "ZZZ"], before);
        Assert.Equal(["AAA", "USDT", "ZZZ", "BBB"], Names(catalog));
        Assert.Equal(2, catalog.AssetId("ZZZ"));
        Assert.Empty(CatalogManifest.Of(catalog, Settings(withNewSymbol: true)).Differences(CatalogManifest.Of(new ExchangeCatalog(Settings(withNewSymbol: false)), Settings(withNewSymbol: false))));
    }

    [Fact]
    public void A_known_asset_the_settings_no_longer_name_is_left_out_and_the_difference_is_reported()
    {
        var settings = Settings(withNewSymbol: false);
        var stored = CatalogManifest.Of(new ExchangeCatalog(settings), settings);
        settings.Allowance.RemoveAll(grant => grant.Asset == "ZZZ");
        settings.MaxAssets.Clear();

        var catalog = new ExchangeCatalog(settings, stored.Assets);

        Assert.Equal(["AAA", "USDT"], Names(catalog));
        Assert.Contains("asset ZZZ was removed or renamed", CatalogManifest.Of(catalog, settings).Differences(stored));
    }

    // One symbol AAAUSDT (and BBBUSDT after it when asked), and ZZZ, granted and limited but traded by no symbol.
    private static ServerSettings Settings(bool withNewSymbol)
    {
        var settings = new ServerSettings
        {
            Symbols = [new SymbolSettings { Symbol = "AAAUSDT", BaseAsset = "AAA", QuoteAsset = "USDT" }],
            Allowance = [new AssetGrant { Asset = "USDT", Amount = "100" }, new AssetGrant { Asset = "ZZZ", Amount = "1" }],
            MaxAssets = [new MaxAssetSettings { Asset = "ZZZ", Limit = "1000" }],
        };
        if (withNewSymbol)
        {
            settings.Symbols.Add(new SymbolSettings { Symbol = "BBBUSDT", BaseAsset = "BBB", QuoteAsset = "USDT" });
        }

        return settings.WithDefaults();
    }

    private static List<string> Names(ExchangeCatalog catalog) => [.. Enumerable.Range(0, catalog.AssetCount).Select(catalog.AssetName)];
}
