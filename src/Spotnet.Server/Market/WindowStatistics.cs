namespace Spotnet.Server.Market;

/// <summary>Trade statistics of a symbol over a time window, the body of every ticker.</summary>
/// <param name="OpenTime">Window start in ms (<c>openTime</c>).</param>
/// <param name="CloseTime">Window end in ms (<c>closeTime</c>).</param>
/// <param name="Open">First price in the window (<c>openPrice</c>); 0 when nothing traded.</param>
/// <param name="High">Highest price (<c>highPrice</c>).</param>
/// <param name="Low">Lowest price (<c>lowPrice</c>).</param>
/// <param name="Last">Last price (<c>lastPrice</c>).</param>
/// <param name="Volume">Base volume (<c>volume</c>).</param>
/// <param name="QuoteVolume">Quote volume (<c>quoteVolume</c>).</param>
/// <param name="FirstId">First trade id (<c>firstId</c>), -1 when none.</param>
/// <param name="LastId">Last trade id (<c>lastId</c>), -1 when none.</param>
/// <param name="Count">Number of trades (<c>count</c>).</param>
/// <param name="PreviousClose">Last price before the window (<c>prevClosePrice</c>), 0 when none.</param>
/// <param name="LastQuantity">Quantity of the last trade (<c>lastQty</c>), 0 when none.</param>
public sealed record WindowStatistics(
    long OpenTime, long CloseTime, decimal Open, decimal High, decimal Low, decimal Last, decimal Volume,
    decimal QuoteVolume, long FirstId, long LastId, long Count, decimal PreviousClose, decimal LastQuantity)
{
    /// <summary><c>priceChange</c>.</summary>
    public decimal PriceChange => Last - Open;

    /// <summary><c>priceChangePercent</c>, three places like Binance.</summary>
    public decimal PriceChangePercent => Open == 0 ? 0.000m : decimal.Round(PriceChange * 100 / Open, 3) + 0.000m;

    /// <summary><c>weightedAvgPrice</c>: quote volume over base volume, eight places.</summary>
    public decimal WeightedAveragePrice => Volume == 0 ? 0m : MarketNumbers.Scale8(QuoteVolume / Volume);
}
