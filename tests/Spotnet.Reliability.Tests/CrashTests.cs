namespace Spotnet.Reliability.Tests;

/// <summary>RT-1: SIGKILL under load, restart on the same data folder, and nothing acknowledged is lost.</summary>
[Collection(ServerProcessCollection.Name)]
public sealed class CrashTests(PublishedServer published, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_acknowledged_order_and_trade_survives_a_sigkill_under_load()
    {
        var first = Seeds.First();
        var iterations = Seeds.Iterations();
        output.WriteLine($"seed {first}, {iterations} iteration(s) (SPOTNET_CRASH_SEED, SPOTNET_CRASH_ITERATIONS)");
        for (var seed = first; seed < first + iterations; seed++)
        {
            // One seed in five also runs the market simulator: its liquidity and trades must survive as well.
            using var scenario = new Scenario(published, output, seed, simulator: seed % 5 == 0);
            await scenario.StartAsync();
            await scenario.RunLoadAndInterruptAsync(server =>
            {
                server.Kill();
                return Task.CompletedTask;
            });
            await scenario.RestartAsync();
            await scenario.CheckAsync();
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_check_holds_on_a_live_server_once_the_load_stops(bool simulator)
    {
        // The same checks without a restart: they hold for a server that keeps running, so a failure after a
        // restart is the restart's doing, not the checks'.
        using var scenario = new Scenario(published, output, Seeds.First(), simulator);
        await scenario.StartAsync();
        await scenario.RunLoadAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(0, scenario.Ledger.Unanswered);
        await scenario.CheckAsync();
    }
}
