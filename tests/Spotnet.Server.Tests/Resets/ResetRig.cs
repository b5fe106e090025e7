using Microsoft.Extensions.Logging.Abstractions;
using Spotnet.Server.Api;
using Spotnet.Server.Configuration;
using Spotnet.Server.Exchange;
using Spotnet.Server.Market;
using Spotnet.Server.Resets;
using Spotnet.Server.Storage;

namespace Spotnet.Server.Tests.Resets;

/// <summary>The parts of a server a reset touches, wired as the host wires them, on a store file that outlives the rig.</summary>
internal sealed class ResetRig : IAsyncDisposable
{
    public ResetRig(string storePath, ManualClock clock, ResetSettings? reset = null, bool simulate = false)
    {
        Settings = new ServerSettings().WithDefaults();
        Settings.Reset = reset ?? new ResetSettings();
        Settings.MarketSimulation.HistoryDays = 0;
        Store = new SqliteSpotStore(storePath);
        Host = new ExchangeHost(
            new ExchangeCatalog(Settings), new OrderCountLimiter(Settings.RateLimits, new LimiterClock(clock)), clock, NullLogger<ExchangeHost>.Instance);
        MarketData = new MarketData(Settings.Symbols.Select(symbol => symbol.Symbol), Settings.MarketData);
        Host.AddListener(new MarketDataFeed(Host.Catalog, MarketData));
        Simulator = simulate ? new MarketSimulator(Host, Settings, MarketData, clock) : null;
        Reset = new NetworkReset(Host, Store, Simulator);
        Scheduler = new ResetScheduler(Reset, Store, Settings, clock, NullLogger<ResetScheduler>.Instance);
    }

    public ServerSettings Settings { get; }

    public SqliteSpotStore Store { get; }

    public ExchangeHost Host { get; }

    public MarketData MarketData { get; }

    public MarketSimulator? Simulator { get; }

    public NetworkReset Reset { get; }

    public ResetScheduler Scheduler { get; }

    public Task<long> EpochAsync() => Host.RunAsync(session => session.Engine.Epoch);

    public async ValueTask DisposeAsync()
    {
        await Scheduler.DisposeAsync();
        if (Simulator is not null)
        {
            await Simulator.DisposeAsync();
        }

        await Host.DisposeAsync();
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
