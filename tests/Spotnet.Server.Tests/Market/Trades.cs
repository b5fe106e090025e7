using Spotnet.Engine;
using Spotnet.Server.Configuration;
using Spotnet.Server.Market;

namespace Spotnet.Server.Tests.Market;

/// <summary>Builds trades and projections for the tests.</summary>
internal static class Trades
{
    /// <summary>2026-03-02T10:00:00Z, a Monday, in ms.</summary>
    public const long Start = 1772445600000;

    private static long _nextTradeId;

    public static SymbolMarketData NewProjection(int tradesPerSymbol = 50_000) =>
        new(new MarketDataSettings { TradesPerSymbol = tradesPerSymbol });

    /// <summary>A trade at <paramref name="timeMs"/>; the taker is the buyer unless <paramref name="buyerIsMaker"/>.</summary>
    public static TradeEvent At(long timeMs, decimal price, decimal quantity, long takerOrderId = 1, bool buyerIsMaker = false, long? id = null) => new()
    {
        TradeId = id ?? ++_nextTradeId,
        Price = Price.FromDecimal(price),
        Quantity = Quantity.FromDecimal(quantity),
        QuoteQuantity = Quantity.FromDecimal(price * quantity),
        BuyerOrderId = buyerIsMaker ? 1000 : takerOrderId,
        SellerOrderId = buyerIsMaker ? takerOrderId : 1000,
        IsBuyerMaker = buyerIsMaker,
        Time = timeMs * 1000,
    };

    /// <summary>Adds trades with ids 1, 2, 3... in order.</summary>
    public static SymbolMarketData With(this SymbolMarketData data, params (long TimeMs, decimal Price, decimal Quantity, long Taker)[] trades)
    {
        var id = 0L;
        foreach (var (timeMs, price, quantity, taker) in trades)
        {
            data.Add(At(timeMs, price, quantity, taker, id: ++id));
        }

        return data;
    }
}
