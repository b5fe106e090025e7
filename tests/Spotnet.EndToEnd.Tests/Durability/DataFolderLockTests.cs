using Spotnet.Server;
using Spotnet.Server.Security;

namespace Spotnet.EndToEnd.Tests.Durability;

/// <summary>
/// A server holds its data folder: a second one on the same folder is refused before it opens anything, the first
/// keeps its state and goes on serving, and the folder is free again once the first has stopped.
/// </summary>
public sealed class DataFolderLockTests
{
    private const string Order = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=60000";

    [Fact]
    public async Task A_second_server_on_a_held_data_folder_is_refused_and_the_first_keeps_serving()
    {
        var first = await TestServer.StartAsync();
        first.KeepDataDirectory = true;
        var trader = await TradingClient.CreateAsync(first);
        await trader.OkAsync(trader.PostAsync("/api/v3/order", Order));

        var refusal = Assert.Throws<DataFolderInUseException>(
            () => SpotnetHost.Build(["--urls", "http://127.0.0.1:0", "--data-dir", first.DataDirectory, "--MarketSimulation:Enabled=false"]));

        Assert.Contains("is in use by another Spotnet server", refusal.Message, StringComparison.Ordinal);
        await trader.OkAsync(trader.PostAsync("/api/v3/order", Order));
        Assert.Equal(2, (await trader.OkAsync(trader.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"))).GetArrayLength());

        await first.DisposeAsync();
        await using var second = await TestServer.StartAsync(null, first.DataDirectory);
        var again = new TradingClient(second, trader.Signer);
        Assert.Equal(2, (await again.OkAsync(again.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"))).GetArrayLength());
    }
}
