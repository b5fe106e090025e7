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
        var tick = f.Price?.TickSize.Units ?? 0;
        Bids = new BookSide(isBid: true, tick);
        Asks = new BookSide(isBid: false, tick);
    }

    public int Id { get; }
    public SymbolConfig Config { get; }
    public SymbolStatus Status;
    public readonly BookSide Bids;
    public readonly BookSide Asks;
    public long NextOrderId = 1;
    public long NextTradeId = 1;
    public long NextPreventedMatchId;
    public long BookUpdateId;
    public long LastPrice;
    public long LastTradeTime;
    public readonly List<WaitingStop> Stops = [];

    // Bounds on the waiting stops' trigger prices, so a trade that can trigger none skips the scan. They may be loose
    // (a removed stop leaves them as they were) but never too tight; each scan makes them exact again.
    public long LowestStopAbove = long.MaxValue;
    public long HighestStopBelow = long.MinValue;
    public bool HasTrailingStops;
    public readonly OrderIndex Orders = new();

    // One bucket per minute, for the volume-weighted average price over avgPriceMins.
    public readonly int AveragePriceMinutes;
    public readonly long[] BucketMinute;
    public readonly Int128[] BucketQuote;
    public readonly long[] BucketQuantity;

    // Reference price: an external value, or ARITHMETIC_MEAN buckets (open time µs, trade count ×10^4, price sum ×10^4).
    public long ExternalReferencePrice;
    public readonly List<(long OpenTime, long Count, Int128 Sum)> ReferenceBuckets = [];

    public void RecordReferenceTrade(long time, long price)
    {
        if (Config.ReferencePriceCalculation is not { } calculation)
        {
            return;
        }

        var width = calculation.BucketWidthMilliseconds * 1_000;
        var open = time - (time % width);
        var cutoff = time - (width * calculation.BucketCount);
        while (ReferenceBuckets.Count > 0 && ReferenceBuckets[0].OpenTime + width <= cutoff)
        {
            ReferenceBuckets.RemoveAt(0);
        }

        if (ReferenceBuckets.Count > 0 && ReferenceBuckets[^1].OpenTime == open)
        {
            var last = ReferenceBuckets[^1];
            ReferenceBuckets[^1] = (open, last.Count + 10_000, last.Sum + (Int128)price * 10_000);
        }
        else
        {
            ReferenceBuckets.Add((open, 10_000, (Int128)price * 10_000));
        }
    }

    /// <summary>The reference price at <paramref name="time"/>: external, or the prorated bucket mean (truncating); 0 = none.</summary>
    public long ReferencePrice(long time)
    {
        if (Config.ReferencePriceCalculation is not { } calculation)
        {
            return ExternalReferencePrice;
        }

        var width = calculation.BucketWidthMilliseconds * 1_000;
        var cutoff = time - (width * calculation.BucketCount);
        Int128 sum = 0;
        Int128 count = 0;
        foreach (var (openTime, bucketCount, bucketSum) in ReferenceBuckets)
        {
            if (openTime + width <= cutoff || openTime > time)
            {
                continue;
            }

            if (openTime < cutoff)
            {
                // The oldest bucket straddles the cutoff: only its unexpired fraction counts.
                var kept = width - (cutoff - openTime);
                count += (Int128)bucketCount * kept / width;
                sum += bucketSum * kept / width;
            }
            else
            {
                count += bucketCount;
                sum += bucketSum;
            }
        }

        return count == 0 ? 0 : (long)(sum / count);
    }

    public void AddStop(Order order)
    {
        var stop = new WaitingStop(order);
        Stops.Add(stop);
        Bound(stop);
    }

    /// <summary>Takes a stop off the list, keeping the others in trigger order; false if it was not waiting.</summary>
    public bool RemoveStop(Order order)
    {
        var stops = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Stops);
        for (var i = 0; i < stops.Length; i++)
        {
            if (ReferenceEquals(stops[i].Order, order))
            {
                Stops.RemoveAt(i);
                return true;
            }
        }

        return false;
    }

    /// <summary>Widens the trigger bounds to include <paramref name="stop"/>.</summary>
    public void Bound(in WaitingStop stop)
    {
        if (stop.IsTrailing)
        {
            HasTrailingStops = true;
        }
        else if (stop.TriggersAbove)
        {
            LowestStopAbove = Math.Min(LowestStopAbove, stop.StopPrice);
        }
        else
        {
            HighestStopBelow = Math.Max(HighestStopBelow, stop.StopPrice);
        }
    }

    public void ClearStops()
    {
        Stops.Clear();
        LowestStopAbove = long.MaxValue;
        HighestStopBelow = long.MinValue;
        HasTrailingStops = false;
    }

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
