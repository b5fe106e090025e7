namespace Spotnet.Server.Tests.Market;

public sealed class AggregateTradeTests
{
    [Fact]
    public void Consecutive_trades_of_one_taker_at_one_price_aggregate()
    {
        var data = Trades.NewProjection().With((Trades.Start, 100m, 1m, 7), (Trades.Start, 100m, 2m, 7), (Trades.Start, 100m, 0.5m, 7));

        var aggregate = Assert.Single(data.AggregateTrades(null, null, null, 500));

        Assert.Equal(3.5m, aggregate.Quantity);
        Assert.Equal(1, aggregate.FirstTradeId);
        Assert.Equal(3, aggregate.LastTradeId);
        Assert.Equal(Trades.Start * 1000, aggregate.Time);
    }

    [Fact]
    public void A_new_price_or_a_new_taker_starts_a_new_aggregate()
    {
        var data = Trades.NewProjection().With(
            (Trades.Start, 100m, 1m, 7), (Trades.Start, 101m, 1m, 7), (Trades.Start, 101m, 1m, 8), (Trades.Start, 101m, 1m, 8));

        var aggregates = data.AggregateTrades(null, null, null, 500);

        Assert.Equal([(1L, 1L), (2L, 2L), (3L, 4L)], aggregates.Select(a => (a.FirstTradeId, a.LastTradeId)));
        Assert.Equal([0L, 1L, 2L], aggregates.Select(a => a.Id));
    }

    [Fact]
    public void From_id_is_inclusive_and_start_and_end_times_bound_the_range()
    {
        var data = Trades.NewProjection().With(
            (Trades.Start, 100m, 1m, 1), (Trades.Start + 1000, 100m, 1m, 2), (Trades.Start + 2000, 100m, 1m, 3), (Trades.Start + 3000, 100m, 1m, 4));

        Assert.Equal([1L, 2L, 3L], data.AggregateTrades(1, null, null, 500).Select(a => a.Id));
        Assert.Equal([1L, 2L], data.AggregateTrades(null, (Trades.Start + 1000) * 1000, (Trades.Start + 2000) * 1000, 500).Select(a => a.Id));
        Assert.Equal([2L, 3L], data.AggregateTrades(null, (Trades.Start + 2000) * 1000, null, 500).Select(a => a.Id));
        Assert.Equal([0L, 1L], data.AggregateTrades(null, null, (Trades.Start + 1000) * 1000, 500).Select(a => a.Id));
        Assert.Equal([2L, 3L], data.AggregateTrades(null, null, null, 2).Select(a => a.Id));
        Assert.Empty(data.AggregateTrades(null, (Trades.Start + 3000) * 1000, (Trades.Start + 1000) * 1000, 500));
    }

    [Fact]
    public void Trades_beyond_the_horizon_are_dropped_oldest_first()
    {
        var data = Trades.NewProjection(tradesPerSymbol: 4);
        for (var i = 0; i < 6; i++)
        {
            data.Add(Trades.At(Trades.Start + i, 100m + i, 1m, takerOrderId: i, id: i + 1));
        }

        Assert.Equal([3L, 4L, 5L, 6L], data.HistoricalTrades(1, 500).Select(trade => trade.TradeId));
        Assert.Equal([5L, 6L], data.HistoricalTrades(5, 500).Select(trade => trade.TradeId));
        Assert.Equal([5L, 6L], data.RecentTrades(2).Select(trade => trade.TradeId));
    }
}
