using Spotnet.Server.Configuration;

namespace Spotnet.Server.Market;

/// <summary>
/// Synthetic 1-minute candles for the days before the server started, so klines and tickers have history from the
/// first request. They are not engine trades: no trade ids (-1) and nothing in the trade tape.
/// </summary>
public static class KlineHistory
{
    private const long MinuteMs = 60_000;

    /// <summary>
    /// Generates <paramref name="days"/> days of candles ending before the minute of <paramref name="nowMs"/>, walking
    /// from the symbol's reference price; returns the candles and the walk, whose price the live market continues from.
    /// </summary>
    public static (List<Candle> Candles, PriceWalk Walk) Generate(SymbolSettings symbol, int seed, int days, long nowMs)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        var tick = decimal.Parse(symbol.TickSize, System.Globalization.CultureInfo.InvariantCulture);
        var step = decimal.Parse(symbol.StepSize, System.Globalization.CultureInfo.InvariantCulture);
        var reference = decimal.Parse(symbol.ReferencePrice, System.Globalization.CultureInfo.InvariantCulture);
        var walk = new PriceWalk(reference, tick, seed, stepBasisPoints: 5);
        var random = walk.Random;
        var end = nowMs / MinuteMs * MinuteMs;
        var start = end - (days * 24 * 60 * MinuteMs);
        // A typical minute trades a few hundred USDT-worth: about 20 to 200 minimum-notional lots.
        var lot = Math.Max(step, decimal.Round(10m / Math.Max(walk.Price, tick) / step) * step);
        var candles = new List<Candle>(days * 24 * 60);
        for (var openTime = start; openTime < end; openTime += MinuteMs)
        {
            var open = walk.Price;
            var high = open;
            var low = open;
            for (var i = 0; i < 4; i++)
            {
                var price = walk.Step();
                high = Math.Max(high, price);
                low = Math.Min(low, price);
            }

            var trades = random.Next(5, 60);
            var volume = lot * random.Next(20, 200);
            var takerBuy = lot * decimal.Round(volume / lot * random.Next(30, 71) / 100m);
            var average = (open + walk.Price) / 2;
            candles.Add(new Candle(openTime, open)
            {
                High = high,
                Low = low,
                Close = walk.Price,
                Volume = MarketNumbers.Scale8(volume),
                QuoteVolume = MarketNumbers.Scale8(volume * average),
                TakerBuyVolume = MarketNumbers.Scale8(takerBuy),
                TakerBuyQuoteVolume = MarketNumbers.Scale8(takerBuy * average),
                Count = trades,
            });
        }

        return (candles, walk);
    }
}
