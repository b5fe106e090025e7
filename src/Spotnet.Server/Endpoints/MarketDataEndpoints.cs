using Spotnet.Engine;
using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Errors;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Models.General;
using Spotnet.Protocol.Models.MarketData;
using Spotnet.Server.Api;
using Spotnet.Server.Exchange;
using Spotnet.Server.Market;
using static Spotnet.Server.Endpoints.MarketDataRequests;
using ProtocolPriceRangeRule = Spotnet.Protocol.Models.General.PriceRangeRule;
using ProtocolReferencePrice = Spotnet.Protocol.Models.MarketData.ReferencePrice;

namespace Spotnet.Server.Endpoints;

/// <summary>
/// Market data endpoints: <c>depth</c>, <c>trades</c>, <c>historicalTrades</c>, <c>historicalBlockTrades</c>,
/// <c>aggTrades</c>, <c>klines</c>, <c>uiKlines</c>, <c>avgPrice</c>, <c>referencePrice</c>,
/// <c>referencePrice/calculation</c> and <c>executionRules</c>. The book comes from the engine host, the rest from
/// the <see cref="MarketData"/> projections.
/// </summary>
public static class MarketDataEndpoints
{
    private const int AveragePriceMinutes = 5;

    /// <summary>Adds the market data endpoints (the tickers are in <see cref="MarketDataTickerEndpoints"/>).</summary>
    public static ApiRouteTable MapMarketData(this ApiRouteTable routes, MarketData data)
    {
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentNullException.ThrowIfNull(data);
        var intervals = ParameterSpec.Enum("interval", true, SpotError.BadInterval, Market.KlineInterval.Names);
        return routes
            .Map(EndpointId.Depth, DepthAsync, SymbolStatusSpec)
            .Map(EndpointId.RecentTrades, request => Sync(RecentTrades(request, data)))
            .Map(EndpointId.HistoricalTrades, request => Sync(HistoricalTrades(request, data)))
            .Map(EndpointId.HistoricalBlockTrades, request => Sync(HistoricalBlockTrades(request)))
            .Map(EndpointId.AggregateTrades, request => Sync(AggregateTrades(request, data)))
            .Map(EndpointId.Klines, request => Sync(Klines(request, data)), intervals)
            .Map(EndpointId.UiKlines, request => Sync(Klines(request, data)), intervals)
            .Map(EndpointId.AveragePrice, request => AveragePriceAsync(request, data))
            .Map(EndpointId.ReferencePrice, ReferencePriceAsync)
            .Map(EndpointId.ReferencePriceCalculation, ReferencePriceCalculationAsync, SymbolStatusSpec)
            .Map(EndpointId.ExecutionRules, request => Sync(ExecutionRules(request)), SymbolStatusSpec);
    }

    private static ValueTask<ApiResult> Sync(ApiResult result) => ValueTask.FromResult(result);

    private static async ValueTask<ApiResult> DepthAsync(ApiRequest request)
    {
        var symbol = request.GetSymbol("symbol")!;
        if (CheckStatus(request, symbol) is { } statusError)
        {
            return statusError;
        }

        if (Limit(request, 100, 5000) is not { } limit)
        {
            return SpotError.InvalidParameterValue("limit");
        }

        var host = request.Services.GetRequiredService<ExchangeHost>();
        var symbolId = host.Catalog.SymbolId(symbol.Symbol);
        var depth = await host.RunAsync(session => session.Engine.GetDepth(symbolId, limit)).ConfigureAwait(false);
        return ApiResult.Json(
            new OrderBook { LastUpdateId = depth.LastUpdateId, Bids = Levels(depth.Bids), Asks = Levels(depth.Asks) },
            SpotJsonContext.Default.OrderBook);
    }

    private static PriceLevel[] Levels(IReadOnlyList<BookLevel> levels) =>
        [.. levels.Select(level => new PriceLevel(MarketNumbers.Scale8(level.Price.ToDecimal()), MarketNumbers.Scale8(level.Quantity.ToDecimal())))];

    private static ApiResult RecentTrades(ApiRequest request, MarketData data)
    {
        if (Limit(request, 500, 1000) is not { } limit)
        {
            return SpotError.InvalidParameterValue("limit");
        }

        return Trades(request, data[request.Get("symbol")!].RecentTrades(limit));
    }

    private static ApiResult HistoricalTrades(ApiRequest request, MarketData data)
    {
        if (Limit(request, 500, 1000) is not { } limit)
        {
            return SpotError.InvalidParameterValue("limit");
        }

        return Trades(request, data[request.Get("symbol")!].HistoricalTrades(request.GetLong("fromId"), limit));
    }

    private static ApiResult Trades(ApiRequest request, IReadOnlyList<TradeEvent> trades) => ApiResult.Json(
        [.. trades.Select(trade => new Trade
        {
            Id = trade.TradeId,
            Price = MarketNumbers.Scale8(trade.Price.ToDecimal()),
            Quantity = MarketNumbers.Scale8(trade.Quantity.ToDecimal()),
            QuoteQuantity = MarketNumbers.Scale8(trade.QuoteQuantity.ToDecimal()),
            Time = FromMicroseconds(request, trade.Time),
            IsBuyerMaker = trade.IsBuyerMaker,
            IsBestMatch = true,
        })],
        SpotJsonContext.Default.IReadOnlyListTrade);

    // The simulated market has no block trades; the parameters are still checked.
    private static ApiResult HistoricalBlockTrades(ApiRequest request) =>
        Limit(request, 500, 1000) is null
            ? SpotError.InvalidParameterValue("limit")
            : ApiResult.Json([], SpotJsonContext.Default.IReadOnlyListTrade);

    private static ApiResult AggregateTrades(ApiRequest request, MarketData data)
    {
        if (Limit(request, 500, 1000) is not { } limit)
        {
            return SpotError.InvalidParameterValue("limit");
        }

        var fromId = request.GetLong("fromId");
        var startTime = Microseconds(request, "startTime");
        var endTime = Microseconds(request, "endTime");
        if (fromId is not null && (startTime is not null || endTime is not null))
        {
            return SpotError.OptionalParametersBadCombination;
        }

        var aggregates = data[request.Get("symbol")!].AggregateTrades(fromId, startTime, endTime, limit);
        return ApiResult.Json(
            [.. aggregates.Select(aggregate => new AggregateTrade
            {
                AggregateTradeId = aggregate.Id,
                Price = MarketNumbers.Scale8(aggregate.Price),
                Quantity = MarketNumbers.Scale8(aggregate.Quantity),
                FirstTradeId = aggregate.FirstTradeId,
                LastTradeId = aggregate.LastTradeId,
                Timestamp = FromMicroseconds(request, aggregate.Time),
                IsBuyerMaker = aggregate.IsBuyerMaker,
                IsBestMatch = true,
            })],
            SpotJsonContext.Default.IReadOnlyListAggregateTrade);
    }

    private static ApiResult Klines(ApiRequest request, MarketData data)
    {
        var interval = Market.KlineInterval.Find(request.Get("interval")!)!;
        var (offset, timeZoneError) = TimeZone(request);
        if (timeZoneError is not null)
        {
            return timeZoneError;
        }

        if (Limit(request, 500, 1000) is not { } limit)
        {
            return SpotError.InvalidParameterValue("limit");
        }

        var candles = data[request.Get("symbol")!].Klines(
            interval, Milliseconds(request, "startTime"), Milliseconds(request, "endTime"), limit, offset);
        return ApiResult.Json(
            [.. candles.Select(candle => new Kline
            {
                OpenTime = FromMilliseconds(request, candle.OpenTime),
                OpenPrice = MarketNumbers.Scale8(candle.Open),
                HighPrice = MarketNumbers.Scale8(candle.High),
                LowPrice = MarketNumbers.Scale8(candle.Low),
                ClosePrice = MarketNumbers.Scale8(candle.Close),
                Volume = MarketNumbers.Scale8(candle.Volume),
                CloseTime = FromMilliseconds(request, interval.NextBucketStart(candle.OpenTime, offset)) - 1,
                QuoteVolume = MarketNumbers.Scale8(candle.QuoteVolume),
                TradeCount = candle.Count,
                TakerBuyBaseVolume = MarketNumbers.Scale8(candle.TakerBuyVolume),
                TakerBuyQuoteVolume = MarketNumbers.Scale8(candle.TakerBuyQuoteVolume),
            })],
            SpotJsonContext.Default.IReadOnlyListKline);
    }

    private static async ValueTask<ApiResult> AveragePriceAsync(ApiRequest request, MarketData data)
    {
        var symbol = request.Get("symbol")!;
        var host = request.Services.GetRequiredService<ExchangeHost>();
        var symbolId = host.Catalog.SymbolId(symbol);
        var average = await host.RunAsync(session => session.Engine.GetAveragePrice(symbolId, session.Now, AveragePriceMinutes)).ConfigureAwait(false);
        var lastTrade = data[symbol].RecentTrades(1);
        return ApiResult.Json(
            new AveragePrice
            {
                Minutes = AveragePriceMinutes,
                Price = MarketNumbers.Scale8(average?.ToDecimal() ?? 0m),
                CloseTime = lastTrade.Count > 0 ? FromMicroseconds(request, lastTrade[0].Time) : 0,
            },
            SpotJsonContext.Default.AveragePrice);
    }

    private static async ValueTask<ApiResult> ReferencePriceAsync(ApiRequest request)
    {
        var symbol = request.Get("symbol")!;
        var host = request.Services.GetRequiredService<ExchangeHost>();
        var symbolId = host.Catalog.SymbolId(symbol);
        var (price, time) = await host.RunAsync(session => (session.Engine.GetReferencePrice(symbolId, session.Now), session.Now)).ConfigureAwait(false);
        return price is null
            ? SpotError.NoReferencePrice
            : ApiResult.Json(
                new ProtocolReferencePrice { Symbol = symbol, Price = MarketNumbers.Scale8(price.Value.ToDecimal()), Timestamp = FromMicroseconds(request, time) },
                SpotJsonContext.Default.ReferencePrice);
    }

    private static async ValueTask<ApiResult> ReferencePriceCalculationAsync(ApiRequest request)
    {
        var symbol = request.GetSymbol("symbol")!;
        if (CheckStatus(request, symbol) is { } statusError)
        {
            return statusError;
        }

        var host = request.Services.GetRequiredService<ExchangeHost>();
        var symbolId = host.Catalog.SymbolId(symbol.Symbol);
        if (host.Catalog.Config.Symbols[symbolId].ReferencePriceCalculation is { } mean)
        {
            return ApiResult.Json(
                new ReferencePriceCalculation
                {
                    Symbol = symbol.Symbol,
                    CalculationType = ReferencePriceCalculationType.ArithmeticMean,
                    BucketCount = mean.BucketCount,
                    BucketWidthMilliseconds = mean.BucketWidthMilliseconds,
                },
                SpotJsonContext.Default.ReferencePriceCalculation);
        }

        // Otherwise the price is external (the simulator's walk, or an operator's): calculation id 0, as the engine defines it.
        var hasPrice = await host.RunAsync(session => session.Engine.GetReferencePrice(symbolId, session.Now) is not null).ConfigureAwait(false);
        return hasPrice
            ? ApiResult.Json(
                new ReferencePriceCalculation { Symbol = symbol.Symbol, CalculationType = ReferencePriceCalculationType.External, ExternalCalculationId = 0 },
                SpotJsonContext.Default.ReferencePriceCalculation)
            : SpotError.NoReferencePrice;
    }

    private static ProtocolPriceRangeRule Rule(Spotnet.Engine.PriceRangeRule range) => new()
    {
        BidLimitMultiplierUp = range.BidLimitMultUp?.ToDecimal(),
        BidLimitMultiplierDown = range.BidLimitMultDown?.ToDecimal(),
        AskLimitMultiplierUp = range.AskLimitMultUp?.ToDecimal(),
        AskLimitMultiplierDown = range.AskLimitMultDown?.ToDecimal(),
    };

    private static ApiResult ExecutionRules(ApiRequest request)
    {
        var given = new[] { "symbol", "symbols", "symbolStatus" }.Count(name => request.Get(name) is not null);
        if (given > 1)
        {
            return SpotError.OptionalParametersBadCombination;
        }

        var selection = Select(request, allowAll: true);
        if (selection.Error is { } error)
        {
            return error;
        }

        var catalog = request.Services.GetRequiredService<ExchangeHost>().Catalog;
        return ApiResult.Json(
            new ExecutionRules
            {
                SymbolRules = [.. selection.Symbols.Select(symbol => new SymbolExecutionRules
                {
                    Symbol = symbol.Symbol,
                    Rules = catalog.Config.Symbols[catalog.SymbolId(symbol.Symbol)].PriceRange is { } range ? [Rule(range)] : [],
                })],
            },
            SpotJsonContext.Default.ExecutionRules);
    }
}
