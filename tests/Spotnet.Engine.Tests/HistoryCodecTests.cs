namespace Spotnet.Engine.Tests;

/// <summary>
/// <see cref="HistoryCodec"/> round-trips every field of every kind; a damaged body throws
/// <see cref="InvalidDataException"/> (wrong version, unknown kind, impossible values) or
/// <see cref="EndOfStreamException"/> (truncated).
/// </summary>
public class HistoryCodecTests
{
    private static readonly OrderState FullOrder = new()
    {
        SymbolId = 3, AccountId = 7, OrderId = 123_456_789_012, OrderListId = 42, ClientOrderId = "订单-1", Side = OrderSide.Sell,
        Type = OrderType.TakeProfitLimit, TimeInForce = TimeInForce.Fok, Price = new Price(101), OriginalQuantity = new Quantity(102),
        OriginalQuoteOrderQuantity = new Quantity(103), StopPrice = new Price(104), IcebergQuantity = new Quantity(105), TrailingDelta = 106,
        TrailingTime = 107, Status = OrderStatus.ExpiredInMatch, ExecutedQuantity = new Quantity(108), CumulativeQuoteQuantity = new Quantity(109),
        PreventedQuantity = new Quantity(110), PreventedMatchId = 111, SelfTradePreventionMode = SelfTradePreventionMode.Decrement,
        ExpiryReason = ExpiryReason.OcoTrigger, Time = 112, UpdateTime = 113, WorkingTime = 114, IsWorking = true, StrategyId = 115,
        StrategyType = 1_000_116, PegPriceType = PegPriceType.MarketPeg, PegOffsetLevels = 117, PeggedPrice = new Price(118), UsedSor = true,
        WorkingFloor = WorkingFloor.Sor, AmendCount = 119, IsUntriggered = true,
    };

    private static SpilledHistory RoundTrip(SpilledHistory item)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            HistoryCodec.Write(writer, item);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var read = HistoryCodec.Read(reader);
        Assert.Equal(stream.Length, stream.Position);
        return read;
    }

    private static byte[] Bytes(SpilledHistory item)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            HistoryCodec.Write(writer, item);
        }

        return stream.ToArray();
    }

    private static SpilledHistory ReadBytes(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes));
        return HistoryCodec.Read(reader);
    }

    private static SpilledHistory OrderItem(OrderState order) => new()
    {
        Kind = HistoryKind.Order, AccountId = order.AccountId, SymbolId = order.SymbolId, Id = order.OrderId, ClientId = order.ClientOrderId, Order = order,
    };

    [Fact]
    public void An_order_round_trips_with_every_field()
    {
        var item = OrderItem(FullOrder);
        Assert.Equal(item, RoundTrip(item));
    }

    [Fact]
    public void An_order_round_trips_with_its_nullable_fields_absent()
    {
        var item = OrderItem(FullOrder with { StrategyId = null, StrategyType = null, PegOffsetLevels = null, IsWorking = false, UsedSor = false });
        Assert.Equal(item, RoundTrip(item));
        var withoutClientId = item with { ClientId = null };
        Assert.Equal(withoutClientId, RoundTrip(withoutClientId));
    }

    [Fact]
    public void A_trade_round_trips_with_every_field()
    {
        var item = new SpilledHistory
        {
            Kind = HistoryKind.Trade, AccountId = 9, SymbolId = 2, Id = 77,
            Trade = new AccountTrade
            {
                SymbolId = 2, TradeId = 77, OrderId = 5_000_000_000, OrderListId = 8, Price = new Price(-1), Quantity = new Quantity(long.MaxValue),
                QuoteQuantity = new Quantity(3), Commission = new Quantity(4), CommissionAsset = 5, Time = 6, IsBuyer = true, IsMaker = true,
            },
        };
        Assert.Equal(item, RoundTrip(item));
    }

    [Fact]
    public void A_prevented_match_round_trips_with_every_field()
    {
        var item = new SpilledHistory
        {
            Kind = HistoryKind.PreventedMatch, AccountId = 4, SymbolId = 1, Id = 12,
            PreventedMatch = new PreventedMatch
            {
                SymbolId = 1, PreventedMatchId = 12, TakerOrderId = 13, MakerOrderId = 14, TakerAccountId = 4, MakerAccountId = 15, TradeGroupId = 16,
                Mode = SelfTradePreventionMode.ExpireBoth, Price = new Price(17), TakerPreventedQuantity = new Quantity(18),
                MakerPreventedQuantity = new Quantity(19), TransactTime = 20,
            },
        };
        Assert.Equal(item, RoundTrip(item));
    }

    [Fact]
    public void An_allocation_round_trips_with_every_field()
    {
        var item = new SpilledHistory
        {
            Kind = HistoryKind.Allocation, AccountId = 3, SymbolId = 2, Id = 21,
            Allocation = new Allocation
            {
                SymbolId = 2, AllocationId = 21, OrderId = 22, OrderListId = 23, Price = new Price(24), Quantity = new Quantity(25),
                QuoteQuantity = new Quantity(26), Commission = new Quantity(27), CommissionAsset = 28, Time = 29, IsBuyer = true,
            },
        };
        Assert.Equal(item, RoundTrip(item));
    }

    [Fact]
    public void An_amendment_round_trips_with_every_field()
    {
        var item = new SpilledHistory
        {
            Kind = HistoryKind.Amendment, AccountId = 1, SymbolId = 0, Id = 31,
            Amendment = new Amendment
            {
                SymbolId = 0, OrderId = 30, ExecutionId = 31, OriginalClientOrderId = "before", NewClientOrderId = "after-é",
                OriginalQuantity = new Quantity(32), NewQuantity = new Quantity(33), Time = 34,
            },
        };
        Assert.Equal(item, RoundTrip(item));
    }

    [Fact]
    public void An_order_list_round_trips_with_every_field_and_its_orders()
    {
        var list = new ListStatus
        {
            SymbolId = 1, AccountId = 2, OrderListId = 41, Kind = OrderListKind.Opoco, StatusType = ListStatusType.AllDone,
            OrderStatus = ListOrderStatus.AllDone, ListClientOrderId = "列表", TransactionTime = 42,
            Orders = [(43, "w"), (44, "a"), (45, "b")],
        };
        var item = new SpilledHistory { Kind = HistoryKind.OrderList, AccountId = 2, SymbolId = 1, Id = 41, ClientId = "列表", List = list };

        var read = RoundTrip(item);

        Assert.Equal(item with { List = null }, read with { List = null });
        Assert.Equal(list with { Orders = [] }, read.List! with { Orders = [] });
        Assert.Equal(list.Orders, read.List!.Orders);
    }

    [Fact]
    public void An_unknown_kind_or_version_is_invalid_data()
    {
        var bytes = Bytes(OrderItem(FullOrder));
        var unknownKind = (byte[])bytes.Clone();
        unknownKind[1] = 99;
        Assert.Throws<InvalidDataException>(() => ReadBytes(unknownKind));

        var unknownVersion = (byte[])bytes.Clone();
        unknownVersion[0] = 200;
        Assert.Throws<InvalidDataException>(() => ReadBytes(unknownVersion));
    }

    [Fact]
    public void A_flag_no_writer_produces_is_invalid_data()
    {
        var bytes = Bytes(OrderItem(FullOrder));

        // Version, kind, account, symbol, id: the client id's flag byte follows.
        bytes[1 + 1 + 4 + 4 + 8] = 7;
        Assert.Throws<InvalidDataException>(() => ReadBytes(bytes));
    }

    [Fact]
    public void A_truncated_body_of_every_kind_ends_the_stream()
    {
        var items = new[]
        {
            OrderItem(FullOrder),
            new SpilledHistory { Kind = HistoryKind.Trade, AccountId = 1, SymbolId = 1, Id = 1, Trade = new AccountTrade { TradeId = 1 } },
            new SpilledHistory
            {
                Kind = HistoryKind.OrderList, AccountId = 1, SymbolId = 1, Id = 1, ClientId = "l",
                List = new ListStatus
                {
                    SymbolId = 1, AccountId = 1, OrderListId = 1, Kind = OrderListKind.Oco, StatusType = ListStatusType.AllDone,
                    OrderStatus = ListOrderStatus.AllDone, ListClientOrderId = "l", TransactionTime = 1, Orders = [(1, "a"), (2, "b")],
                },
            },
        };
        foreach (var item in items)
        {
            var bytes = Bytes(item);
            for (var length = 0; length < bytes.Length; length++)
            {
                var cut = bytes.AsSpan(0, length).ToArray();
                var thrown = Record.Exception(() => ReadBytes(cut));
                Assert.True(thrown is EndOfStreamException, $"{item.Kind} cut at {length}: {thrown?.GetType().Name ?? "no exception"}");
            }
        }
    }
}
