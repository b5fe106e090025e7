using System.Runtime.CompilerServices;

namespace Spotnet.Engine.Core;

/// <summary>A new order's parameters, from a <see cref="PlaceOrder"/> or an order list leg.</summary>
internal struct OrderSpec
{
    public int AccountId;
    public int SymbolId;
    public OrderSide Side;
    public OrderType Type;
    public TimeInForce? TimeInForce;
    public long? Quantity;
    public long? QuoteOrderQuantity;
    public long? Price;
    public long? StopPrice;
    public long? TrailingDelta;
    public long? IcebergQuantity;
    public string ClientOrderId;
    public SelfTradePreventionMode? Stp;
    public long? StrategyId;
    public int? StrategyType;
    public PegPriceType PegPriceType;
    public int? PegOffsetLevels;
    public long Time;

    // The client id's hash in the account's index, once validation computed it for the duplicate check.
    public int ClientIdHash;
    public bool ClientIdHashed;

    // Whether that check found an order (open or not) filed under the client id: filing the new order would replace it.
    public bool ClientIdFiled;

    public static OrderSpec From(PlaceOrder c) => new()
    {
        AccountId = c.AccountId,
        SymbolId = c.SymbolId,
        Side = c.Side,
        Type = c.Type,
        TimeInForce = c.TimeInForce,
        Quantity = c.Quantity?.Units,
        QuoteOrderQuantity = c.QuoteOrderQuantity?.Units,
        Price = c.Price?.Units,
        StopPrice = c.StopPrice?.Units,
        TrailingDelta = c.TrailingDelta,
        IcebergQuantity = c.IcebergQuantity?.Units,
        ClientOrderId = c.ClientOrderId,
        Stp = c.SelfTradePreventionMode,
        StrategyId = c.StrategyId,
        StrategyType = c.StrategyType,
        PegPriceType = c.PegPriceType,
        PegOffsetLevels = c.PegOffsetLevels,
        Time = c.Time,
    };

    public static OrderSpec From(PlaceOrderList c, OrderListLeg leg) => new()
    {
        AccountId = c.AccountId,
        SymbolId = c.SymbolId,
        Side = leg.Side,
        Type = leg.Type,
        TimeInForce = leg.TimeInForce,
        Quantity = leg.Quantity?.Units,
        Price = leg.Price?.Units,
        StopPrice = leg.StopPrice?.Units,
        TrailingDelta = leg.TrailingDelta,
        IcebergQuantity = leg.IcebergQuantity?.Units,
        ClientOrderId = leg.ClientOrderId,
        Stp = c.SelfTradePreventionMode,
        StrategyId = leg.StrategyId,
        StrategyType = leg.StrategyType,
        PegPriceType = leg.PegPriceType,
        PegOffsetLevels = leg.PegOffsetLevels,
        Time = c.Time,
    };

    public readonly bool IsStop
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Type is OrderType.StopLoss or OrderType.StopLossLimit or OrderType.TakeProfit or OrderType.TakeProfitLimit;
    }

    public readonly bool HasLimitPrice
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Type is OrderType.Limit or OrderType.LimitMaker or OrderType.StopLossLimit or OrderType.TakeProfitLimit;
    }

    public readonly bool ExecutesAsMarket
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Type is OrderType.Market or OrderType.StopLoss or OrderType.TakeProfit;
    }
}
