using Spotnet.Protocol.Endpoints;
using Spotnet.Client.Json;
using Spotnet.Client.Requests;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Models.MarketData;

namespace Spotnet.Client;

// Market data endpoints (all public).
public sealed partial class SpotRestClient
{

    /// <summary>Order book (<c>lastUpdateId</c>, <c>bids</c>, <c>asks</c>): <c>GET /api/v3/depth</c>, weight 5 (limit ≤ 100), 25 (≤ 500), 50 (≤ 1000) or 250 (≤ 5000).</summary>
    public Task<OrderBook> GetOrderBookAsync(OrderBookRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync(EndpointId.Depth, request, Parse(SdkJson.Context.OrderBook), cancellationToken);
    }

    /// <summary>Most recent trades (<c>id</c>, <c>price</c>, <c>qty</c>, <c>time</c>…): <c>GET /api/v3/trades</c>, weight 25.</summary>
    public Task<IReadOnlyList<Trade>> GetRecentTradesAsync(TradesRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.RecentTrades, request, Parse(SdkJson.Context.IReadOnlyListTrade), cancellationToken);

    /// <summary>Older trades from <c>fromId</c>: <c>GET /api/v3/historicalTrades</c>, weight 25.</summary>
    public Task<IReadOnlyList<Trade>> GetHistoricalTradesAsync(TradesRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.HistoricalTrades, request, Parse(SdkJson.Context.IReadOnlyListTrade), cancellationToken);

    /// <summary>Block trades from <c>fromId</c> (required): <c>GET /api/v3/historicalBlockTrades</c>, weight 25.</summary>
    public Task<IReadOnlyList<Trade>> GetHistoricalBlockTradesAsync(TradesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.FromId is null)
        {
            throw new ArgumentException("historicalBlockTrades requires fromId.", nameof(request));
        }

        return SendAsync(EndpointId.HistoricalBlockTrades, request, Parse(SdkJson.Context.IReadOnlyListTrade), cancellationToken);
    }

    /// <summary>Aggregate trades (<c>a</c>, <c>p</c>, <c>q</c>, <c>f</c>, <c>l</c>, <c>T</c>, <c>m</c>, <c>M</c>): <c>GET /api/v3/aggTrades</c>, weight 4.</summary>
    public Task<IReadOnlyList<AggregateTrade>> GetAggregateTradesAsync(AggregateTradesRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.AggregateTrades, request, Parse(SdkJson.Context.IReadOnlyListAggregateTrade), cancellationToken);

    /// <summary>Candlesticks: <c>GET /api/v3/klines</c>, weight 2.</summary>
    public Task<IReadOnlyList<Kline>> GetKlinesAsync(KlinesRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.Klines, request, Parse(SdkJson.Context.IReadOnlyListKline), cancellationToken);

    /// <summary>Candlesticks tuned for charts (the same as klines on the testnet): <c>GET /api/v3/uiKlines</c>, weight 2.</summary>
    public Task<IReadOnlyList<Kline>> GetUiKlinesAsync(KlinesRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.UiKlines, request, Parse(SdkJson.Context.IReadOnlyListKline), cancellationToken);

    /// <summary>Current average price (<c>mins</c>, <c>price</c>, <c>closeTime</c>): <c>GET /api/v3/avgPrice</c>, weight 2.</summary>
    public Task<AveragePrice> GetAveragePriceAsync(SymbolRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.AveragePrice, request, Parse(SdkJson.Context.AveragePrice), cancellationToken);

    /// <summary>24-hour statistics, FULL (<c>type=FULL</c>): <c>GET /api/v3/ticker/24hr</c>, weight 2 for one symbol, 2/40/80 for 1–20/21–100/more symbols, 80 for all.</summary>
    public Task<IReadOnlyList<Ticker24Hour>> Get24HourTickersAsync(TickerRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.Ticker24Hour, Full(request), ParseOneOrMany(SdkJson.Context.Ticker24Hour, SdkJson.Context.IReadOnlyListTicker24Hour), cancellationToken);

    /// <summary>24-hour statistics, MINI (<c>type=MINI</c>): <c>GET /api/v3/ticker/24hr</c>, same weights as FULL.</summary>
    public Task<IReadOnlyList<MiniTicker>> Get24HourMiniTickersAsync(TickerRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.Ticker24Hour, Mini(request), ParseOneOrMany(SdkJson.Context.MiniTicker, SdkJson.Context.IReadOnlyListMiniTicker), cancellationToken);

    /// <summary>Trading-day statistics, FULL: <c>GET /api/v3/ticker/tradingDay</c>, weight 4 per symbol, at most 200.</summary>
    public Task<IReadOnlyList<WindowTicker>> GetTradingDayTickersAsync(TickerRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.TickerTradingDay, Full(request), ParseOneOrMany(SdkJson.Context.WindowTicker, SdkJson.Context.IReadOnlyListWindowTicker), cancellationToken);

    /// <summary>Trading-day statistics, MINI: <c>GET /api/v3/ticker/tradingDay</c>, weight 4 per symbol, at most 200.</summary>
    public Task<IReadOnlyList<MiniTicker>> GetTradingDayMiniTickersAsync(TickerRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.TickerTradingDay, Mini(request), ParseOneOrMany(SdkJson.Context.MiniTicker, SdkJson.Context.IReadOnlyListMiniTicker), cancellationToken);

    /// <summary>Rolling-window statistics (<c>windowSize</c>), FULL: <c>GET /api/v3/ticker</c>, weight 4 per symbol, at most 200.</summary>
    public Task<IReadOnlyList<WindowTicker>> GetRollingWindowTickersAsync(TickerRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.TickerRollingWindow, Full(request), ParseOneOrMany(SdkJson.Context.WindowTicker, SdkJson.Context.IReadOnlyListWindowTicker), cancellationToken);

    /// <summary>Rolling-window statistics (<c>windowSize</c>), MINI: <c>GET /api/v3/ticker</c>, weight 4 per symbol, at most 200.</summary>
    public Task<IReadOnlyList<MiniTicker>> GetRollingWindowMiniTickersAsync(TickerRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.TickerRollingWindow, Mini(request), ParseOneOrMany(SdkJson.Context.MiniTicker, SdkJson.Context.IReadOnlyListMiniTicker), cancellationToken);

    /// <summary>Latest prices (<c>symbol</c>, <c>price</c>): <c>GET /api/v3/ticker/price</c>, weight 2 for one symbol, 4 otherwise.</summary>
    public Task<IReadOnlyList<PriceTicker>> GetPriceTickersAsync(TickerRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.TickerPrice, request, ParseOneOrMany(SdkJson.Context.PriceTicker, SdkJson.Context.IReadOnlyListPriceTicker), cancellationToken);

    /// <summary>Best bid and ask (<c>bidPrice</c>, <c>bidQty</c>, <c>askPrice</c>, <c>askQty</c>): <c>GET /api/v3/ticker/bookTicker</c>, weight 2 for one symbol, 4 otherwise.</summary>
    public Task<IReadOnlyList<BookTicker>> GetBookTickersAsync(TickerRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.TickerBook, request, ParseOneOrMany(SdkJson.Context.BookTicker, SdkJson.Context.IReadOnlyListBookTicker), cancellationToken);

    /// <summary>Reference price (<c>referencePrice</c>, <c>timestamp</c>): <c>GET /api/v3/referencePrice</c>, weight 2.</summary>
    public Task<ReferencePrice> GetReferencePriceAsync(SymbolRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.ReferencePrice, request, Parse(SdkJson.Context.ReferencePrice), cancellationToken);

    /// <summary>How the reference price is computed (<c>calculationType</c>…): <c>GET /api/v3/referencePrice/calculation</c>, weight 2.</summary>
    public Task<ReferencePriceCalculation> GetReferencePriceCalculationAsync(ReferencePriceCalculationRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.ReferencePriceCalculation, request, Parse(SdkJson.Context.ReferencePriceCalculation), cancellationToken);

    private static TickerRequest Full(TickerRequest request) => request with { Type = TickerType.Full };

    private static TickerRequest Mini(TickerRequest request) => request with { Type = TickerType.Mini };

    // Binance answers one object for `symbol` and an array for `symbols` or none; callers always get a list.
    private static Func<byte[], IReadOnlyList<T>> ParseOneOrMany<T>(System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> one, System.Text.Json.Serialization.Metadata.JsonTypeInfo<IReadOnlyList<T>> many) =>
        body => FirstNonWhitespace(body) == (byte)'[' ? Parse(many)(body) : [Parse(one)(body)];

    private static byte FirstNonWhitespace(byte[] body)
    {
        foreach (var b in body)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return b;
            }
        }

        return 0;
    }
}
