using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Spotnet.Engine.Core;

namespace Spotnet.Engine;

public sealed partial class MatchingEngine
{
    private const int SnapshotMagic = 0x454E5053; // "SPNE"
    // 3: orders write the fields still at their initial value only as a bit of a mask, and client-id entries name
    // their order only. 2 is still read (data folders written before 2026-12-07).
    // 4: the FIFO of closed history (see MatchingEngine.History) follows the accounts' history. 3 is still read (data
    // folders written before history spilling); its FIFO, when the engine keeps one, is rebuilt.
    private const int SnapshotVersion = 4;

    /// <summary>Serializes the whole state (not the configuration) to a canonical, versioned binary snapshot.</summary>
    public byte[] Snapshot()
    {
        using var stream = new MemoryStream();
        WriteSnapshot(stream);
        return stream.ToArray();
    }

    /// <summary>Writes the same bytes as <see cref="Snapshot"/> to a stream (a large state need not be one array).</summary>
    public void WriteSnapshot(Stream stream)
    {
        using var writer = new SnapshotWriter(stream);
        WriteState(writer);
    }

    /// <summary>SHA-256 of the canonical snapshot: equal hashes mean equal states.</summary>
    public byte[] StateHash() => SHA256.HashData(Snapshot());

    /// <summary>Restores an engine from <see cref="Snapshot"/> bytes taken with the same configuration.</summary>
    public static MatchingEngine Restore(ExchangeConfig config, byte[] snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var engine = new MatchingEngine(config);
        using var reader = new BinaryReader(new MemoryStream(snapshot), Encoding.UTF8);
        engine.ReadState(reader);
        return engine;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteState(SnapshotWriter w)
    {
        w.Write(SnapshotMagic);
        w.Write(SnapshotVersion);
        w.Write(_granted.Length);
        w.Write(_symbols.Length);
        w.Write(_nextOrderListId);
        w.Write(_nextExecutionId);
        w.Write(_epoch);
        for (var i = 0; i < _granted.Length; i++)
        {
            w.Write(_granted[i]);
            w.Write(_fees[i]);
            w.Write(_sorPosition[i]);
        }

        foreach (var s in _symbols)
        {
            w.Write((int)s.Status);
            w.Write(s.NextOrderId);
            w.Write(s.NextTradeId);
            w.Write(s.NextPreventedMatchId);
            w.Write(_nextAllocationId[s.Id]);
            w.Write(s.BookUpdateId);
            w.Write(s.LastPrice);
            w.Write(s.LastTradeTime);
            w.Write(s.ExternalReferencePrice);
            w.Write(s.ReferenceBuckets.Count);
            foreach (var (openTime, count, sum) in s.ReferenceBuckets)
            {
                w.Write(openTime);
                w.Write(count);
                WriteInt128(w, sum);
            }

            for (var i = 0; i < s.AveragePriceMinutes; i++)
            {
                w.Write(s.BucketMinute[i]);
                WriteInt128(w, s.BucketQuote[i]);
                w.Write(s.BucketQuantity[i]);
            }
        }

        w.Write(_accounts.Count);
        foreach (var a in _accounts)
        {
            w.Write(a.TradeGroupId);
            w.Write(a.IsSystem);
            w.Write(a.DiscountEnabled);
            for (var i = 0; i < a.AssetCount; i++)
            {
                w.Write(a.Free(i));
                w.Write(a.Locked(i));
            }

            var commissions = a.Commission.OrderBy(c => c.Key).ToArray();
            w.Write(commissions.Length);
            foreach (var (symbolId, rates) in commissions)
            {
                w.Write(symbolId);
                WriteRates(w, rates.Standard);
                WriteRates(w, rates.Tax);
                WriteRates(w, rates.Special);
            }
        }

        // Every order by symbol, then id (symbols are in id order).
        w.Write(_symbols.Sum(s => s.Orders.Count));
        foreach (var s in _symbols)
        {
            foreach (var o in BySymbolAndId(s.Orders.CopyTo(CanonicalScratch(s.Orders.Count))))
            {
                WriteOrder(w, o);
            }
        }

        // Queue order of every book level and of the stop lists.
        foreach (var s in _symbols)
        {
            foreach (var side in new[] { s.Bids, s.Asks })
            {
                w.Write(side.Count);
                for (var rank = 0; rank < side.Count; rank++)
                {
                    var level = side.LevelFromBest(rank);
                    w.Write(level.Price);
                    w.Write(level.Count);
                    for (var o = level.Head; o is not null; o = o.Next)
                    {
                        w.Write(o.OrderId);
                    }
                }
            }

            w.Write(s.Stops.Count);
            foreach (var stop in s.Stops)
            {
                w.Write(stop.Order.OrderId);
            }
        }

        var lists = _lists.Values.OrderBy(l => l.OrderListId).ToArray();
        w.Write(lists.Length);
        foreach (var l in lists)
        {
            w.Write(l.OrderListId);
            w.Write(l.SymbolId);
            w.Write(l.AccountId);
            w.Write((int)l.Kind);
            w.Write(l.ListClientOrderId);
            w.Write((int)l.Status);
            w.Write((int)l.StatusType);
            w.Write(l.TransactionTime);
            w.Write(l.Orders.Count);
            foreach (var o in l.Orders)
            {
                w.Write(o.OrderId);
            }
        }

        foreach (var a in _accounts)
        {
            w.Write(a.Orders.Count);
            foreach (var o in a.Orders)
            {
                w.Write(o.SymbolId);
                w.Write(o.OrderId);
            }

            // Each order is filed under its own client id, so the entry names the order only. Read back in any order
            // (version 2 listed them by client id, with the id).
            var clientIds = BySymbolAndId(a.ByClientId.CopyTo(CanonicalScratch(a.ByClientId.Count)));
            w.Write(clientIds.Length);
            foreach (var o in clientIds)
            {
                w.Write(o.SymbolId);
                w.Write(o.OrderId);
            }

            w.Write(a.Lists.Count);
            foreach (var l in a.Lists)
            {
                w.Write(l.OrderListId);
            }

            w.Write(a.Trades.Count);
            foreach (var t in a.Trades)
            {
                w.Write(t.SymbolId);
                w.Write(t.TradeId);
                w.Write(t.OrderId);
                w.Write(t.OrderListId);
                w.Write(t.Price.Units);
                w.Write(t.Quantity.Units);
                w.Write(t.QuoteQuantity.Units);
                w.Write(t.Commission.Units);
                w.Write(t.CommissionAsset);
                w.Write(t.Time);
                w.Write(t.IsBuyer);
                w.Write(t.IsMaker);
            }

            w.Write(a.Allocations.Count);
            foreach (var l in a.Allocations)
            {
                w.Write(l.SymbolId);
                w.Write(l.AllocationId);
                w.Write(l.OrderId);
                w.Write(l.OrderListId);
                w.Write(l.Price.Units);
                w.Write(l.Quantity.Units);
                w.Write(l.QuoteQuantity.Units);
                w.Write(l.Commission.Units);
                w.Write(l.CommissionAsset);
                w.Write(l.Time);
                w.Write(l.IsBuyer);
            }

            w.Write(a.PreventedMatches.Count);
            foreach (var p in a.PreventedMatches)
            {
                w.Write(p.SymbolId);
                w.Write(p.PreventedMatchId);
                w.Write(p.TakerOrderId);
                w.Write(p.MakerOrderId);
                w.Write(p.TakerAccountId);
                w.Write(p.MakerAccountId);
                w.Write(p.TradeGroupId);
                w.Write((int)p.Mode);
                w.Write(p.Price.Units);
                w.Write(p.TakerPreventedQuantity.Units);
                w.Write(p.MakerPreventedQuantity.Units);
                w.Write(p.TransactTime);
            }

            w.Write(a.Amendments.Count);
            foreach (var m in a.Amendments)
            {
                w.Write(m.SymbolId);
                w.Write(m.OrderId);
                w.Write(m.ExecutionId);
                w.Write(m.OriginalClientOrderId);
                w.Write(m.NewClientOrderId);
                w.Write(m.OriginalQuantity.Units);
                w.Write(m.NewQuantity.Units);
                w.Write(m.Time);
            }
        }

        WriteHistory(w);

        // The scratch must not keep orders alive (or hand recycled ones to the next snapshot).
        Array.Clear(_canonicalOrders);
    }

    // Orders in a canonical order (an index's table order depends on its history of insertions), sorted on integer
    // keys. The arrays are kept between snapshots: for a large state they would otherwise be new garbage on the large
    // object heap each time, and collecting it would lengthen the pause the snapshot already makes.
    private UInt128[] _canonicalKeys = [];
    private Order[] _canonicalOrders = [];

    private Order[] CanonicalScratch(int count)
    {
        if (_canonicalOrders.Length < count)
        {
            _canonicalOrders = new Order[Math.Max(count, _canonicalOrders.Length * 2)];
            _canonicalKeys = new UInt128[_canonicalOrders.Length];
        }

        return _canonicalOrders;
    }

    private ReadOnlySpan<Order> BySymbolAndId(int count)
    {
        var orders = _canonicalOrders.AsSpan(0, count);
        var keys = _canonicalKeys.AsSpan(0, count);
        for (var i = 0; i < orders.Length; i++)
        {
            keys[i] = ((UInt128)(uint)orders[i].SymbolId << 64) | (ulong)orders[i].OrderId;
        }

        keys.Sort(orders);
        return orders;
    }

    private static void WriteInt128(SnapshotWriter w, Int128 value)
    {
        w.Write((ulong)(value >> 64));
        w.Write((ulong)value);
    }

    private static Int128 ReadInt128(BinaryReader r)
    {
        var high = r.ReadUInt64();
        var low = r.ReadUInt64();
        return (Int128)(((UInt128)high << 64) | low);
    }

    private static void WriteRates(SnapshotWriter w, CommissionRates rates)
    {
        w.Write(rates.Maker);
        w.Write(rates.Taker);
        w.Write(rates.Buyer);
        w.Write(rates.Seller);
    }

    private static CommissionRates ReadRates(BinaryReader r) => new(r.ReadInt64(), r.ReadInt64(), r.ReadInt64(), r.ReadInt64());

    private static void WriteNullable(SnapshotWriter w, long? value)
    {
        w.Write(value.HasValue);
        w.Write(value ?? 0);
    }

    private static long? ReadNullable(BinaryReader r)
    {
        var has = r.ReadBoolean();
        var value = r.ReadInt64();
        return has ? value : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteOrder(SnapshotWriter w, Order o)
    {
        var present = Present(o);
        w.Write((uint)present);
        w.Write(o.SymbolId);
        w.Write(o.AccountId);
        w.Write(o.OrderId);
        w.Write(o.ClientOrderId);
        w.Write(checked((byte)o.Side));
        w.Write(checked((byte)o.Type));
        w.Write(checked((byte)o.TimeInForce));
        w.Write(checked((byte)o.Status));
        w.Write(checked((byte)o.Stp));
        w.Write(checked((byte)o.ExpiryReason));
        w.Write(checked((byte)o.PegPriceType));
        w.Write(checked((byte)o.WorkingFloor));
        w.Write(o.Price);
        w.Write(o.Quantity);
        w.Write(o.Time);
        WriteIf(w, present, OrderFields.OrderListId, o.OrderListId);
        WriteIf(w, present, OrderFields.QuoteOrderQuantity, o.QuoteOrderQuantity);
        WriteIf(w, present, OrderFields.StopPrice, o.StopPrice);
        WriteIf(w, present, OrderFields.IcebergQuantity, o.IcebergQuantity);
        WriteIf(w, present, OrderFields.TrailingDelta, o.TrailingDelta);
        WriteIf(w, present, OrderFields.TrailingTime, o.TrailingTime);
        WriteIf(w, present, OrderFields.TrailingExtreme, o.TrailingExtreme);
        WriteIf(w, present, OrderFields.Executed, o.Executed);
        WriteIf(w, present, OrderFields.CumulativeQuote, o.CumulativeQuote);
        WriteIf(w, present, OrderFields.Prevented, o.Prevented);
        WriteIf(w, present, OrderFields.PreventedQuote, o.PreventedQuote);
        WriteIf(w, present, OrderFields.ReceivedCommission, o.ReceivedCommission);
        WriteIf(w, present, OrderFields.PreventedMatchId, o.PreventedMatchId);
        WriteIf(w, present, OrderFields.UpdateTime, o.UpdateTime);
        WriteIf(w, present, OrderFields.WorkingTime, o.WorkingTime);
        WriteIf(w, present, OrderFields.StrategyId, o.StrategyId ?? 0);
        WriteIf(w, present, OrderFields.StrategyType, o.StrategyType ?? 0);
        WriteIf(w, present, OrderFields.PegOffsetLevels, o.PegOffsetLevels ?? 0);
        WriteIf(w, present, OrderFields.PeggedPrice, o.PeggedPrice);
        WriteIf(w, present, OrderFields.AmendCount, o.AmendCount);
        WriteIf(w, present, OrderFields.Visible, o.Visible);
        WriteIf(w, present, OrderFields.Locked, o.Locked);
        WriteIf(w, present, OrderFields.LockedAsset, o.LockedAsset);
    }

    // Which of an order's fields differ from the value a new order starts with (times: from its creation time); the
    // flags are the value itself.
    private static OrderFields Present(Order o)
    {
        var present = OrderFields.None;
        void Set(OrderFields field, bool differs)
        {
            if (differs)
            {
                present |= field;
            }
        }

        Set(OrderFields.OrderListId, o.OrderListId != -1);
        Set(OrderFields.QuoteOrderQuantity, o.QuoteOrderQuantity != 0);
        Set(OrderFields.StopPrice, o.StopPrice != 0);
        Set(OrderFields.IcebergQuantity, o.IcebergQuantity != 0);
        Set(OrderFields.TrailingDelta, o.TrailingDelta != 0);
        Set(OrderFields.TrailingTime, o.TrailingTime != -1);
        Set(OrderFields.TrailingExtreme, o.TrailingExtreme != 0);
        Set(OrderFields.Executed, o.Executed != 0);
        Set(OrderFields.CumulativeQuote, o.CumulativeQuote != 0);
        Set(OrderFields.Prevented, o.Prevented != 0);
        Set(OrderFields.PreventedQuote, o.PreventedQuote != 0);
        Set(OrderFields.ReceivedCommission, o.ReceivedCommission != 0);
        Set(OrderFields.PreventedMatchId, o.PreventedMatchId != -1);
        Set(OrderFields.UpdateTime, o.UpdateTime != o.Time);
        Set(OrderFields.WorkingTime, o.WorkingTime != o.Time);
        Set(OrderFields.StrategyId, o.StrategyId is not null);
        Set(OrderFields.StrategyType, o.StrategyType is not null);
        Set(OrderFields.PegOffsetLevels, o.PegOffsetLevels is not null);
        Set(OrderFields.PeggedPrice, o.PeggedPrice != 0);
        Set(OrderFields.AmendCount, o.AmendCount != 0);
        Set(OrderFields.Visible, o.Visible != 0);
        Set(OrderFields.Locked, o.Locked != 0);
        Set(OrderFields.LockedAsset, o.LockedAsset != 0);
        Set(OrderFields.IsUntriggered, o.IsUntriggered);
        Set(OrderFields.IsQuoteOrder, o.IsQuoteOrder);
        Set(OrderFields.Retained, o.Retained);
        Set(OrderFields.UsedSor, o.UsedSor);
        return present;
    }

    private static void WriteIf(SnapshotWriter w, OrderFields present, OrderFields field, long value)
    {
        if ((present & field) != 0)
        {
            w.Write(value);
        }
    }

    private static long ReadIf(BinaryReader r, OrderFields present, OrderFields field, long otherwise) =>
        (present & field) != 0 ? r.ReadInt64() : otherwise;

    private static Order ReadOrder(BinaryReader r, int version)
    {
        if (version < 3)
        {
            return ReadOrderVersion2(r);
        }

        var present = (OrderFields)r.ReadUInt32();
        var o = new Order
        {
            SymbolId = r.ReadInt32(),
            AccountId = r.ReadInt32(),
            OrderId = r.ReadInt64(),
            ClientOrderId = r.ReadString(),
            Side = (OrderSide)r.ReadByte(),
            Type = (OrderType)r.ReadByte(),
            TimeInForce = (TimeInForce)r.ReadByte(),
            Status = (OrderStatus)r.ReadByte(),
            Stp = (SelfTradePreventionMode)r.ReadByte(),
            ExpiryReason = (ExpiryReason)r.ReadByte(),
            PegPriceType = (PegPriceType)r.ReadByte(),
            WorkingFloor = (WorkingFloor)r.ReadByte(),
            Price = r.ReadInt64(),
            Quantity = r.ReadInt64(),
            Time = r.ReadInt64(),
            IsUntriggered = (present & OrderFields.IsUntriggered) != 0,
            IsQuoteOrder = (present & OrderFields.IsQuoteOrder) != 0,
            Retained = (present & OrderFields.Retained) != 0,
            UsedSor = (present & OrderFields.UsedSor) != 0,
        };
        o.OrderListId = ReadIf(r, present, OrderFields.OrderListId, -1);
        o.QuoteOrderQuantity = ReadIf(r, present, OrderFields.QuoteOrderQuantity, 0);
        o.StopPrice = ReadIf(r, present, OrderFields.StopPrice, 0);
        o.IcebergQuantity = ReadIf(r, present, OrderFields.IcebergQuantity, 0);
        o.TrailingDelta = ReadIf(r, present, OrderFields.TrailingDelta, 0);
        o.TrailingTime = ReadIf(r, present, OrderFields.TrailingTime, -1);
        o.TrailingExtreme = ReadIf(r, present, OrderFields.TrailingExtreme, 0);
        o.Executed = ReadIf(r, present, OrderFields.Executed, 0);
        o.CumulativeQuote = ReadIf(r, present, OrderFields.CumulativeQuote, 0);
        o.Prevented = ReadIf(r, present, OrderFields.Prevented, 0);
        o.PreventedQuote = ReadIf(r, present, OrderFields.PreventedQuote, 0);
        o.ReceivedCommission = ReadIf(r, present, OrderFields.ReceivedCommission, 0);
        o.PreventedMatchId = ReadIf(r, present, OrderFields.PreventedMatchId, -1);
        o.UpdateTime = ReadIf(r, present, OrderFields.UpdateTime, o.Time);
        o.WorkingTime = ReadIf(r, present, OrderFields.WorkingTime, o.Time);
        o.StrategyId = (present & OrderFields.StrategyId) != 0 ? r.ReadInt64() : null;
        o.StrategyType = (present & OrderFields.StrategyType) != 0 ? checked((int)r.ReadInt64()) : null;
        o.PegOffsetLevels = (present & OrderFields.PegOffsetLevels) != 0 ? checked((int)r.ReadInt64()) : null;
        o.PeggedPrice = ReadIf(r, present, OrderFields.PeggedPrice, 0);
        o.AmendCount = checked((int)ReadIf(r, present, OrderFields.AmendCount, 0));
        o.Visible = ReadIf(r, present, OrderFields.Visible, 0);
        o.Locked = ReadIf(r, present, OrderFields.Locked, 0);
        o.LockedAsset = checked((int)ReadIf(r, present, OrderFields.LockedAsset, 0));
        return o;
    }

    [Flags]
    private enum OrderFields : uint
    {
        None = 0,
        OrderListId = 1 << 0,
        QuoteOrderQuantity = 1 << 1,
        StopPrice = 1 << 2,
        IcebergQuantity = 1 << 3,
        TrailingDelta = 1 << 4,
        TrailingTime = 1 << 5,
        TrailingExtreme = 1 << 6,
        Executed = 1 << 7,
        CumulativeQuote = 1 << 8,
        Prevented = 1 << 9,
        PreventedQuote = 1 << 10,
        ReceivedCommission = 1 << 11,
        PreventedMatchId = 1 << 12,
        UpdateTime = 1 << 13,
        WorkingTime = 1 << 14,
        StrategyId = 1 << 15,
        StrategyType = 1 << 16,
        PegOffsetLevels = 1 << 17,
        PeggedPrice = 1 << 18,
        AmendCount = 1 << 19,
        Visible = 1 << 20,
        Locked = 1 << 21,
        LockedAsset = 1 << 22,
        IsUntriggered = 1 << 23,
        IsQuoteOrder = 1 << 24,
        Retained = 1 << 25,
        UsedSor = 1 << 26,
    }

    private static Order ReadOrderVersion2(BinaryReader r) => new()
    {
        SymbolId = r.ReadInt32(),
        AccountId = r.ReadInt32(),
        OrderId = r.ReadInt64(),
        OrderListId = r.ReadInt64(),
        ClientOrderId = r.ReadString(),
        Side = (OrderSide)r.ReadInt32(),
        Type = (OrderType)r.ReadInt32(),
        TimeInForce = (TimeInForce)r.ReadInt32(),
        Price = r.ReadInt64(),
        Quantity = r.ReadInt64(),
        QuoteOrderQuantity = r.ReadInt64(),
        StopPrice = r.ReadInt64(),
        IcebergQuantity = r.ReadInt64(),
        TrailingDelta = r.ReadInt64(),
        TrailingTime = r.ReadInt64(),
        TrailingExtreme = r.ReadInt64(),
        Status = (OrderStatus)r.ReadInt32(),
        Executed = r.ReadInt64(),
        CumulativeQuote = r.ReadInt64(),
        Prevented = r.ReadInt64(),
        PreventedQuote = r.ReadInt64(),
        ReceivedCommission = r.ReadInt64(),
        PreventedMatchId = r.ReadInt64(),
        Stp = (SelfTradePreventionMode)r.ReadInt32(),
        ExpiryReason = (ExpiryReason)r.ReadInt32(),
        Time = r.ReadInt64(),
        UpdateTime = r.ReadInt64(),
        WorkingTime = r.ReadInt64(),
        StrategyId = ReadNullable(r),
        StrategyType = (int?)ReadNullable(r),
        PegPriceType = (PegPriceType)r.ReadInt32(),
        PegOffsetLevels = (int?)ReadNullable(r),
        PeggedPrice = r.ReadInt64(),
        AmendCount = r.ReadInt32(),
        IsUntriggered = r.ReadBoolean(),
        IsQuoteOrder = r.ReadBoolean(),
        Retained = r.ReadBoolean(),
        Visible = r.ReadInt64(),
        Locked = r.ReadInt64(),
        LockedAsset = r.ReadInt32(),
        UsedSor = r.ReadBoolean(),
        WorkingFloor = (WorkingFloor)r.ReadInt32(),
    };

    private void ReadState(BinaryReader r)
    {
        var version = r.ReadInt32() == SnapshotMagic ? r.ReadInt32() : -1;
        if (version is not (2 or 3 or SnapshotVersion))
        {
            throw new InvalidDataException("Not a Spotnet engine snapshot of a supported version.");
        }

        // Assets and symbols added to the configuration after the snapshot come after the ones it holds (ids are
        // positions), and start empty. Fewer than it holds cannot be: the ones dropped may hold state.
        var assetCount = r.ReadInt32();
        var symbolCount = r.ReadInt32();
        if (assetCount < 0 || assetCount > _granted.Length || symbolCount < 0 || symbolCount > _symbols.Length)
        {
            throw new InvalidDataException(
                $"The snapshot holds {assetCount} assets and {symbolCount} symbols; the configuration has {_granted.Length} and {_symbols.Length}.");
        }

        var symbols = _symbols.AsSpan(0, symbolCount);
        _nextOrderListId = r.ReadInt64();
        _nextExecutionId = r.ReadInt64();
        _epoch = r.ReadInt64();
        for (var i = 0; i < assetCount; i++)
        {
            _granted[i] = r.ReadInt64();
            _fees[i] = r.ReadInt64();
            _sorPosition[i] = r.ReadInt64();
        }

        foreach (var s in symbols)
        {
            s.Status = (SymbolStatus)r.ReadInt32();
            s.NextOrderId = r.ReadInt64();
            s.NextTradeId = r.ReadInt64();
            s.NextPreventedMatchId = r.ReadInt64();
            _nextAllocationId[s.Id] = r.ReadInt64();
            s.BookUpdateId = r.ReadInt64();
            s.LastPrice = r.ReadInt64();
            s.LastTradeTime = r.ReadInt64();
            s.ExternalReferencePrice = r.ReadInt64();
            var buckets = r.ReadInt32();
            for (var i = 0; i < buckets; i++)
            {
                s.ReferenceBuckets.Add((r.ReadInt64(), r.ReadInt64(), ReadInt128(r)));
            }

            for (var i = 0; i < s.AveragePriceMinutes; i++)
            {
                s.BucketMinute[i] = r.ReadInt64();
                s.BucketQuote[i] = ReadInt128(r);
                s.BucketQuantity[i] = r.ReadInt64();
            }
        }

        var accountCount = r.ReadInt32();
        for (var n = 0; n < accountCount; n++)
        {
            var a = new Account(n, _granted.Length, _symbols.Length) { TradeGroupId = r.ReadInt64(), IsSystem = r.ReadBoolean(), DiscountEnabled = r.ReadBoolean() };
            for (var i = 0; i < assetCount; i++)
            {
                a.Free(i) = r.ReadInt64();
                a.Locked(i) = r.ReadInt64();
            }

            var commissions = r.ReadInt32();
            for (var i = 0; i < commissions; i++)
            {
                var symbolId = r.ReadInt32();
                a.Commission[symbolId] = new SymbolCommission(ReadRates(r), ReadRates(r), ReadRates(r));
            }

            _accounts.Add(a);
        }

        var orderCount = r.ReadInt32();
        for (var i = 0; i < orderCount; i++)
        {
            var o = ReadOrder(r, version);
            _symbols[o.SymbolId].Orders.Set(o.OrderId, o);
            if (o.IsOpen)
            {
                var account = _accounts[o.AccountId];
                account.AddOpen(o);
                Count(account, o, 1);
            }
        }

        foreach (var s in symbols)
        {
            foreach (var side in new[] { s.Bids, s.Asks })
            {
                var levels = r.ReadInt32();
                for (var l = 0; l < levels; l++)
                {
                    var level = side.GetOrAdd(r.ReadInt64());
                    var count = r.ReadInt32();
                    for (var k = 0; k < count; k++)
                    {
                        var o = s.Orders[r.ReadInt64()];
                        level.Append(o);
                        side.TotalQuantity += o.Visible;
                    }
                }
            }

            var stops = r.ReadInt32();
            for (var k = 0; k < stops; k++)
            {
                s.AddStop(s.Orders[r.ReadInt64()]);
            }
        }

        var listCount = r.ReadInt32();
        for (var i = 0; i < listCount; i++)
        {
            var list = new OrderList
            {
                OrderListId = r.ReadInt64(),
                SymbolId = r.ReadInt32(),
                AccountId = r.ReadInt32(),
                Kind = (OrderListKind)r.ReadInt32(),
                ListClientOrderId = r.ReadString(),
                Status = (ListOrderStatus)r.ReadInt32(),
                StatusType = (ListStatusType)r.ReadInt32(),
                TransactionTime = r.ReadInt64(),
            };
            var legs = r.ReadInt32();
            for (var k = 0; k < legs; k++)
            {
                var leg = _symbols[list.SymbolId].Orders[r.ReadInt64()];
                leg.List = list;
                list.Orders.Add(leg);
            }

            _lists[list.OrderListId] = list;
            if (list.IsOpen)
            {
                _accounts[list.AccountId].OpenLists[list.SymbolId]++;
                _accounts[list.AccountId].TotalOpenLists++;
            }
        }

        foreach (var a in _accounts)
        {
            var history = r.ReadInt32();
            for (var i = 0; i < history; i++)
            {
                var symbolId = r.ReadInt32();
                a.Orders.Add(_symbols[symbolId].Orders[r.ReadInt64()]);
            }

            var clientIds = r.ReadInt32();
            for (var i = 0; i < clientIds; i++)
            {
                var symbolId = r.ReadInt32();
                var clientOrderId = version < 3 ? r.ReadString() : null;
                var filed = _symbols[symbolId].Orders[r.ReadInt64()];
                if (clientOrderId is not null && filed.ClientOrderId != clientOrderId)
                {
                    // The index files every order under its own client id; a snapshot saying otherwise is damaged.
                    throw new InvalidDataException("A client order id entry does not match its order.");
                }

                a.ByClientId.Set(filed, ClientOrderIndex.Hash(symbolId, filed.ClientOrderId));
            }

            var lists = r.ReadInt32();
            for (var i = 0; i < lists; i++)
            {
                var list = _lists[r.ReadInt64()];
                a.Lists.Add(list);
                a.ListsByClientId[(list.SymbolId, list.ListClientOrderId)] = list;
            }

            var trades = r.ReadInt32();
            for (var i = 0; i < trades; i++)
            {
                a.Trades.Add(new AccountTrade
                {
                    SymbolId = r.ReadInt32(),
                    TradeId = r.ReadInt64(),
                    OrderId = r.ReadInt64(),
                    OrderListId = r.ReadInt64(),
                    Price = new Price(r.ReadInt64()),
                    Quantity = new Quantity(r.ReadInt64()),
                    QuoteQuantity = new Quantity(r.ReadInt64()),
                    Commission = new Quantity(r.ReadInt64()),
                    CommissionAsset = r.ReadInt32(),
                    Time = r.ReadInt64(),
                    IsBuyer = r.ReadBoolean(),
                    IsMaker = r.ReadBoolean(),
                });
            }

            var allocations = r.ReadInt32();
            for (var i = 0; i < allocations; i++)
            {
                a.Allocations.Add(new Allocation
                {
                    SymbolId = r.ReadInt32(),
                    AllocationId = r.ReadInt64(),
                    OrderId = r.ReadInt64(),
                    OrderListId = r.ReadInt64(),
                    Price = new Price(r.ReadInt64()),
                    Quantity = new Quantity(r.ReadInt64()),
                    QuoteQuantity = new Quantity(r.ReadInt64()),
                    Commission = new Quantity(r.ReadInt64()),
                    CommissionAsset = r.ReadInt32(),
                    Time = r.ReadInt64(),
                    IsBuyer = r.ReadBoolean(),
                });
            }

            var prevented = r.ReadInt32();
            for (var i = 0; i < prevented; i++)
            {
                a.PreventedMatches.Add(new PreventedMatch
                {
                    SymbolId = r.ReadInt32(),
                    PreventedMatchId = r.ReadInt64(),
                    TakerOrderId = r.ReadInt64(),
                    MakerOrderId = r.ReadInt64(),
                    TakerAccountId = r.ReadInt32(),
                    MakerAccountId = r.ReadInt32(),
                    TradeGroupId = r.ReadInt64(),
                    Mode = (SelfTradePreventionMode)r.ReadInt32(),
                    Price = new Price(r.ReadInt64()),
                    TakerPreventedQuantity = new Quantity(r.ReadInt64()),
                    MakerPreventedQuantity = new Quantity(r.ReadInt64()),
                    TransactTime = r.ReadInt64(),
                });
            }

            var amendments = r.ReadInt32();
            for (var i = 0; i < amendments; i++)
            {
                a.Amendments.Add(new Amendment
                {
                    SymbolId = r.ReadInt32(),
                    OrderId = r.ReadInt64(),
                    ExecutionId = r.ReadInt64(),
                    OriginalClientOrderId = r.ReadString(),
                    NewClientOrderId = r.ReadString(),
                    OriginalQuantity = new Quantity(r.ReadInt64()),
                    NewQuantity = new Quantity(r.ReadInt64()),
                    Time = r.ReadInt64(),
                });
            }
        }

        ReadHistory(r, version);
    }

    /// <summary>
    /// Checks every invariant: conservation per asset (free + locked + fees + SOR allocator position = granted, the
    /// allocator's position summing to zero over all assets), locked = sum of open
    /// reservations, no negative balance, consistent book totals and no crossed book. Returns the violations (empty = sound).
    /// </summary>
    /// <remarks>Also recounts the open order, algo, iceberg and order-list counters the count filters read, and checks that every executing list has an open order.</remarks>
    public IReadOnlyList<string> CheckInvariants()
    {
        var errors = new List<string>();
        var assets = _granted.Length;
        for (var asset = 0; asset < assets; asset++)
        {
            Int128 total = _fees[asset] + _sorPosition[asset];
            foreach (var a in _accounts)
            {
                total += a.Free(asset) + a.Locked(asset);
                if (a.Free(asset) < 0 || a.Locked(asset) < 0)
                {
                    errors.Add($"Account {a.Id} asset {asset}: negative balance free={a.Free(asset)} locked={a.Locked(asset)}.");
                }
            }

            if (total != _granted[asset])
            {
                errors.Add($"Asset {asset}: free + locked + fees = {total}, granted = {_granted[asset]}.");
            }
        }

        if (_sorPosition.Sum() != 0)
        {
            errors.Add($"SOR allocator position sums to {_sorPosition.Sum()}, not zero.");
        }

        foreach (var a in _accounts)
        {
            var reserved = new long[assets];
            var counts = new int[_symbols.Length];
            foreach (var o in a.Open)
            {
                if (o.Locked < 0)
                {
                    errors.Add($"Order {o.SymbolId}/{o.OrderId}: negative reservation {o.Locked}.");
                }

                reserved[o.LockedAsset] += o.Locked;
                counts[o.SymbolId]++;
                if (!o.IsOpen)
                {
                    errors.Add($"Order {o.SymbolId}/{o.OrderId}: in the open set with status {o.Status}.");
                }
            }

            for (var asset = 0; asset < assets; asset++)
            {
                if (reserved[asset] != a.Locked(asset))
                {
                    errors.Add($"Account {a.Id} asset {asset}: locked {a.Locked(asset)} != open reservations {reserved[asset]}.");
                }
            }

            for (var s = 0; s < _symbols.Length; s++)
            {
                if (counts[s] != a.OpenOrders[s])
                {
                    errors.Add($"Account {a.Id} symbol {s}: open order count {a.OpenOrders[s]} != {counts[s]}.");
                }
            }
        }

        CheckOpenCounts(errors);
        CheckHistory(errors);

        foreach (var s in _symbols)
        {
            CheckSide(s, s.Bids, OrderSide.Buy, errors);
            CheckSide(s, s.Asks, OrderSide.Sell, errors);
            if (s.Bids.Best is { } bid && s.Asks.Best is { } ask && bid.Price >= ask.Price)
            {
                errors.Add($"Symbol {s.Id}: crossed book, bid {bid.Price} >= ask {ask.Price}.");
            }
        }

        return errors;
    }

    /// <summary>Recounts the open algo, iceberg and order-list counters and the totals from the open orders and lists.</summary>
    private void CheckOpenCounts(List<string> errors)
    {
        var recounts = new Account[_accounts.Count];
        for (var i = 0; i < recounts.Length; i++)
        {
            recounts[i] = new Account(i, 0, _symbols.Length);
        }

        foreach (var list in _lists.Values)
        {
            if (list.IsOpen)
            {
                recounts[list.AccountId].OpenLists[list.SymbolId]++;
                recounts[list.AccountId].TotalOpenLists++;
                if (!list.Orders.Any(o => o.IsOpen))
                {
                    errors.Add($"Order list {list.OrderListId}: executing without an open order.");
                }
            }
        }

        foreach (var a in _accounts)
        {
            foreach (var o in a.Open)
            {
                Count(recounts[a.Id], o, 1);
            }

            CompareOpenCounts(a, recounts[a.Id], errors);
        }
    }

    /// <summary>Adds a violation for every open algo, iceberg and order-list counter of <paramref name="account"/> that differs from <paramref name="recount"/>.</summary>
    internal static void CompareOpenCounts(Account account, Account recount, List<string> errors)
    {
        // Open orders per symbol are compared where the reservations are summed.
        for (var s = 0; s < account.OpenOrders.Length; s++)
        {
            Compare("open algo order", s, account.OpenAlgoOrders[s], recount.OpenAlgoOrders[s]);
            Compare("open iceberg order", s, account.OpenIcebergOrders[s], recount.OpenIcebergOrders[s]);
            Compare("open order list", s, account.OpenLists[s], recount.OpenLists[s]);
        }

        Compare("total open order", -1, account.TotalOpenOrders, recount.TotalOpenOrders);
        Compare("total open algo order", -1, account.TotalOpenAlgoOrders, recount.TotalOpenAlgoOrders);
        Compare("total open iceberg order", -1, account.TotalOpenIcebergOrders, recount.TotalOpenIcebergOrders);
        Compare("total open order list", -1, account.TotalOpenLists, recount.TotalOpenLists);

        void Compare(string what, int symbol, int counted, int actual)
        {
            if (counted != actual)
            {
                var where = symbol < 0 ? "" : $" symbol {symbol}";
                errors.Add($"Account {account.Id}{where}: {what} count {counted} != {actual}.");
            }
        }
    }

    private static void CheckSide(SymbolState symbol, BookSide side, OrderSide orderSide, List<string> errors)
    {
        long sideTotal = 0;
        long previous = 0;
        for (var rank = 0; rank < side.Count; rank++)
        {
            var level = side.LevelFromBest(rank);
            if (rank > 0 && !side.IsBetter(previous, level.Price))
            {
                errors.Add($"Symbol {symbol.Id}: levels out of order at {level.Price}.");
            }

            previous = level.Price;
            long total = 0;
            var count = 0;
            for (var o = level.Head; o is not null; o = o.Next)
            {
                total += o.Visible;
                count++;
                if (o.Visible <= 0 || o.Visible > o.Remaining || o.Side != orderSide || !o.IsOpen || o.Level != level)
                {
                    errors.Add($"Symbol {symbol.Id}: bad book order {o.OrderId} (visible {o.Visible}, remaining {o.Remaining}, status {o.Status}).");
                }
            }

            if (total != level.Total || count != level.Count || count == 0)
            {
                errors.Add($"Symbol {symbol.Id}: level {level.Price} total {level.Total}/{total}, count {level.Count}/{count}.");
            }

            sideTotal += total;
        }

        if (sideTotal != side.TotalQuantity)
        {
            errors.Add($"Symbol {symbol.Id} {orderSide}: side total {side.TotalQuantity} != {sideTotal}.");
        }
    }
}
