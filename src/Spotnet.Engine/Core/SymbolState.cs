namespace Spotnet.Engine.Core;

/// <summary>Per-symbol state: book, id counters, stops, last price and the average-price window.</summary>
internal sealed class SymbolState
{
    public SymbolState(int id, SymbolConfig config)
    {
        Id = id;
        Config = config;
        Status = config.Status;
        var f = config.Filters;
        AveragePriceMinutes = Math.Max(1, Math.Max(f.PercentPrice?.AveragePriceMinutes ?? 0,
            Math.Max(f.PercentPriceBySide?.AveragePriceMinutes ?? 0,
            Math.Max(f.MinNotional?.AveragePriceMinutes ?? 0, Math.Max(f.Notional?.AveragePriceMinutes ?? 0, 5)))));
        BucketMinute = new long[AveragePriceMinutes];
        BucketQuote = new Int128[AveragePriceMinutes];
        BucketQuantity = new long[AveragePriceMinutes];
        Array.Fill(BucketMinute, long.MinValue);
    }

    public int Id { get; }
    public SymbolConfig Config { get; }
    public SymbolStatus Status;
    public readonly BookSide Bids = new(isBid: true);
    public readonly BookSide Asks = new(isBid: false);
    public long NextOrderId = 1;
    public long NextTradeId = 1;
    public long NextPreventedMatchId;
    public long BookUpdateId;
    public long LastPrice;
    public long LastTradeTime;
    public readonly List<Order> Stops = [];
    public readonly Dictionary<long, Order> Orders = [];

    // One bucket per minute, for the volume-weighted average price over avgPriceMins.
    public readonly int AveragePriceMinutes;
    public readonly long[] BucketMinute;
    public readonly Int128[] BucketQuote;
    public readonly long[] BucketQuantity;

    public BookSide Side(OrderSide side) => side == OrderSide.Buy ? Bids : Asks;

    public BookSide Opposite(OrderSide side) => side == OrderSide.Buy ? Asks : Bids;

    public void RecordTrade(long time, long price, long quantity)
    {
        LastPrice = price;
        LastTradeTime = time;
        var minute = time / 60_000_000;
        var slot = (int)(minute % AveragePriceMinutes);
        if (BucketMinute[slot] != minute)
        {
            BucketMinute[slot] = minute;
            BucketQuote[slot] = 0;
            BucketQuantity[slot] = 0;
        }

        BucketQuote[slot] += (Int128)price * quantity;
        BucketQuantity[slot] += quantity;
    }

    /// <summary>Volume-weighted average price over the last <paramref name="minutes"/> minutes; the last price if none traded; 0 if never traded.</summary>
    public long AveragePrice(long time, int minutes)
    {
        if (minutes <= 0)
        {
            return LastPrice;
        }

        var minute = time / 60_000_000;
        Int128 quote = 0;
        long quantity = 0;
        for (var i = 0; i < AveragePriceMinutes; i++)
        {
            var m = BucketMinute[i];
            if (m > minute - Math.Min(minutes, AveragePriceMinutes) && m <= minute)
            {
                quote += BucketQuote[i];
                quantity += BucketQuantity[i];
            }
        }

        return quantity == 0 ? LastPrice : (long)(quote / quantity);
    }
}
