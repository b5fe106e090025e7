namespace Spotnet.Reliability.Tests;

/// <summary>The published server refuses a data folder whose state was written under another catalog: exit code 2, reason on stderr.</summary>
[Collection(ServerProcessCollection.Name)]
public sealed class CatalogChangeTests(PublishedServer published)
{
    [Fact]
    public async Task A_changed_tick_size_stops_the_start_with_exit_code_2_and_the_reason()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "spotnet-catalog-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var first = await ServerProcess.StartAsync(published, dataDirectory, []))
            {
                first.Terminate();
                Assert.True(await first.WaitForExitAsync(TimeSpan.FromSeconds(30)), first.Output);
            }

            // The settings file now gives BTCUSDT another tick size and drops every other symbol.
            await File.WriteAllTextAsync(
                Path.Combine(dataDirectory, "spotnet.json"),
                """{"Symbols": [{"Symbol": "BTCUSDT", "BaseAsset": "BTC", "QuoteAsset": "USDT", "TickSize": "0.1", "StepSize": "0.00001"}]}""");
            var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => ServerProcess.StartAsync(published, dataDirectory, []));

            Assert.Contains("exited with 2", refusal.Message, StringComparison.Ordinal);
            Assert.Contains("Spotnet: cannot start:", refusal.Message, StringComparison.Ordinal);
            Assert.Contains("symbol BTCUSDT tickSize changed from 0.01 to 0.1", refusal.Message, StringComparison.Ordinal);
            Assert.Contains("symbol ETHUSDT was removed", refusal.Message, StringComparison.Ordinal);
        }
        finally
        {
            try
            {
                Directory.Delete(dataDirectory, true);
            }
            catch (IOException)
            {
                // Under /tmp; a file may still be closing.
            }
        }
    }
}
