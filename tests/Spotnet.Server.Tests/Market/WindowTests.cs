using Spotnet.Server.Configuration;
using Spotnet.Server.Market;

namespace Spotnet.Server.Tests.Market;

public sealed class WindowTests
{
    private const long Minute = 60_000;

    [Fact]
    public void A_window_sums_the_minutes_it_covers_and_remembers_the_close_before_it()
    {
        var data = Trades.NewProjection().With(
            (Trades.Start, 100m, 1m, 1), (Trades.Start + (2 * Minute), 110m, 2m, 2), (Trades.Start + (3 * Minute), 105m, 1m, 3));

        var window = data.Window(Trades.Start + Minute, Trades.Start + (3 * Minute) + 10);

        Assert.Equal((110m, 110m, 105m, 105m, 3m, 325m), (window.Open, window.High, window.Low, window.Last, window.Volume, window.QuoteVolume));
        Assert.Equal((2L, 3L, 2L), (window.FirstId, window.LastId, window.Count));
        Assert.Equal(100m, window.PreviousClose);
        Assert.Equal(1m, window.LastQuantity);
        Assert.Equal(-5m, window.PriceChange);
        Assert.Equal("-4.545", window.PriceChangePercent.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("108.33333333", window.WeightedAveragePrice.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_window_without_trades_reports_zero_prices_and_minus_one_ids()
    {
        var data = Trades.NewProjection().With((Trades.Start, 100m, 1m, 1));

        var window = data.Window(Trades.Start + Minute, Trades.Start + (5 * Minute));

        Assert.Equal((0m, 0m, -1L, -1L, 0L), (window.Open, window.Volume, window.FirstId, window.LastId, window.Count));
        Assert.Equal(100m, window.PreviousClose);
        Assert.Equal("0.000", window.PriceChangePercent.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Synthetic_history_precedes_real_trades_without_trade_ids()
    {
        var symbol = DefaultMarket.Symbols().Single(candidate => candidate.Symbol == "BTCUSDT");
        var (history, walk) = KlineHistory.Generate(symbol, seed: 5, days: 1, Trades.Start);
        var data = Trades.NewProjection();
        data.AddHistory(history);
        data.Add(Trades.At(Trades.Start + 1, walk.Price, 0.01m, id: 1));

        var klines = data.Klines(KlineInterval.Find("1h")!, null, null, 500, 0);

        Assert.Equal(25, klines.Count);
        Assert.Equal(-1, klines[0].FirstTradeId);
        Assert.Equal((1L, 1L), (klines[^1].FirstTradeId, klines[^1].LastTradeId));
        Assert.Equal(history[^1].Close, klines[^1].Open);
        Assert.All(history, candle => Assert.True(candle.Low <= Math.Min(candle.Open, candle.Close) && candle.High >= Math.Max(candle.Open, candle.Close) && candle.Volume > 0));
    }

    [Fact]
    public void Ticker_count_is_the_span_of_trade_ids_so_synthetic_history_does_not_count()
    {
        var symbol = DefaultMarket.Symbols().Single(candidate => candidate.Symbol == "BTCUSDT");
        var (history, walk) = KlineHistory.Generate(symbol, seed: 5, days: 1, Trades.Start);
        var data = Trades.NewProjection();
        data.AddHistory(history);
        data.Add(Trades.At(Trades.Start + 1, walk.Price, 0.01m, id: 7));
        data.Add(Trades.At(Trades.Start + 2, walk.Price, 0.02m, id: 8));

        var window = data.Window(Trades.Start - (24 * 60 * Minute), Trades.Start + 3);

        Assert.Equal((7L, 8L, 2L), (window.FirstId, window.LastId, window.Count));
        Assert.True(window.Volume > 0.03m, "the synthetic history still shapes the volume");
    }

    [Fact]
    public void The_same_seed_generates_the_same_history_and_another_seed_another()
    {
        var symbol = DefaultMarket.Symbols().Single(candidate => candidate.Symbol == "ETHUSDT");
        var first = KlineHistory.Generate(symbol, seed: 9, days: 1, Trades.Start).Candles;
        var again = KlineHistory.Generate(symbol, seed: 9, days: 1, Trades.Start).Candles;
        var other = KlineHistory.Generate(symbol, seed: 10, days: 1, Trades.Start).Candles;

        Assert.Equal(first.Select(c => (c.OpenTime, c.Open, c.High, c.Low, c.Close, c.Volume)), again.Select(c => (c.OpenTime, c.Open, c.High, c.Low, c.Close, c.Volume)));
        Assert.NotEqual(first.Select(c => c.Close), other.Select(c => c.Close));
        Assert.Equal(24 * 60, first.Count);
        Assert.Equal(Trades.Start - (24 * 60 * Minute), first[0].OpenTime);
    }

    [Fact]
    public void A_price_walk_stays_on_the_tick_grid_and_within_its_bounds()
    {
        var walk = new PriceWalk(0.55m, 0.0001m, seed: 3, stepBasisPoints: 500);
        for (var i = 0; i < 10_000; i++)
        {
            var price = walk.Step();
            Assert.Equal(0m, price % 0.0001m);
            Assert.InRange(price, 0.2750m, 1.1000m);
        }
    }
}
