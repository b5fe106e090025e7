using Spotnet.Client.Http;
using Spotnet.Protocol.Enums;

namespace Spotnet.Client.Requests;

/// <summary>One order of an order list (an OCO's above or below leg, an OTO's working or pending order), written with its prefix (<c>aboveType</c>, <c>workingPrice</c>, <c>pendingAboveStopPrice</c>…).</summary>
/// <param name="Type">Order type (<c>…Type</c>).</param>
public sealed record OrderListLeg(OrderType Type)
{
    private readonly string _clientOrderId = ClientOrderIds.New();

    /// <summary>Limit price (<c>…Price</c>).</summary>
    public decimal? Price { get; init; }

    /// <summary>Trigger price (<c>…StopPrice</c>).</summary>
    public decimal? StopPrice { get; init; }

    /// <summary>Trailing distance in basis points (<c>…TrailingDelta</c>).</summary>
    public long? TrailingDelta { get; init; }

    /// <summary>Time in force (<c>…TimeInForce</c>).</summary>
    public TimeInForce? TimeInForce { get; init; }

    /// <summary>Visible iceberg quantity (<c>…IcebergQty</c>).</summary>
    public decimal? IcebergQuantity { get; init; }

    /// <summary>Client order id of this leg (<c>…ClientOrderId</c>); a random 22-character id unless set.</summary>
    public string ClientOrderId
    {
        get => _clientOrderId;
        init
        {
            ClientOrderIds.Validate(value, nameof(ClientOrderId));
            _clientOrderId = value;
        }
    }

    /// <summary>Strategy id (<c>…StrategyId</c>).</summary>
    public long? StrategyId { get; init; }

    /// <summary>Strategy type, at least 1000000 (<c>…StrategyType</c>).</summary>
    public int? StrategyType { get; init; }

    /// <summary>Peg price type (<c>…PegPriceType</c>).</summary>
    public PegPriceType? PegPriceType { get; init; }

    /// <summary>Peg offset type (<c>…PegOffsetType</c>).</summary>
    public PegOffsetType? PegOffsetType { get; init; }

    /// <summary>Peg offset in price levels (<c>…PegOffsetValue</c>).</summary>
    public int? PegOffsetValue { get; init; }

    /// <summary>A limit order at <paramref name="price"/>.</summary>
    public static OrderListLeg Limit(decimal price, TimeInForce timeInForce = Protocol.Enums.TimeInForce.Gtc) => new(OrderType.Limit) { Price = price, TimeInForce = timeInForce };

    /// <summary>A post-only limit order at <paramref name="price"/>.</summary>
    public static OrderListLeg LimitMaker(decimal price) => new(OrderType.LimitMaker) { Price = price };

    /// <summary>A market order.</summary>
    public static OrderListLeg Market() => new(OrderType.Market);

    /// <summary>A stop-loss market order triggered at <paramref name="stopPrice"/>.</summary>
    public static OrderListLeg StopLoss(decimal stopPrice) => new(OrderType.StopLoss) { StopPrice = stopPrice };

    /// <summary>A stop-loss limit order at <paramref name="price"/> triggered at <paramref name="stopPrice"/>.</summary>
    public static OrderListLeg StopLossLimit(decimal price, decimal stopPrice, TimeInForce timeInForce = Protocol.Enums.TimeInForce.Gtc) =>
        new(OrderType.StopLossLimit) { Price = price, StopPrice = stopPrice, TimeInForce = timeInForce };

    /// <summary>A take-profit market order triggered at <paramref name="stopPrice"/>.</summary>
    public static OrderListLeg TakeProfit(decimal stopPrice) => new(OrderType.TakeProfit) { StopPrice = stopPrice };

    /// <summary>A take-profit limit order at <paramref name="price"/> triggered at <paramref name="stopPrice"/>.</summary>
    public static OrderListLeg TakeProfitLimit(decimal price, decimal stopPrice, TimeInForce timeInForce = Protocol.Enums.TimeInForce.Gtc) =>
        new(OrderType.TakeProfitLimit) { Price = price, StopPrice = stopPrice, TimeInForce = timeInForce };

    /// <summary>A copy with a fresh random <see cref="ClientOrderId"/>; a copy made with <c>with { … }</c> keeps the id.</summary>
    public OrderListLeg WithNewClientOrderId() => this with { ClientOrderId = ClientOrderIds.New() };

    internal void Write(ParameterWriter writer, string prefix, OrderSide? side = null, decimal? quantity = null) => writer
        .AddEnum(prefix + "Type", Type)
        .AddEnum(prefix + "Side", side)
        .Add(prefix + "Price", Price)
        .Add(prefix + "Quantity", quantity)
        .Add(prefix + "ClientOrderId", ClientOrderId)
        .Add(prefix + "StopPrice", StopPrice)
        .Add(prefix + "TrailingDelta", TrailingDelta)
        .AddEnum(prefix + "TimeInForce", TimeInForce)
        .Add(prefix + "IcebergQty", IcebergQuantity)
        .Add(prefix + "StrategyId", StrategyId)
        .Add(prefix + "StrategyType", StrategyType)
        .AddEnum(prefix + "PegPriceType", PegPriceType)
        .AddEnum(prefix + "PegOffsetType", PegOffsetType)
        .Add(prefix + "PegOffsetValue", PegOffsetValue);
}
