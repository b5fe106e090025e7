using System.Globalization;
using Spotnet.Engine;
using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Errors;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Models.MarketData;
using Spotnet.Server.Api;
using Spotnet.Server.Configuration;
using Spotnet.Server.Exchange;
using Spotnet.Server.Market;
using static Spotnet.Server.Endpoints.MarketDataRequests;

namespace Spotnet.Server.Endpoints;

/// <summary>
/// Ticker endpoints: <c>ticker/24hr</c>, <c>ticker/tradingDay</c>, rolling-window <c>ticker</c>, <c>ticker/price</c>
/// and <c>ticker/bookTicker</c>. Windows are summed from 1-minute candles: they open on a minute boundary and close at
/// the request time.
/// </summary>
public static class MarketDataTickerEndpoints
{
    private const long MinuteMs = 60_000;
    private static readonly ParameterSpec TickerType = ParameterSpec.Enum("type", false, SpotError.InvalidTickerType, "FULL", "MINI");

    // The trading-day and rolling-window tickers need a symbol or a list ("Either symbol or symbols must be provided"),
    // and only their docs cap the list: "The maximum number of symbols allowed in a request is 100."
    private static readonly ParameterSpec[] RequiredSymbols =
    [
        new("symbol", ParameterKind.Symbol, Alternative: "symbols"),
        new("symbols", ParameterKind.SymbolList, Alternative: "symbol", MaxItems: 100),
    ];

    /// <summary>Adds the ticker endpoints.</summary>
    public static ApiRouteTable MapMarketDataTickers(this ApiRouteTable routes, MarketData data)
    {
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentNullException.ThrowIfNull(data);
        return routes
            .Map(EndpointId.Ticker24Hour, request => Ticker24HourAsync(request, data), TickerType, SymbolStatusSpec)
            .Map(EndpointId.TickerTradingDay, request => ValueTask.FromResult(TradingDay(request, data)), [TickerType, SymbolStatusSpec, .. RequiredSymbols])
            .Map(EndpointId.TickerRollingWindow, request => ValueTask.FromResult(RollingWindow(request, data)), [TickerType, SymbolStatusSpec, .. RequiredSymbols])
            .Map(EndpointId.TickerPrice, request => ValueTask.FromResult(Price(request, data)), SymbolStatusSpec)
            .Map(EndpointId.TickerBook, BookTickerAsync, SymbolStatusSpec);
    }

    private static bool IsMini(ApiRequest request) => request.Get("type") == "MINI";

    private static async ValueTask<ApiResult> Ticker24HourAsync(ApiRequest request, MarketData data)
    {
        var selection = Select(request, allowAll: true);
        if (selection.Error is { } error)
        {
            return error;
        }

        var now = NowMilliseconds(request);
        var openTime = (now - (24 * 60 * MinuteMs)) / MinuteMs * MinuteMs;
        var statistics = selection.Symbols.Select(symbol => (symbol.Symbol, Statistics: data[symbol.Symbol].Window(openTime, now))).ToList();
        if (IsMini(request))
        {
            var minis = statistics.Select(item => Mini(request, item.Symbol, item.Statistics, FromMilliseconds(request, item.Statistics.CloseTime))).ToList();
            return selection.Single
                ? ApiResult.Json(minis[0], SpotJsonContext.Default.MiniTicker)
                : ApiResult.Json(minis, SpotJsonContext.Default.IReadOnlyListMiniTicker);
        }

        var books = await BestBidsAndAsksAsync(request, selection.Symbols).ConfigureAwait(false);
        var tickers = statistics.Select((item, index) => Full(request, item.Symbol, item.Statistics, books[index])).ToList();
        return selection.Single
            ? ApiResult.Json(tickers[0], SpotJsonContext.Default.Ticker24Hour)
            : ApiResult.Json(tickers, SpotJsonContext.Default.IReadOnlyListTicker24Hour);
    }

    private static ApiResult TradingDay(ApiRequest request, MarketData data)
    {
        var selection = Select(request, allowAll: false);
        if (selection.Error is { } error)
        {
            return error;
        }

        var (offset, timeZoneError) = TimeZone(request);
        if (timeZoneError is not null)
        {
            return timeZoneError;
        }

        var day = KlineInterval.Find("1d")!;
        var now = NowMilliseconds(request);
        var openTime = day.BucketStart(now, offset);
        var closeTime = day.NextBucketStart(openTime, offset) - 1;
        return Windows(request, data, selection, openTime, closeTime, closesAnInterval: true);
    }

    private static ApiResult RollingWindow(ApiRequest request, MarketData data)
    {
        var selection = Select(request, allowAll: false);
        if (selection.Error is { } error)
        {
            return error;
        }

        if (WindowMinutes(request.Get("windowSize") ?? "1d") is not { } minutes)
        {
            return SpotError.InvalidParameterValue("windowSize");
        }

        var now = NowMilliseconds(request);
        return Windows(request, data, selection, (now - (minutes * MinuteMs)) / MinuteMs * MinuteMs, now);
    }

    // closesAnInterval: the close time is the last ms of a day (ticker/tradingDay), so in µs it is that ms's last µs, as
    // a kline's close time is; otherwise it is the request's time.
    private static ApiResult Windows(
        ApiRequest request, MarketData data, Selection selection, long openTime, long closeTime, bool closesAnInterval = false)
    {
        var statistics = selection.Symbols.Select(symbol => (symbol.Symbol, Statistics: data[symbol.Symbol].Window(openTime, closeTime))).ToList();
        var responseCloseTime = closesAnInterval ? FromMilliseconds(request, closeTime + 1) - 1 : FromMilliseconds(request, closeTime);
        if (IsMini(request))
        {
            var minis = statistics.Select(item => Mini(request, item.Symbol, item.Statistics, responseCloseTime)).ToList();
            return selection.Single
                ? ApiResult.Json(minis[0], SpotJsonContext.Default.MiniTicker)
                : ApiResult.Json(minis, SpotJsonContext.Default.IReadOnlyListMiniTicker);
        }

        var tickers = statistics.Select(item => Window(request, item.Symbol, item.Statistics, responseCloseTime)).ToList();
        return selection.Single
            ? ApiResult.Json(tickers[0], SpotJsonContext.Default.WindowTicker)
            : ApiResult.Json(tickers, SpotJsonContext.Default.IReadOnlyListWindowTicker);
    }

    // 1m..59m, 1h..23h or 1d..7d; units never combine.
    private static int? WindowMinutes(string text)
    {
        if (text.Length is < 2 or > 3 || text[0] == '0'
            || !int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return null;
        }

        return text[^1] switch
        {
            'm' when count <= 59 => count,
            'h' when count <= 23 => count * 60,
            'd' when count <= 7 => count * 24 * 60,
            _ => null,
        };
    }

    private static ApiResult Price(ApiRequest request, MarketData data)
    {
        var selection = Select(request, allowAll: true);
        if (selection.Error is { } error)
        {
            return error;
        }

        var prices = selection.Symbols
            .Select(symbol => new PriceTicker { Symbol = symbol.Symbol, Price = MarketNumbers.Scale8(data[symbol.Symbol].LastPrice ?? 0m) })
            .ToList();
        return selection.Single
            ? ApiResult.Json(prices[0], SpotJsonContext.Default.PriceTicker)
            : ApiResult.Json(prices, SpotJsonContext.Default.IReadOnlyListPriceTicker);
    }

    private static async ValueTask<ApiResult> BookTickerAsync(ApiRequest request)
    {
        var selection = Select(request, allowAll: true);
        if (selection.Error is { } error)
        {
            return error;
        }

        var books = await BestBidsAndAsksAsync(request, selection.Symbols).ConfigureAwait(false);
        var tickers = selection.Symbols.Select((symbol, index) => new BookTicker
        {
            Symbol = symbol.Symbol,
            BidPrice = Scale(books[index].Bid?.Price.ToDecimal()),
            BidQuantity = Scale(books[index].Bid?.Quantity.ToDecimal()),
            AskPrice = Scale(books[index].Ask?.Price.ToDecimal()),
            AskQuantity = Scale(books[index].Ask?.Quantity.ToDecimal()),
        }).ToList();
        return selection.Single
            ? ApiResult.Json(tickers[0], SpotJsonContext.Default.BookTicker)
            : ApiResult.Json(tickers, SpotJsonContext.Default.IReadOnlyListBookTicker);
    }

    private static decimal Scale(decimal? value) => MarketNumbers.Scale8(value ?? 0m);

    private static Task<(BookLevel? Bid, BookLevel? Ask)[]> BestBidsAndAsksAsync(ApiRequest request, IReadOnlyList<SymbolSettings> symbols)
    {
        var host = request.Services.GetRequiredService<ExchangeHost>();
        var ids = symbols.Select(symbol => host.Catalog.SymbolId(symbol.Symbol)).ToArray();
        return host.RunAsync(session => Array.ConvertAll(ids, id => session.Engine.GetBestBidAsk(id)));
    }

    // closeTime: in the response's unit (it depends on what the window closes, see Windows).
    private static MiniTicker Mini(ApiRequest request, string symbol, WindowStatistics statistics, long closeTime) => new()
    {
        Symbol = symbol,
        OpenPrice = Scale(statistics.Open),
        HighPrice = Scale(statistics.High),
        LowPrice = Scale(statistics.Low),
        LastPrice = Scale(statistics.Last),
        Volume = Scale(statistics.Volume),
        QuoteVolume = Scale(statistics.QuoteVolume),
        OpenTime = FromMilliseconds(request, statistics.OpenTime),
        CloseTime = closeTime,
        FirstId = statistics.FirstId,
        LastId = statistics.LastId,
        Count = statistics.Count,
    };

    private static WindowTicker Window(ApiRequest request, string symbol, WindowStatistics statistics, long closeTime) => new()
    {
        Symbol = symbol,
        PriceChange = Scale(statistics.PriceChange),
        PriceChangePercent = statistics.PriceChangePercent,
        WeightedAveragePrice = statistics.WeightedAveragePrice,
        OpenPrice = Scale(statistics.Open),
        HighPrice = Scale(statistics.High),
        LowPrice = Scale(statistics.Low),
        LastPrice = Scale(statistics.Last),
        Volume = Scale(statistics.Volume),
        QuoteVolume = Scale(statistics.QuoteVolume),
        OpenTime = FromMilliseconds(request, statistics.OpenTime),
        CloseTime = closeTime,
        FirstId = statistics.FirstId,
        LastId = statistics.LastId,
        Count = statistics.Count,
    };

    private static Ticker24Hour Full(ApiRequest request, string symbol, WindowStatistics statistics, (BookLevel? Bid, BookLevel? Ask) book) => new()
    {
        Symbol = symbol,
        PriceChange = Scale(statistics.PriceChange),
        PriceChangePercent = statistics.PriceChangePercent,
        WeightedAveragePrice = statistics.WeightedAveragePrice,
        PreviousClosePrice = Scale(statistics.PreviousClose),
        LastPrice = Scale(statistics.Last),
        LastQuantity = Scale(statistics.LastQuantity),
        BidPrice = Scale(book.Bid?.Price.ToDecimal()),
        BidQuantity = Scale(book.Bid?.Quantity.ToDecimal()),
        AskPrice = Scale(book.Ask?.Price.ToDecimal()),
        AskQuantity = Scale(book.Ask?.Quantity.ToDecimal()),
        OpenPrice = Scale(statistics.Open),
        HighPrice = Scale(statistics.High),
        LowPrice = Scale(statistics.Low),
        Volume = Scale(statistics.Volume),
        QuoteVolume = Scale(statistics.QuoteVolume),
        OpenTime = FromMilliseconds(request, statistics.OpenTime),
        CloseTime = FromMilliseconds(request, statistics.CloseTime),
        FirstId = statistics.FirstId,
        LastId = statistics.LastId,
        Count = statistics.Count,
    };
}
