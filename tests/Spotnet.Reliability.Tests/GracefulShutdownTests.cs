namespace Spotnet.Reliability.Tests;

/// <summary>RT-5: SIGTERM under load ends the process with code 0 within 10 s, and a restart shows every acknowledged order.</summary>
[Collection(ServerProcessCollection.Name)]
public sealed class GracefulShutdownTests(PublishedServer published, ITestOutputHelper output)
{
    private static readonly TimeSpan ShutdownLimit = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Sigterm_under_load_exits_0_within_10_seconds_and_loses_nothing_acknowledged()
    {
        var seed = Seeds.First();
        using var scenario = new Scenario(published, output, seed, simulator: false);
        await scenario.StartAsync();
        var exited = false;
        await scenario.RunLoadAndInterruptAsync(async server =>
        {
            server.Terminate();
            exited = await server.WaitForExitAsync(ShutdownLimit);
        });

        var server = scenario.Server!;
        Assert.True(exited, $"seed {seed}: the server was still running {ShutdownLimit.TotalSeconds} s after SIGTERM:\n{server.Output}");
        Assert.True(server.ExitCode == 0, $"seed {seed}: the server exited with {server.ExitCode} after SIGTERM:\n{server.Output}");
        var recovery = await scenario.RestartAsync();
        // Shutdown flushed everything into a final snapshot: the restart replays at most the last batch.
        Assert.True(recovery is (_, <= 1), $"seed {seed}: after a graceful shutdown the restart should replay at most one journal record; it logged {recovery?.ToString() ?? "no recovery line"}");
        await scenario.CheckAsync();
    }
}
