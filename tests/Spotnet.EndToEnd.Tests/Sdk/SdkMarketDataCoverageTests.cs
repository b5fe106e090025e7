using Spotnet.Client.Requests;
using Spotnet.Protocol.Enums;

namespace Spotnet.EndToEnd.Tests.Sdk;

public sealed class SdkMarketDataCoverageTests
{
    private const string Symbol = "BTCUSDT";

    [Fact]
    public async Task Every_general_and_market_data_method_of_the_sdk_reads_the_simulated_market()
    {
        await using var server = await TestServer.StartAsync(extraArgs: MarketDataFixture.SimulatedMarket);
        await MarketDataFixture.StepAsync(server, 3);
        var client = SdkClients.Create(server);

        await client.PingAsync();
        Assert.Equal(1, client.RateLimits.UsedWeight["1M"].Used);
        Assert.Equal(server.NowMilliseconds, (await client.GetServerTimeAsync()).ToUnixTimeMilliseconds());
        var info = await client.GetExchangeInfoAsync(new ExchangeInfoRequest { Symbol = Symbol });
        Assert.Equal(Symbol, Assert.Single(info.Symbols).Symbol);
        Assert.NotEmpty(info.RateLimits);
        var rules = await client.GetExecutionRulesAsync(new ExecutionRulesRequest { Symbol = Symbol });
        Assert.Equal(Symbol, Assert.Single(rules.SymbolRules).Symbol);

        var book = await client.GetOrderBookAsync(new OrderBookRequest(Symbol) { Limit = 5 });
        Assert.Equal((5, 5), (book.Bids.Count, book.Asks.Count));
        Assert.True(book.Bids[0].Price < book.Asks[0].Price);
        var recent = await client.GetRecentTradesAsync(new TradesRequest(Symbol));
        Assert.NotEmpty(recent);
        var last = recent[^1];
        var historical = await client.GetHistoricalTradesAsync(new TradesRequest(Symbol) { FromId = recent[0].Id, Limit = 2 });
        Assert.Equal(recent.Take(2).Select(trade => trade.Id), historical.Select(trade => trade.Id));
        Assert.Empty(await client.GetHistoricalBlockTradesAsync(new TradesRequest(Symbol) { FromId = 0 }));
        var aggregates = await client.GetAggregateTradesAsync(new AggregateTradesRequest(Symbol));
        Assert.Equal(last.Id, aggregates[^1].LastTradeId);
        var klines = await client.GetKlinesAsync(new KlinesRequest(Symbol, KlineInterval.OneSecond));
        Assert.Equal(last.Price, klines[^1].ClosePrice);
        Assert.Equal(klines.Count, (await client.GetUiKlinesAsync(new KlinesRequest(Symbol, KlineInterval.OneSecond))).Count);
        Assert.True((await client.GetAveragePriceAsync(new SymbolRequest(Symbol))).Price > 0);

        var ticker = TickerRequest.For(Symbol);
        var full = Assert.Single(await client.Get24HourTickersAsync(ticker));
        Assert.Equal((Symbol, last.Price, last.Id), (full.Symbol, full.LastPrice, full.LastId));
        Assert.Equal(last.Price, Assert.Single(await client.Get24HourMiniTickersAsync(ticker)).LastPrice);
        Assert.Equal(last.Price, Assert.Single(await client.GetTradingDayTickersAsync(ticker)).LastPrice);
        Assert.Equal(last.Price, Assert.Single(await client.GetTradingDayMiniTickersAsync(ticker)).LastPrice);
        Assert.Equal(last.Price, Assert.Single(await client.GetRollingWindowTickersAsync(ticker with { WindowSize = "1h" })).LastPrice);
        Assert.Equal(last.Price, Assert.Single(await client.GetRollingWindowMiniTickersAsync(ticker with { WindowSize = "1h" })).LastPrice);
        Assert.Equal(last.Price, Assert.Single(await client.GetPriceTickersAsync(ticker)).Price);
        var best = Assert.Single(await client.GetBookTickersAsync(ticker));
        Assert.Equal((book.Bids[0].Price, book.Asks[0].Price), (best.BidPrice, best.AskPrice));
        Assert.True((await client.GetReferencePriceAsync(new SymbolRequest(Symbol))).Price > 0);
        Assert.Equal(Symbol, (await client.GetReferencePriceCalculationAsync(new ReferencePriceCalculationRequest(Symbol))).Symbol);
    }
}
