using Microsoft.Extensions.DependencyInjection;
using Spotnet.Server.Market;

namespace Spotnet.EndToEnd.Tests;

/// <summary>One server with the simulated market on, shared by read-only market data tests; its timer never fires during a run.</summary>
public sealed class MarketDataFixture : IAsyncLifetime
{
    /// <summary>Arguments that turn the simulator on and leave its steps to the test.</summary>
    public static readonly string[] SimulatedMarket = ["--MarketSimulation:Enabled=true", "--MarketSimulation:IntervalMilliseconds=3600000"];

    /// <summary>The server.</summary>
    public TestServer Server { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Server = await TestServer.StartAsync(extraArgs: SimulatedMarket);
        // A few steps a second apart: trades in several 1-second klines.
        await StepAsync(Server, 3);
    }

    /// <inheritdoc />
    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>Runs simulator steps, moving the clock one second before each.</summary>
    public static async Task StepAsync(TestServer server, int steps)
    {
        var simulator = server.App.Services.GetRequiredService<MarketSimulator>();
        for (var i = 0; i < steps; i++)
        {
            server.Time.Advance(TimeSpan.FromSeconds(1));
            await simulator.StepAsync();
        }
    }
}
