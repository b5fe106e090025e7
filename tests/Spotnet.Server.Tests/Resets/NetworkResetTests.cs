using Spotnet.Engine;
using Spotnet.Server.Exchange;

namespace Spotnet.Server.Tests.Resets;

public sealed class NetworkResetTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private readonly string _path = Path.Combine(Path.GetTempPath(), "spotnet-unit-" + Guid.NewGuid().ToString("N") + ".db");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public async Task Public_market_data_loses_the_trades_before_a_reset_and_keeps_those_after_it_in_the_same_batch()
    {
        await using var rig = new ResetRig(_path, new ManualClock(Start));
        var symbol = rig.Host.Catalog.SymbolId("BTCUSDT");
        var (before, after) = await rig.Host.RunAsync(session =>
        {
            var seller = session.Account(1);
            var buyer = session.Account(2);
            var first = Trade(session, seller, buyer, symbol);
            session.Execute(new Reset { Time = session.Now, Grants = session.Catalog.Allowance });
            return (first, Trade(session, seller, buyer, symbol));
        });
        await rig.Host.RunAsync(static _ => 0);

        var tape = rig.MarketData["BTCUSDT"].RecentTrades(10);
        Assert.Equal([after], tape.Select(trade => trade.TradeId));
        Assert.True(after > before);
        var aggregate = Assert.Single(rig.MarketData["BTCUSDT"].AggregateTrades(null, null, null, 10));
        Assert.Equal(after, aggregate.FirstTradeId);
        Assert.Single(rig.MarketData["BTCUSDT"].Klines(Spotnet.Server.Market.KlineInterval.Find("1m")!, null, null, 10, 0));
    }

    [Fact]
    public async Task Simulated_market_refills_every_book_after_a_reset_and_conservation_holds()
    {
        await using var rig = new ResetRig(_path, new ManualClock(Start), simulate: true);
        await rig.Simulator!.StepAsync();
        var symbol = rig.Host.Catalog.SymbolId("BTCUSDT");
        var lastTradeBefore = rig.MarketData["BTCUSDT"].RecentTrades(1)[0].TradeId;

        var outcome = await rig.Reset.RunAsync("test");

        Assert.Equal(1, outcome.Epoch);
        var (violations, depth, userUsdt) = await rig.Host.RunAsync(session => (
            session.Engine.CheckInvariants(),
            session.Engine.GetDepth(symbol, 100),
            session.Engine.GetBalances(session.Account(9))[session.Catalog.AssetId("USDT")].Free));
        Assert.Empty(violations);
        Assert.Equal(rig.Settings.MarketSimulation.LevelsPerSide, depth.Bids.Count);
        Assert.Equal(rig.Settings.MarketSimulation.LevelsPerSide, depth.Asks.Count);
        Assert.Equal(Quantity.Parse("10000"), userUsdt);
        Assert.All(rig.MarketData["BTCUSDT"].RecentTrades(100), trade => Assert.True(trade.TradeId > lastTradeBefore));

        await rig.Simulator.StepAsync();
        Assert.Empty(await rig.Host.RunAsync(session => session.Engine.CheckInvariants()));
    }

    [Fact]
    public async Task Command_time_holds_at_the_last_value_while_the_wall_clock_is_behind_it()
    {
        var clock = new ManualClock(Start);
        await using var rig = new ResetRig(_path, clock);
        var first = await rig.Host.RunAsync(session => session.Now);

        clock.StepWallClock(TimeSpan.FromSeconds(-2));
        Assert.Equal(first, await rig.Host.RunAsync(session => session.Now));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(first, await rig.Host.RunAsync(session => session.Now));
        clock.Advance(TimeSpan.FromSeconds(1.5));
        Assert.Equal(first + 500_000, await rig.Host.RunAsync(session => session.Now));
    }

    private static long Trade(ExchangeSession session, int seller, int buyer, int symbol)
    {
        session.Execute(Order(session, seller, symbol, OrderSide.Sell));
        session.Execute(Order(session, buyer, symbol, OrderSide.Buy));
        return session.Output.Trades.Items[0].TradeId;
    }

    private static PlaceOrder Order(ExchangeSession session, int account, int symbol, OrderSide side) => new()
    {
        Time = session.Now,
        AccountId = account,
        SymbolId = symbol,
        Side = side,
        Type = OrderType.Limit,
        TimeInForce = TimeInForce.Gtc,
        Price = Price.Parse("60000"),
        Quantity = Quantity.Parse("0.001"),
        ClientOrderId = "c" + Guid.NewGuid().ToString("N")[..8],
    };
}
