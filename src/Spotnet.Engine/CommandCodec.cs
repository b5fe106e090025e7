namespace Spotnet.Engine;

/// <summary>
/// Deterministic, versioned binary encoding of every <see cref="EngineCommand"/>, for the journal: the same command
/// always gives the same bytes, whatever the culture or platform.
/// </summary>
public static class CommandCodec
{
    /// <summary>Format version written before every command; decoding refuses any other.</summary>
    public const byte Version = 1;

    // Type tags are part of the format: never renumber, only append.
    private const byte CreateAccountTag = 1;
    private const byte AdjustBalanceTag = 2;
    private const byte SetAccountCommissionTag = 3;
    private const byte PlaceOrderTag = 4;
    private const byte CancelOrderTag = 5;
    private const byte CancelAllOrdersTag = 6;
    private const byte CancelReplaceTag = 7;
    private const byte AmendOrderTag = 8;
    private const byte PlaceOrderListTag = 9;
    private const byte CancelOrderListTag = 10;
    private const byte SetSymbolStatusTag = 11;
    private const byte SetReferencePriceTag = 12;
    private const byte ResetTag = 13;
    private const byte PlaceSorOrderTag = 14;

    /// <summary>Writes one command.</summary>
    public static void Write(BinaryWriter writer, EngineCommand command)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(command);
        writer.Write(Version);
        switch (command)
        {
            case CreateAccount c:
                writer.Write(CreateAccountTag);
                writer.Write(c.Time);
                WriteAmounts(writer, c.Grants);
                writer.Write(c.TradeGroupId);
                writer.Write(c.CommissionDiscountEnabled);
                writer.Write(c.IsSystem);
                break;
            case AdjustBalance c:
                writer.Write(AdjustBalanceTag);
                writer.Write(c.Time);
                writer.Write(c.AccountId);
                writer.Write(c.Asset);
                writer.Write(c.Delta);
                break;
            case SetAccountCommission c:
                writer.Write(SetAccountCommissionTag);
                writer.Write(c.Time);
                writer.Write(c.AccountId);
                writer.Write(c.SymbolId);
                WriteRates(writer, c.Commission.Standard);
                WriteRates(writer, c.Commission.Tax);
                WriteRates(writer, c.Commission.Special);
                break;
            case PlaceOrder c:
                writer.Write(PlaceOrderTag);
                WritePlaceOrder(writer, c);
                break;
            case CancelOrder c:
                writer.Write(CancelOrderTag);
                WriteCancelOrder(writer, c);
                break;
            case CancelAllOrders c:
                writer.Write(CancelAllOrdersTag);
                writer.Write(c.Time);
                writer.Write(c.AccountId);
                writer.Write(c.SymbolId);
                writer.Write(c.NewClientOrderId);
                break;
            case CancelReplace c:
                writer.Write(CancelReplaceTag);
                writer.Write(c.Time);
                WriteCancelOrder(writer, c.Cancel);
                WritePlaceOrder(writer, c.NewOrder);
                writer.Write((int)c.Mode);
                writer.Write(c.NewOrderAllowed);
                break;
            case AmendOrder c:
                writer.Write(AmendOrderTag);
                writer.Write(c.Time);
                writer.Write(c.AccountId);
                writer.Write(c.SymbolId);
                WriteLong(writer, c.OrderId);
                WriteString(writer, c.OriginalClientOrderId);
                writer.Write(c.NewClientOrderId);
                writer.Write(c.NewQuantity.Units);
                break;
            case PlaceOrderList c:
                writer.Write(PlaceOrderListTag);
                writer.Write(c.Time);
                writer.Write(c.AccountId);
                writer.Write(c.SymbolId);
                writer.Write((int)c.Kind);
                writer.Write(c.ListClientOrderId);
                WriteInt(writer, (int?)c.SelfTradePreventionMode);
                WriteLeg(writer, c.Working);
                WriteLeg(writer, c.Pending);
                WriteLeg(writer, c.Above);
                WriteLeg(writer, c.Below);
                break;
            case CancelOrderList c:
                writer.Write(CancelOrderListTag);
                writer.Write(c.Time);
                writer.Write(c.AccountId);
                writer.Write(c.SymbolId);
                WriteLong(writer, c.OrderListId);
                WriteString(writer, c.ListClientOrderId);
                writer.Write(c.NewClientOrderId);
                break;
            case SetSymbolStatus c:
                writer.Write(SetSymbolStatusTag);
                writer.Write(c.Time);
                writer.Write(c.SymbolId);
                writer.Write((int)c.Status);
                break;
            case SetReferencePrice c:
                writer.Write(SetReferencePriceTag);
                writer.Write(c.Time);
                writer.Write(c.SymbolId);
                WriteLong(writer, c.ReferencePrice?.Units);
                break;
            case Reset c:
                writer.Write(ResetTag);
                writer.Write(c.Time);
                WriteAmounts(writer, c.Grants);
                break;
            case PlaceSorOrder c:
                writer.Write(PlaceSorOrderTag);
                writer.Write(c.Time);
                writer.Write(c.AccountId);
                writer.Write(c.SymbolId);
                writer.Write((int)c.Side);
                writer.Write((int)c.Type);
                WriteInt(writer, (int?)c.TimeInForce);
                writer.Write(c.Quantity.Units);
                WriteLong(writer, c.Price?.Units);
                WriteLong(writer, c.IcebergQuantity?.Units);
                writer.Write(c.ClientOrderId);
                WriteInt(writer, (int?)c.SelfTradePreventionMode);
                WriteLong(writer, c.StrategyId);
                WriteInt(writer, c.StrategyType);
                break;
            default:
                throw new ArgumentException($"The journal cannot encode {command.GetType().Name}.", nameof(command));
        }
    }

    /// <summary>Reads one command written by <see cref="Write"/>; throws <see cref="InvalidDataException"/> on unknown data.</summary>
    public static EngineCommand Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var version = reader.ReadByte();
        if (version != Version)
        {
            throw new InvalidDataException($"Unknown command format version {version}.");
        }

        var tag = reader.ReadByte();
        return tag switch
        {
            CreateAccountTag => new CreateAccount
            {
                Time = reader.ReadInt64(),
                Grants = ReadAmounts(reader),
                TradeGroupId = reader.ReadInt64(),
                CommissionDiscountEnabled = reader.ReadBoolean(),
                IsSystem = reader.ReadBoolean(),
            },
            AdjustBalanceTag => new AdjustBalance
            {
                Time = reader.ReadInt64(), AccountId = reader.ReadInt32(), Asset = reader.ReadInt32(), Delta = reader.ReadInt64(),
            },
            SetAccountCommissionTag => new SetAccountCommission
            {
                Time = reader.ReadInt64(),
                AccountId = reader.ReadInt32(),
                SymbolId = reader.ReadInt32(),
                Commission = new SymbolCommission(ReadRates(reader), ReadRates(reader), ReadRates(reader)),
            },
            PlaceOrderTag => ReadPlaceOrder(reader),
            CancelOrderTag => ReadCancelOrder(reader),
            CancelAllOrdersTag => new CancelAllOrders
            {
                Time = reader.ReadInt64(), AccountId = reader.ReadInt32(), SymbolId = reader.ReadInt32(), NewClientOrderId = reader.ReadString(),
            },
            CancelReplaceTag => new CancelReplace
            {
                Time = reader.ReadInt64(),
                Cancel = ReadCancelOrder(reader),
                NewOrder = ReadPlaceOrder(reader),
                Mode = (CancelReplaceMode)reader.ReadInt32(),
                NewOrderAllowed = reader.ReadBoolean(),
            },
            AmendOrderTag => new AmendOrder
            {
                Time = reader.ReadInt64(),
                AccountId = reader.ReadInt32(),
                SymbolId = reader.ReadInt32(),
                OrderId = ReadLong(reader),
                OriginalClientOrderId = ReadString(reader),
                NewClientOrderId = reader.ReadString(),
                NewQuantity = new Quantity(reader.ReadInt64()),
            },
            PlaceOrderListTag => new PlaceOrderList
            {
                Time = reader.ReadInt64(),
                AccountId = reader.ReadInt32(),
                SymbolId = reader.ReadInt32(),
                Kind = (OrderListKind)reader.ReadInt32(),
                ListClientOrderId = reader.ReadString(),
                SelfTradePreventionMode = (SelfTradePreventionMode?)ReadInt(reader),
                Working = ReadLeg(reader),
                Pending = ReadLeg(reader),
                Above = ReadLeg(reader),
                Below = ReadLeg(reader),
            },
            CancelOrderListTag => new CancelOrderList
            {
                Time = reader.ReadInt64(),
                AccountId = reader.ReadInt32(),
                SymbolId = reader.ReadInt32(),
                OrderListId = ReadLong(reader),
                ListClientOrderId = ReadString(reader),
                NewClientOrderId = reader.ReadString(),
            },
            SetSymbolStatusTag => new SetSymbolStatus { Time = reader.ReadInt64(), SymbolId = reader.ReadInt32(), Status = (SymbolStatus)reader.ReadInt32() },
            SetReferencePriceTag => new SetReferencePrice
            {
                Time = reader.ReadInt64(), SymbolId = reader.ReadInt32(), ReferencePrice = ReadLong(reader) is { } units ? new Price(units) : null,
            },
            ResetTag => new Reset { Time = reader.ReadInt64(), Grants = ReadAmounts(reader) },
            PlaceSorOrderTag => new PlaceSorOrder
            {
                Time = reader.ReadInt64(),
                AccountId = reader.ReadInt32(),
                SymbolId = reader.ReadInt32(),
                Side = (OrderSide)reader.ReadInt32(),
                Type = (OrderType)reader.ReadInt32(),
                TimeInForce = (TimeInForce?)ReadInt(reader),
                Quantity = new Quantity(reader.ReadInt64()),
                Price = ReadPrice(reader),
                IcebergQuantity = ReadQuantity(reader),
                ClientOrderId = reader.ReadString(),
                SelfTradePreventionMode = (SelfTradePreventionMode?)ReadInt(reader),
                StrategyId = ReadLong(reader),
                StrategyType = ReadInt(reader),
            },
            _ => throw new InvalidDataException($"Unknown command tag {tag}."),
        };
    }

    private static void WritePlaceOrder(BinaryWriter writer, PlaceOrder c)
    {
        writer.Write(c.Time);
        writer.Write(c.AccountId);
        writer.Write(c.SymbolId);
        writer.Write((int)c.Side);
        writer.Write((int)c.Type);
        WriteInt(writer, (int?)c.TimeInForce);
        WriteLong(writer, c.Quantity?.Units);
        WriteLong(writer, c.QuoteOrderQuantity?.Units);
        WriteLong(writer, c.Price?.Units);
        WriteLong(writer, c.StopPrice?.Units);
        WriteLong(writer, c.TrailingDelta);
        WriteLong(writer, c.IcebergQuantity?.Units);
        writer.Write(c.ClientOrderId);
        WriteInt(writer, (int?)c.SelfTradePreventionMode);
        WriteLong(writer, c.StrategyId);
        WriteInt(writer, c.StrategyType);
        writer.Write((int)c.PegPriceType);
        WriteInt(writer, c.PegOffsetLevels);
    }

    private static PlaceOrder ReadPlaceOrder(BinaryReader reader) => new()
    {
        Time = reader.ReadInt64(),
        AccountId = reader.ReadInt32(),
        SymbolId = reader.ReadInt32(),
        Side = (OrderSide)reader.ReadInt32(),
        Type = (OrderType)reader.ReadInt32(),
        TimeInForce = (TimeInForce?)ReadInt(reader),
        Quantity = ReadQuantity(reader),
        QuoteOrderQuantity = ReadQuantity(reader),
        Price = ReadPrice(reader),
        StopPrice = ReadPrice(reader),
        TrailingDelta = ReadLong(reader),
        IcebergQuantity = ReadQuantity(reader),
        ClientOrderId = reader.ReadString(),
        SelfTradePreventionMode = (SelfTradePreventionMode?)ReadInt(reader),
        StrategyId = ReadLong(reader),
        StrategyType = ReadInt(reader),
        PegPriceType = (PegPriceType)reader.ReadInt32(),
        PegOffsetLevels = ReadInt(reader),
    };

    private static void WriteCancelOrder(BinaryWriter writer, CancelOrder c)
    {
        writer.Write(c.Time);
        writer.Write(c.AccountId);
        writer.Write(c.SymbolId);
        WriteLong(writer, c.OrderId);
        WriteString(writer, c.OriginalClientOrderId);
        writer.Write(c.NewClientOrderId);
        writer.Write((int)c.CancelRestrictions);
    }

    private static CancelOrder ReadCancelOrder(BinaryReader reader) => new()
    {
        Time = reader.ReadInt64(),
        AccountId = reader.ReadInt32(),
        SymbolId = reader.ReadInt32(),
        OrderId = ReadLong(reader),
        OriginalClientOrderId = ReadString(reader),
        NewClientOrderId = reader.ReadString(),
        CancelRestrictions = (CancelRestrictions)reader.ReadInt32(),
    };

    private static void WriteLeg(BinaryWriter writer, OrderListLeg? leg)
    {
        writer.Write(leg is not null);
        if (leg is null)
        {
            return;
        }

        writer.Write((int)leg.Type);
        writer.Write((int)leg.Side);
        WriteLong(writer, leg.Quantity?.Units);
        WriteLong(writer, leg.Price?.Units);
        WriteLong(writer, leg.StopPrice?.Units);
        WriteLong(writer, leg.TrailingDelta);
        WriteLong(writer, leg.IcebergQuantity?.Units);
        WriteInt(writer, (int?)leg.TimeInForce);
        writer.Write(leg.ClientOrderId);
        WriteLong(writer, leg.StrategyId);
        WriteInt(writer, leg.StrategyType);
        writer.Write((int)leg.PegPriceType);
        WriteInt(writer, leg.PegOffsetLevels);
    }

    private static OrderListLeg? ReadLeg(BinaryReader reader) => !reader.ReadBoolean() ? null : new OrderListLeg
    {
        Type = (OrderType)reader.ReadInt32(),
        Side = (OrderSide)reader.ReadInt32(),
        Quantity = ReadQuantity(reader),
        Price = ReadPrice(reader),
        StopPrice = ReadPrice(reader),
        TrailingDelta = ReadLong(reader),
        IcebergQuantity = ReadQuantity(reader),
        TimeInForce = (TimeInForce?)ReadInt(reader),
        ClientOrderId = reader.ReadString(),
        StrategyId = ReadLong(reader),
        StrategyType = ReadInt(reader),
        PegPriceType = (PegPriceType)reader.ReadInt32(),
        PegOffsetLevels = ReadInt(reader),
    };

    private static void WriteAmounts(BinaryWriter writer, IReadOnlyList<AssetAmount> amounts)
    {
        writer.Write(amounts.Count);
        foreach (var amount in amounts)
        {
            writer.Write(amount.Asset);
            writer.Write(amount.Amount);
        }
    }

    private static AssetAmount[] ReadAmounts(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > reader.BaseStream.Length)
        {
            throw new InvalidDataException($"Bad grant count {count}.");
        }

        var amounts = new AssetAmount[count];
        for (var i = 0; i < count; i++)
        {
            amounts[i] = new AssetAmount(reader.ReadInt32(), reader.ReadInt64());
        }

        return amounts;
    }

    private static void WriteRates(BinaryWriter writer, CommissionRates rates)
    {
        writer.Write(rates.Maker);
        writer.Write(rates.Taker);
        writer.Write(rates.Buyer);
        writer.Write(rates.Seller);
    }

    private static CommissionRates ReadRates(BinaryReader reader) =>
        new(reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64());

    private static void WriteLong(BinaryWriter writer, long? value)
    {
        writer.Write(value.HasValue);
        if (value.HasValue)
        {
            writer.Write(value.Value);
        }
    }

    private static long? ReadLong(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadInt64() : null;

    private static void WriteInt(BinaryWriter writer, int? value)
    {
        writer.Write(value.HasValue);
        if (value.HasValue)
        {
            writer.Write(value.Value);
        }
    }

    private static int? ReadInt(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadInt32() : null;

    private static void WriteString(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadString(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static Price? ReadPrice(BinaryReader reader) => ReadLong(reader) is { } units ? new Price(units) : null;

    private static Quantity? ReadQuantity(BinaryReader reader) => ReadLong(reader) is { } units ? new Quantity(units) : null;
}
