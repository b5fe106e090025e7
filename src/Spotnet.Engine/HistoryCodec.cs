namespace Spotnet.Engine;

/// <summary>
/// Writes and reads <see cref="SpilledHistory"/> items in a compact, versioned binary form, for whoever stores spilled
/// history on disk. Culture-independent; a body written by one version is read by every later one.
/// </summary>
/// <remarks>
/// Layout: a version byte, the kind byte, the common fields (account, symbol, id, flagged client id), then the fields
/// of the kind's payload only. Integers are little-endian (<see cref="BinaryWriter"/>), prices and quantities their
/// units, enums a byte, strings <see cref="BinaryWriter.Write(string)"/>, nullable values a 0/1 flag byte then the
/// value when present.
/// </remarks>
public static class HistoryCodec
{
    private const byte Version = 1;

    // A list has at most a handful of legs; a count past this is a damaged body, not a list to allocate for.
    private const int MaxListLegs = 1024;

    /// <summary>Writes one item.</summary>
    public static void Write(BinaryWriter writer, SpilledHistory item)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(item);
        writer.Write(Version);
        writer.Write((byte)item.Kind);
        writer.Write(item.AccountId);
        writer.Write(item.SymbolId);
        writer.Write(item.Id);
        WriteNullable(writer, item.ClientId);
        switch (item.Kind)
        {
            case HistoryKind.Order:
                WriteOrder(writer, item.Order);
                break;
            case HistoryKind.Trade:
                WriteTrade(writer, item.Trade);
                break;
            case HistoryKind.PreventedMatch:
                WritePreventedMatch(writer, item.PreventedMatch);
                break;
            case HistoryKind.Allocation:
                WriteAllocation(writer, item.Allocation);
                break;
            case HistoryKind.Amendment:
                WriteAmendment(writer, item.Amendment);
                break;
            case HistoryKind.OrderList:
                WriteList(writer, item.List ?? throw new ArgumentException("An order list item has no list.", nameof(item)));
                break;
            default:
                throw new ArgumentException($"Unknown history kind {item.Kind}.", nameof(item));
        }
    }

    /// <summary>Reads one item written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The body is damaged: an unknown version or kind, an enum or flag value
    /// no writer produces, a malformed string length.</exception>
    /// <exception cref="EndOfStreamException">The body is truncated.</exception>
    public static SpilledHistory Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        try
        {
            var version = reader.ReadByte();
            if (version != Version)
            {
                throw new InvalidDataException($"Unknown history item version {version}.");
            }

            var kind = (HistoryKind)reader.ReadByte();
            var accountId = reader.ReadInt32();
            var symbolId = reader.ReadInt32();
            var id = reader.ReadInt64();
            var clientId = ReadNullableString(reader);
            var item = new SpilledHistory { Kind = kind, AccountId = accountId, SymbolId = symbolId, Id = id, ClientId = clientId };
            return kind switch
            {
                HistoryKind.Order => item with { Order = ReadOrder(reader) },
                HistoryKind.Trade => item with { Trade = ReadTrade(reader) },
                HistoryKind.PreventedMatch => item with { PreventedMatch = ReadPreventedMatch(reader) },
                HistoryKind.Allocation => item with { Allocation = ReadAllocation(reader) },
                HistoryKind.Amendment => item with { Amendment = ReadAmendment(reader) },
                HistoryKind.OrderList => item with { List = ReadList(reader) },
                _ => throw new InvalidDataException($"Unknown history kind {(byte)kind}."),
            };
        }
        catch (FormatException e)
        {
            // BinaryReader.ReadString reports a malformed length prefix this way.
            throw new InvalidDataException("A damaged string in a history item.", e);
        }
    }

    private static void WriteOrder(BinaryWriter w, OrderState o)
    {
        w.Write(o.SymbolId);
        w.Write(o.AccountId);
        w.Write(o.OrderId);
        w.Write(o.OrderListId);
        WriteNullable(w, o.ClientOrderId);
        w.Write((byte)o.Side);
        w.Write((byte)o.Type);
        w.Write((byte)o.TimeInForce);
        w.Write(o.Price.Units);
        w.Write(o.OriginalQuantity.Units);
        w.Write(o.OriginalQuoteOrderQuantity.Units);
        w.Write(o.StopPrice.Units);
        w.Write(o.IcebergQuantity.Units);
        w.Write(o.TrailingDelta);
        w.Write(o.TrailingTime);
        w.Write((byte)o.Status);
        w.Write(o.ExecutedQuantity.Units);
        w.Write(o.CumulativeQuoteQuantity.Units);
        w.Write(o.PreventedQuantity.Units);
        w.Write(o.PreventedMatchId);
        w.Write((byte)o.SelfTradePreventionMode);
        w.Write((byte)o.ExpiryReason);
        w.Write(o.Time);
        w.Write(o.UpdateTime);
        w.Write(o.WorkingTime);
        w.Write(o.IsWorking);
        WriteNullable(w, o.StrategyId);
        WriteNullable(w, o.StrategyType);
        w.Write((byte)o.PegPriceType);
        WriteNullable(w, o.PegOffsetLevels);
        w.Write(o.PeggedPrice.Units);
        w.Write(o.UsedSor);
        w.Write((byte)o.WorkingFloor);
        w.Write(o.AmendCount);
        w.Write(o.IsUntriggered);
    }

    private static OrderState ReadOrder(BinaryReader r) => new()
    {
        SymbolId = r.ReadInt32(),
        AccountId = r.ReadInt32(),
        OrderId = r.ReadInt64(),
        OrderListId = r.ReadInt64(),
        ClientOrderId = ReadNullableString(r)!,
        Side = ReadEnum<OrderSide>(r),
        Type = ReadEnum<OrderType>(r),
        TimeInForce = ReadEnum<TimeInForce>(r),
        Price = new Price(r.ReadInt64()),
        OriginalQuantity = new Quantity(r.ReadInt64()),
        OriginalQuoteOrderQuantity = new Quantity(r.ReadInt64()),
        StopPrice = new Price(r.ReadInt64()),
        IcebergQuantity = new Quantity(r.ReadInt64()),
        TrailingDelta = r.ReadInt64(),
        TrailingTime = r.ReadInt64(),
        Status = ReadEnum<OrderStatus>(r),
        ExecutedQuantity = new Quantity(r.ReadInt64()),
        CumulativeQuoteQuantity = new Quantity(r.ReadInt64()),
        PreventedQuantity = new Quantity(r.ReadInt64()),
        PreventedMatchId = r.ReadInt64(),
        SelfTradePreventionMode = ReadEnum<SelfTradePreventionMode>(r),
        ExpiryReason = ReadEnum<ExpiryReason>(r),
        Time = r.ReadInt64(),
        UpdateTime = r.ReadInt64(),
        WorkingTime = r.ReadInt64(),
        IsWorking = ReadBool(r),
        StrategyId = ReadFlag(r) ? r.ReadInt64() : null,
        StrategyType = ReadFlag(r) ? r.ReadInt32() : null,
        PegPriceType = ReadEnum<PegPriceType>(r),
        PegOffsetLevels = ReadFlag(r) ? r.ReadInt32() : null,
        PeggedPrice = new Price(r.ReadInt64()),
        UsedSor = ReadBool(r),
        WorkingFloor = ReadEnum<WorkingFloor>(r),
        AmendCount = r.ReadInt32(),
        IsUntriggered = ReadBool(r),
    };

    private static void WriteTrade(BinaryWriter w, AccountTrade t)
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

    private static AccountTrade ReadTrade(BinaryReader r) => new()
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
        IsBuyer = ReadBool(r),
        IsMaker = ReadBool(r),
    };

    private static void WritePreventedMatch(BinaryWriter w, PreventedMatch p)
    {
        w.Write(p.SymbolId);
        w.Write(p.PreventedMatchId);
        w.Write(p.TakerOrderId);
        w.Write(p.MakerOrderId);
        w.Write(p.TakerAccountId);
        w.Write(p.MakerAccountId);
        w.Write(p.TradeGroupId);
        w.Write((byte)p.Mode);
        w.Write(p.Price.Units);
        w.Write(p.TakerPreventedQuantity.Units);
        w.Write(p.MakerPreventedQuantity.Units);
        w.Write(p.TransactTime);
    }

    private static PreventedMatch ReadPreventedMatch(BinaryReader r) => new()
    {
        SymbolId = r.ReadInt32(),
        PreventedMatchId = r.ReadInt64(),
        TakerOrderId = r.ReadInt64(),
        MakerOrderId = r.ReadInt64(),
        TakerAccountId = r.ReadInt32(),
        MakerAccountId = r.ReadInt32(),
        TradeGroupId = r.ReadInt64(),
        Mode = ReadEnum<SelfTradePreventionMode>(r),
        Price = new Price(r.ReadInt64()),
        TakerPreventedQuantity = new Quantity(r.ReadInt64()),
        MakerPreventedQuantity = new Quantity(r.ReadInt64()),
        TransactTime = r.ReadInt64(),
    };

    private static void WriteAllocation(BinaryWriter w, Allocation a)
    {
        w.Write(a.SymbolId);
        w.Write(a.AllocationId);
        w.Write(a.OrderId);
        w.Write(a.OrderListId);
        w.Write(a.Price.Units);
        w.Write(a.Quantity.Units);
        w.Write(a.QuoteQuantity.Units);
        w.Write(a.Commission.Units);
        w.Write(a.CommissionAsset);
        w.Write(a.Time);
        w.Write(a.IsBuyer);
    }

    private static Allocation ReadAllocation(BinaryReader r) => new()
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
        IsBuyer = ReadBool(r),
    };

    private static void WriteAmendment(BinaryWriter w, Amendment a)
    {
        w.Write(a.SymbolId);
        w.Write(a.OrderId);
        w.Write(a.ExecutionId);
        WriteNullable(w, a.OriginalClientOrderId);
        WriteNullable(w, a.NewClientOrderId);
        w.Write(a.OriginalQuantity.Units);
        w.Write(a.NewQuantity.Units);
        w.Write(a.Time);
    }

    private static Amendment ReadAmendment(BinaryReader r) => new()
    {
        SymbolId = r.ReadInt32(),
        OrderId = r.ReadInt64(),
        ExecutionId = r.ReadInt64(),
        OriginalClientOrderId = ReadNullableString(r)!,
        NewClientOrderId = ReadNullableString(r)!,
        OriginalQuantity = new Quantity(r.ReadInt64()),
        NewQuantity = new Quantity(r.ReadInt64()),
        Time = r.ReadInt64(),
    };

    private static void WriteList(BinaryWriter w, ListStatus l)
    {
        w.Write(l.SymbolId);
        w.Write(l.AccountId);
        w.Write(l.OrderListId);
        w.Write((byte)l.Kind);
        w.Write((byte)l.StatusType);
        w.Write((byte)l.OrderStatus);
        WriteNullable(w, l.ListClientOrderId);
        w.Write(l.TransactionTime);
        w.Write(l.Orders.Count);
        foreach (var (orderId, clientOrderId) in l.Orders)
        {
            w.Write(orderId);
            WriteNullable(w, clientOrderId);
        }
    }

    private static ListStatus ReadList(BinaryReader r)
    {
        var symbolId = r.ReadInt32();
        var accountId = r.ReadInt32();
        var orderListId = r.ReadInt64();
        var kind = ReadEnum<OrderListKind>(r);
        var statusType = ReadEnum<ListStatusType>(r);
        var orderStatus = ReadEnum<ListOrderStatus>(r);
        var listClientOrderId = ReadNullableString(r)!;
        var transactionTime = r.ReadInt64();
        var count = r.ReadInt32();
        if (count is < 0 or > MaxListLegs)
        {
            throw new InvalidDataException($"An order list of {count} orders.");
        }

        var orders = new (long OrderId, string ClientOrderId)[count];
        for (var i = 0; i < count; i++)
        {
            orders[i] = (r.ReadInt64(), ReadNullableString(r)!);
        }

        return new ListStatus
        {
            SymbolId = symbolId,
            AccountId = accountId,
            OrderListId = orderListId,
            Kind = kind,
            StatusType = statusType,
            OrderStatus = orderStatus,
            ListClientOrderId = listClientOrderId,
            TransactionTime = transactionTime,
            Orders = orders,
        };
    }

    private static void WriteNullable(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
        {
            w.Write(value);
        }
    }

    private static void WriteNullable(BinaryWriter w, long? value)
    {
        w.Write(value.HasValue);
        if (value is { } v)
        {
            w.Write(v);
        }
    }

    private static void WriteNullable(BinaryWriter w, int? value)
    {
        w.Write(value.HasValue);
        if (value is { } v)
        {
            w.Write(v);
        }
    }

    private static string? ReadNullableString(BinaryReader r) => ReadFlag(r) ? r.ReadString() : null;

    // Flags and booleans are written as 0 or 1; anything else is damage (BinaryReader.ReadBoolean would take it as true).
    private static bool ReadFlag(BinaryReader r) => ReadBool(r);

    private static bool ReadBool(BinaryReader r) => r.ReadByte() switch
    {
        0 => false,
        1 => true,
        var b => throw new InvalidDataException($"A flag byte of {b}."),
    };

    private static T ReadEnum<T>(BinaryReader r)
        where T : struct, Enum
    {
        var raw = r.ReadByte();
        var value = (T)Enum.ToObject(typeof(T), raw);
        return Enum.IsDefined(value) ? value : throw new InvalidDataException($"{raw} is not a {typeof(T).Name}.");
    }
}
