using Spotnet.Engine;
using Spotnet.Server.Configuration;

namespace Spotnet.Server.Market;

/// <summary>
/// The public market data of one symbol, projected from its trades: the tape, aggregate trades and 1-second and
/// 1-minute candles (wider klines and tickers are rolled up from these). Memory is bounded by <see cref="MarketDataSettings"/>.
/// </summary>
public sealed class SymbolMarketData
{
    private const long MinuteMs = 60_000;
    private readonly Lock _gate = new();
    private readonly MarketDataSettings _limits;
    private readonly List<TradeEvent> _trades = [];
    private readonly List<AggregateTradeRecord> _aggregates = [];
    private readonly List<Candle> _seconds = [];
    private readonly List<Candle> _minutes = [];
    private long _nextAggregateId;

    /// <summary>Creates an empty projection.</summary>
    public SymbolMarketData(MarketDataSettings limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        _limits = limits;
    }

    /// <summary>Adds synthetic 1-minute candles that precede every real trade (history generated at first start).</summary>
    public void AddHistory(IReadOnlyList<Candle> minuteCandles)
    {
        ArgumentNullException.ThrowIfNull(minuteCandles);
        lock (_gate)
        {
            var before = _minutes.Count == 0 ? long.MaxValue : _minutes[0].OpenTime;
            _minutes.InsertRange(0, minuteCandles.Where(candle => candle.OpenTime < before));
        }
    }

    /// <summary>
    /// Erases the tape, aggregate trades and candles (klines and tickers with them) for a reset; aggregate trade ids
    /// continue, as engine trade ids do, so no id is ever reused.
    /// </summary>
    public void Clear()
    {
        lock (_gate)
        {
            _trades.Clear();
            _aggregates.Clear();
            _seconds.Clear();
            _minutes.Clear();
        }
    }

    /// <summary>Adds one trade of this symbol (trades arrive in id order).</summary>
    public void Add(in TradeEvent trade)
    {
        var price = trade.Price.ToDecimal();
        var quantity = trade.Quantity.ToDecimal();
        var quote = trade.QuoteQuantity.ToDecimal();
        var timeMs = trade.Time / 1000;
        var takerOrderId = trade.IsBuyerMaker ? trade.SellerOrderId : trade.BuyerOrderId;
        lock (_gate)
        {
            _trades.Add(trade);
            if (_aggregates.Count > 0 && _aggregates[^1] is var last && last.TakerOrderId == takerOrderId && last.Price == price
                && last.LastTradeId == trade.TradeId - 1)
            {
                _aggregates[^1] = last with { Quantity = last.Quantity + quantity, LastTradeId = trade.TradeId };
            }
            else
            {
                _aggregates.Add(new AggregateTradeRecord(
                    _nextAggregateId++, price, quantity, trade.TradeId, trade.TradeId, trade.Time, trade.IsBuyerMaker, takerOrderId));
            }

            AddToCandles(_seconds, timeMs / 1000 * 1000, trade.TradeId, price, quantity, quote, !trade.IsBuyerMaker);
            AddToCandles(_minutes, timeMs / MinuteMs * MinuteMs, trade.TradeId, price, quantity, quote, !trade.IsBuyerMaker);
            Trim(timeMs);
        }
    }

    /// <summary>Writes the whole projection (trades, aggregate trades, candles), deterministically.</summary>
    public void WriteSnapshot(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        lock (_gate)
        {
            writer.Write(_nextAggregateId);
            writer.Write(_trades.Count);
            foreach (var trade in _trades)
            {
                writer.Write(trade.SymbolId);
                writer.Write(trade.TradeId);
                writer.Write(trade.Price.Units);
                writer.Write(trade.Quantity.Units);
                writer.Write(trade.QuoteQuantity.Units);
                writer.Write(trade.BuyerOrderId);
                writer.Write(trade.SellerOrderId);
                writer.Write(trade.BuyerAccountId);
                writer.Write(trade.SellerAccountId);
                writer.Write(trade.IsBuyerMaker);
                writer.Write(trade.Time);
            }

            writer.Write(_aggregates.Count);
            foreach (var record in _aggregates)
            {
                writer.Write(record.Id);
                writer.Write(record.Price);
                writer.Write(record.Quantity);
                writer.Write(record.FirstTradeId);
                writer.Write(record.LastTradeId);
                writer.Write(record.Time);
                writer.Write(record.IsBuyerMaker);
                writer.Write(record.TakerOrderId);
            }

            WriteCandles(writer, _seconds);
            WriteCandles(writer, _minutes);
        }
    }

    /// <summary>Replaces the whole projection with what <see cref="WriteSnapshot"/> wrote.</summary>
    public void ReadSnapshot(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        lock (_gate)
        {
            _nextAggregateId = reader.ReadInt64();
            _trades.Clear();
            for (var count = reader.ReadInt32(); _trades.Count < count;)
            {
                _trades.Add(new TradeEvent
                {
                    SymbolId = reader.ReadInt32(),
                    TradeId = reader.ReadInt64(),
                    Price = new Price(reader.ReadInt64()),
                    Quantity = new Quantity(reader.ReadInt64()),
                    QuoteQuantity = new Quantity(reader.ReadInt64()),
                    BuyerOrderId = reader.ReadInt64(),
                    SellerOrderId = reader.ReadInt64(),
                    BuyerAccountId = reader.ReadInt32(),
                    SellerAccountId = reader.ReadInt32(),
                    IsBuyerMaker = reader.ReadBoolean(),
                    Time = reader.ReadInt64(),
                });
            }

            _aggregates.Clear();
            for (var count = reader.ReadInt32(); _aggregates.Count < count;)
            {
                _aggregates.Add(new AggregateTradeRecord(
                    reader.ReadInt64(), reader.ReadDecimal(), reader.ReadDecimal(), reader.ReadInt64(), reader.ReadInt64(),
                    reader.ReadInt64(), reader.ReadBoolean(), reader.ReadInt64()));
            }

            ReadCandles(reader, _seconds);
            ReadCandles(reader, _minutes);
        }
    }

    /// <summary>The most recent trades, oldest first.</summary>
    public IReadOnlyList<TradeEvent> RecentTrades(int limit)
    {
        lock (_gate)
        {
            var count = Math.Min(limit, _trades.Count);
            return _trades.GetRange(_trades.Count - count, count);
        }
    }

    /// <summary>Trades from id <paramref name="fromId"/> (inclusive; older than the kept history starts at the oldest kept), or the most recent.</summary>
    public IReadOnlyList<TradeEvent> HistoricalTrades(long? fromId, int limit)
    {
        if (fromId is null)
        {
            return RecentTrades(limit);
        }

        lock (_gate)
        {
            if (_trades.Count == 0)
            {
                return [];
            }

            var start = IndexFrom(fromId.Value, _trades[0].TradeId, _trades.Count);
            return _trades.GetRange(start, Math.Min(limit, _trades.Count - start));
        }
    }

    // The position of id fromId among count consecutive ids from firstId: 0 for any id before them (however far, without
    // overflowing), count for any after them.
    private static int IndexFrom(long fromId, long firstId, int count) =>
        fromId <= firstId ? 0 : (int)Math.Min(fromId - firstId, count);

    /// <summary>Aggregate trades by id or time range (times in µs, inclusive), or the most recent; oldest first.</summary>
    public IReadOnlyList<AggregateTradeRecord> AggregateTrades(long? fromId, long? startTime, long? endTime, int limit)
    {
        lock (_gate)
        {
            if (_aggregates.Count == 0)
            {
                return [];
            }

            int start;
            if (fromId is not null)
            {
                start = IndexFrom(fromId.Value, _aggregates[0].Id, _aggregates.Count);
            }
            else if (startTime is not null)
            {
                start = LowerBound(_aggregates, startTime.Value, static record => record.Time);
            }
            else
            {
                var end = endTime is null || endTime.Value == long.MaxValue
                    ? _aggregates.Count
                    : LowerBound(_aggregates, endTime.Value + 1, static record => record.Time);
                var first = Math.Max(0, end - limit);
                return _aggregates.GetRange(first, end - first);
            }

            var result = new List<AggregateTradeRecord>(Math.Min(limit, _aggregates.Count - start));
            for (var i = start; i < _aggregates.Count && result.Count < limit; i++)
            {
                if (endTime is not null && _aggregates[i].Time > endTime.Value)
                {
                    break;
                }

                result.Add(_aggregates[i]);
            }

            return result;
        }
    }

    /// <summary>
    /// Klines of an interval whose open time (ms) lies in [<paramref name="startTime"/>, <paramref name="endTime"/>]:
    /// the oldest from the start when a start is given, otherwise the most recent; oldest first.
    /// </summary>
    public IReadOnlyList<Candle> Klines(KlineInterval interval, long? startTime, long? endTime, int limit, int offsetMinutes)
    {
        ArgumentNullException.ThrowIfNull(interval);
        lock (_gate)
        {
            var source = interval.UsesSeconds ? _seconds : _minutes;
            int from, to;
            if (startTime is not null)
            {
                // A bucket opened at or after the start holds no candle older than the start.
                from = LowerBound(source, startTime.Value, static candle => candle.OpenTime);
                to = source.Count;
            }
            else
            {
                // The most recent buckets: walk back from the last candle of a bucket opened by the end, stopping
                // once the limit is reached, so a request never copies the whole history.
                to = endTime is null ? source.Count : LowerBound(source, endTime.Value + 1, static candle => candle.OpenTime);
                while (endTime is not null && to < source.Count && interval.BucketStart(source[to].OpenTime, offsetMinutes) <= endTime.Value)
                {
                    to++;
                }

                from = to;
                var buckets = 0;
                while (from > 0)
                {
                    var bucket = interval.BucketStart(source[from - 1].OpenTime, offsetMinutes);
                    if (from == to || bucket != interval.BucketStart(source[from].OpenTime, offsetMinutes))
                    {
                        if (buckets == limit)
                        {
                            break;
                        }

                        buckets++;
                    }

                    from--;
                }
            }

            return RollUp(source, from, to, interval, startTime, endTime, limit, offsetMinutes);
        }
    }

    // Merges candles [from, to) into buckets opened within [startTime, endTime], at most limit of them.
    private static List<Candle> RollUp(
        List<Candle> source, int from, int to, KlineInterval interval, long? startTime, long? endTime, int limit, int offsetMinutes)
    {
        var buckets = new List<Candle>();
        for (var i = from; i < to; i++)
        {
            var candle = source[i];
            var bucketStart = interval.BucketStart(candle.OpenTime, offsetMinutes);
            if (endTime is not null && bucketStart > endTime.Value)
            {
                break;
            }

            if (startTime is not null && bucketStart < startTime.Value)
            {
                // The bucket opened before the start: it is not selected.
                continue;
            }

            if (buckets.Count > 0 && buckets[^1].OpenTime == bucketStart)
            {
                buckets[^1].Merge(candle);
            }
            else if (buckets.Count == limit)
            {
                break;
            }
            else
            {
                buckets.Add(candle.CopyAt(bucketStart));
            }
        }

        return buckets;
    }

    /// <summary>Statistics over the minutes from <paramref name="openTime"/> (ms, a minute boundary) to <paramref name="closeTime"/> (ms).</summary>
    public WindowStatistics Window(long openTime, long closeTime)
    {
        lock (_gate)
        {
            var from = LowerBound(_minutes, openTime, static candle => candle.OpenTime);
            var previousClose = from > 0 ? _minutes[from - 1].Close : 0m;
            var lastQuantity = _trades.Count > 0 ? _trades[^1].Quantity.ToDecimal() : 0m;
            Candle? total = null;
            for (var i = from; i < _minutes.Count && _minutes[i].OpenTime <= closeTime; i++)
            {
                if (total is null)
                {
                    total = _minutes[i].CopyAt(openTime);
                }
                else
                {
                    total.Merge(_minutes[i]);
                }
            }

            if (total is null)
            {
                return new WindowStatistics(openTime, closeTime, 0m, 0m, 0m, 0m, 0m, 0m, -1, -1, 0, previousClose, lastQuantity);
            }

            // Binance's count is the span of trade ids (lastId - firstId + 1); synthetic history has no ids, so it
            // shapes prices and volumes but never the count.
            var count = total.FirstTradeId >= 0 ? total.LastTradeId - total.FirstTradeId + 1 : 0;
            return new WindowStatistics(
                openTime, closeTime, total.Open, total.High, total.Low, total.Close, total.Volume, total.QuoteVolume,
                total.FirstTradeId, total.LastTradeId, count, previousClose, lastQuantity);
        }
    }

    /// <summary>The last price (real trade or synthetic history), or null when the symbol has none.</summary>
    public decimal? LastPrice
    {
        get
        {
            lock (_gate)
            {
                return _minutes.Count > 0 ? _minutes[^1].Close : null;
            }
        }
    }

    private static void WriteCandles(BinaryWriter writer, List<Candle> candles)
    {
        writer.Write(candles.Count);
        foreach (var candle in candles)
        {
            writer.Write(candle.OpenTime);
            writer.Write(candle.Open);
            writer.Write(candle.High);
            writer.Write(candle.Low);
            writer.Write(candle.Close);
            writer.Write(candle.Volume);
            writer.Write(candle.QuoteVolume);
            writer.Write(candle.TakerBuyVolume);
            writer.Write(candle.TakerBuyQuoteVolume);
            writer.Write(candle.Count);
            writer.Write(candle.FirstTradeId);
            writer.Write(candle.LastTradeId);
        }
    }

    private static void ReadCandles(BinaryReader reader, List<Candle> candles)
    {
        candles.Clear();
        for (var count = reader.ReadInt32(); candles.Count < count;)
        {
            candles.Add(new Candle(reader.ReadInt64(), reader.ReadDecimal())
            {
                High = reader.ReadDecimal(),
                Low = reader.ReadDecimal(),
                Close = reader.ReadDecimal(),
                Volume = reader.ReadDecimal(),
                QuoteVolume = reader.ReadDecimal(),
                TakerBuyVolume = reader.ReadDecimal(),
                TakerBuyQuoteVolume = reader.ReadDecimal(),
                Count = reader.ReadInt64(),
                FirstTradeId = reader.ReadInt64(),
                LastTradeId = reader.ReadInt64(),
            });
        }
    }

    private static void AddToCandles(List<Candle> candles, long openTime, long tradeId, decimal price, decimal quantity, decimal quote, bool takerBought)
    {
        if (candles.Count == 0 || candles[^1].OpenTime < openTime)
        {
            candles.Add(new Candle(openTime, price));
        }

        // Trades never go back in time, so the current bucket is the last one.
        candles[^1].Add(tradeId, price, quantity, quote, takerBought);
    }

    private void Trim(long nowMs)
    {
        TrimCount(_trades, _limits.TradesPerSymbol);
        TrimCount(_aggregates, _limits.TradesPerSymbol);
        TrimTime(_seconds, nowMs - (_limits.SecondKlineMinutes * MinuteMs));
        TrimTime(_minutes, nowMs - (_limits.MinuteKlineDays * 24 * 60 * MinuteMs));
    }

    // Trims in chunks (a quarter over the limit) so the copy is amortised.
    private static void TrimCount<T>(List<T> items, int limit)
    {
        if (items.Count > limit + (limit / 4))
        {
            items.RemoveRange(0, items.Count - limit);
        }
    }

    private static void TrimTime(List<Candle> candles, long oldest)
    {
        // Trims in chunks of at least 64 candles so the copy is amortised.
        var expired = LowerBound(candles, oldest, static candle => candle.OpenTime);
        if (expired > 64)
        {
            candles.RemoveRange(0, expired);
        }
    }

    private static int LowerBound<T>(List<T> items, long key, Func<T, long> keyOf)
    {
        int low = 0, high = items.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (keyOf(items[middle]) < key)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
