using System.Text.Json;
using System.Text.Json.Serialization;
using Spotnet.Server.Configuration;
using Spotnet.Server.Exchange;

namespace Spotnet.EndToEnd.Tests.Durability;

/// <summary>
/// The data folder remembers the asset and symbol catalog its state was written with; a restart whose settings would
/// put that state on other assets, symbols, tick or step sizes refuses to start (Program exits 2) and changes nothing.
/// Symbols and assets added after the existing ones start empty next to the kept state.
/// </summary>
public sealed class CatalogManifestTests
{
    private const string Order = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=60000";

    [Theory]
    [InlineData("tick", "symbol BTCUSDT tickSize changed from 0.01 to 0.1")]
    [InlineData("step", "symbol BTCUSDT stepSize changed from 0.00001 to 0.001")]
    [InlineData("removed", "symbol 这是测试币456 was removed")]
    [InlineData("base", "symbol LINKUSDT baseAsset changed from LINK to DOT")]
    [InlineData("reordered", "symbol ETHUSDT moved from position 1")]
    [InlineData("inserted", "symbol ETHUSDT moved from position 1 (new symbols go after the existing ones)")]
    public async Task A_catalog_change_that_the_state_cannot_follow_refuses_to_start_and_keeps_the_state(string change, string reason)
    {
        var (dataDirectory, signer) = await StartWithOpenOrderAsync();
        WriteSymbols(dataDirectory, change);

        var refusal = await Assert.ThrowsAsync<CatalogMismatchException>(() => TestServer.StartAsync(null, dataDirectory));

        Assert.Contains(reason, refusal.Message, StringComparison.Ordinal);
        Assert.Contains("start with an empty data folder", refusal.Message, StringComparison.Ordinal);
        // The refused start touched nothing: with the settings restored, the state is all there.
        File.Delete(Path.Combine(dataDirectory, "spotnet.json"));
        await using var restored = await TestServer.StartAsync(null, dataDirectory);
        var client = new TradingClient(restored, signer);
        Assert.Equal(1, (await client.OkAsync(client.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"))).GetArrayLength());
    }

    [Fact]
    public async Task A_symbol_and_an_asset_added_after_the_existing_ones_start_empty_and_the_state_is_kept()
    {
        var (dataDirectory, signer) = await StartWithOpenOrderAsync();
        // NEW is an asset no symbol or grant named before: it takes the next id, after the allowance-only JPY.
        WriteSymbols(dataDirectory, "added");

        await using (var grown = await TestServer.StartAsync(null, dataDirectory))
        {
            grown.KeepDataDirectory = true;
            var client = new TradingClient(grown, signer);
            Assert.Equal(1, (await client.OkAsync(client.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"))).GetArrayLength());
            using var info = JsonDocument.Parse(await grown.Http.GetStringAsync("/api/v3/exchangeInfo?symbol=NEWUSDT"));
            Assert.Equal("NEW", info.RootElement.GetProperty("symbols")[0].GetProperty("baseAsset").GetString());
            Assert.Equal(("0.00000000", "0.00000000"), await client.BalanceAsync("NEW"));
            await client.OkAsync(client.PostAsync("/api/v3/order", "symbol=NEWUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=10"));
        }

        var manifest = File.ReadAllText(Path.Combine(dataDirectory, CatalogManifest.FileName));
        Assert.EndsWith("\"NEW\"", JsonDocument.Parse(manifest).RootElement.GetProperty("assets").EnumerateArray().Last().GetRawText(), StringComparison.Ordinal);

        // And again, from the snapshot written under the grown catalog.
        await using var again = await TestServer.StartAsync(null, dataDirectory);
        var after = new TradingClient(again, signer);
        Assert.Equal(1, (await after.OkAsync(after.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"))).GetArrayLength());
        Assert.Equal(1, (await after.OkAsync(after.GetAsync("/api/v3/openOrders", "symbol=NEWUSDT"))).GetArrayLength());
    }

    [Fact]
    public async Task The_same_catalog_spelled_differently_starts_and_the_manifest_is_in_the_data_folder()
    {
        var (dataDirectory, signer) = await StartWithOpenOrderAsync();
        Assert.True(File.Exists(Path.Combine(dataDirectory, CatalogManifest.FileName)));
        // 0.010 is the tick size 0.01: the manifest compares values.
        WriteSymbols(dataDirectory, "spelling");

        await using var server = await TestServer.StartAsync(null, dataDirectory);

        var client = new TradingClient(server, signer);
        Assert.Equal(1, (await client.OkAsync(client.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"))).GetArrayLength());
    }

    [Fact]
    public async Task A_data_folder_without_state_takes_any_catalog()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "spotnet-e2e-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        WriteSymbols(dataDirectory, "tick");

        await using var server = await TestServer.StartAsync(null, dataDirectory);

        Assert.Contains("\"tickSize\": \"0.1\"", File.ReadAllText(Path.Combine(dataDirectory, CatalogManifest.FileName)), StringComparison.Ordinal);
    }

    private static async Task<(string DataDirectory, Signer Signer)> StartWithOpenOrderAsync()
    {
        await using var first = await TestServer.StartAsync();
        first.KeepDataDirectory = true;
        var client = await TradingClient.CreateAsync(first);
        await client.OkAsync(client.PostAsync("/api/v3/order", Order));
        return (first.DataDirectory, client.Signer);
    }

    private static void WriteSymbols(string dataDirectory, string change)
    {
        var symbols = DefaultMarket.Symbols();
        switch (change)
        {
            case "tick":
                symbols[0].TickSize = "0.1";
                break;
            case "step":
                symbols[0].StepSize = "0.001";
                break;
            case "removed":
                symbols.RemoveAt(symbols.Count - 1);
                break;
            case "base":
                symbols.Single(symbol => symbol.Symbol == "LINKUSDT").BaseAsset = "DOT";
                break;
            case "reordered":
                (symbols[1], symbols[2]) = (symbols[2], symbols[1]);
                break;
            case "added":
                symbols.Add(new SymbolSettings { Symbol = "NEWUSDT", BaseAsset = "NEW", QuoteAsset = "USDT" });
                break;
            case "inserted":
                symbols.Insert(1, new SymbolSettings { Symbol = "NEWUSDT", BaseAsset = "NEW", QuoteAsset = "USDT" });
                break;
            case "spelling":
                symbols[0].TickSize = "0.010";
                break;
        }

        var settings = new { Symbols = symbols, Sors = DefaultMarket.Sors() };
        File.WriteAllText(
            Path.Combine(dataDirectory, "spotnet.json"),
            JsonSerializer.Serialize(settings, new JsonSerializerOptions { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull }));
    }
}
