namespace Spotnet.Engine;

/// <summary>Everything an order response, an order query or an <c>executionReport</c> shows about one order.</summary>
public readonly record struct OrderState
{
    /// <summary>The state of one of the engine's orders; the engine runs this on its event buffer's slot (see <c>MatchingEngine.Emit</c>).</summary>
    internal OrderState(Core.Order order)
    {
        SymbolId = order.SymbolId;
        AccountId = order.AccountId;
        OrderId = order.OrderId;
        OrderListId = order.OrderListId;
        ClientOrderId = order.ClientOrderId;
        Side = order.Side;
        Type = order.Type;
        TimeInForce = order.TimeInForce;
        Price = new Price(order.Price);
        OriginalQuantity = new Quantity(order.Quantity);
        OriginalQuoteOrderQuantity = new Quantity(order.QuoteOrderQuantity);
        StopPrice = new Price(order.StopPrice);
        IcebergQuantity = new Quantity(order.IcebergQuantity);
        TrailingDelta = order.TrailingDelta;
        TrailingTime = order.TrailingTime;
        Status = order.Status;
        ExecutedQuantity = new Quantity(order.Executed);
        CumulativeQuoteQuantity = new Quantity(order.CumulativeQuote);
        PreventedQuantity = new Quantity(order.Prevented);
        PreventedMatchId = order.PreventedMatchId;
        SelfTradePreventionMode = order.Stp;
        ExpiryReason = order.ExpiryReason;
        Time = order.Time;
        UpdateTime = order.UpdateTime;
        WorkingTime = order.WorkingTime;
        IsWorking = order.WorkingTime != -1;
        StrategyId = order.StrategyId;
        StrategyType = order.StrategyType;
        PegPriceType = order.PegPriceType;
        PegOffsetLevels = order.PegOffsetLevels;
        PeggedPrice = new Price(order.PeggedPrice);
        AmendCount = order.AmendCount;
        IsUntriggered = order.IsUntriggered;
        UsedSor = order.UsedSor;
        WorkingFloor = order.WorkingFloor;
    }

    /// <summary>Symbol id.</summary>
    public int SymbolId { get; init; }

    /// <summary>Account id.</summary>
    public int AccountId { get; init; }

    /// <summary><c>orderId</c> (per symbol).</summary>
    public long OrderId { get; init; }

    /// <summary><c>orderListId</c>, -1 if not in a list.</summary>
    public long OrderListId { get; init; }

    /// <summary><c>clientOrderId</c>.</summary>
    public string ClientOrderId { get; init; }

    /// <summary><c>side</c>.</summary>
    public OrderSide Side { get; init; }

    /// <summary><c>type</c>.</summary>
    public OrderType Type { get; init; }

    /// <summary><c>timeInForce</c> (GTC for types without one, as Binance shows).</summary>
    public TimeInForce TimeInForce { get; init; }

    /// <summary><c>price</c> (zero for MARKET and when pegged without a price).</summary>
    public Price Price { get; init; }

    /// <summary><c>origQty</c> (current quantity after amendments).</summary>
    public Quantity OriginalQuantity { get; init; }

    /// <summary><c>origQuoteOrderQty</c> (zero when not used).</summary>
    public Quantity OriginalQuoteOrderQuantity { get; init; }

    /// <summary><c>stopPrice</c> (zero when none).</summary>
    public Price StopPrice { get; init; }

    /// <summary><c>icebergQty</c> (zero when none).</summary>
    public Quantity IcebergQuantity { get; init; }

    /// <summary><c>trailingDelta</c> (0 when none).</summary>
    public long TrailingDelta { get; init; }

    /// <summary><c>trailingTime</c> in µs, -1 before tracking starts.</summary>
    public long TrailingTime { get; init; }

    /// <summary><c>status</c>.</summary>
    public OrderStatus Status { get; init; }

    /// <summary><c>executedQty</c>.</summary>
    public Quantity ExecutedQuantity { get; init; }

    /// <summary><c>cummulativeQuoteQty</c>.</summary>
    public Quantity CumulativeQuoteQuantity { get; init; }

    /// <summary><c>preventedQuantity</c>.</summary>
    public Quantity PreventedQuantity { get; init; }

    /// <summary><c>preventedMatchId</c> of the last prevented match, -1 if none.</summary>
    public long PreventedMatchId { get; init; }

    /// <summary><c>selfTradePreventionMode</c>.</summary>
    public SelfTradePreventionMode SelfTradePreventionMode { get; init; }

    /// <summary><c>expiryReason</c>.</summary>
    public ExpiryReason ExpiryReason { get; init; }

    /// <summary><c>time</c>: creation time in µs.</summary>
    public long Time { get; init; }

    /// <summary><c>updateTime</c> in µs.</summary>
    public long UpdateTime { get; init; }

    /// <summary><c>workingTime</c> in µs, -1 while not working (pending list legs, untriggered stops).</summary>
    public long WorkingTime { get; init; }

    /// <summary><c>isWorking</c>: the order has started working (false for pending list legs and untriggered stops).</summary>
    public bool IsWorking { get; init; }

    /// <summary><c>strategyId</c>, if sent.</summary>
    public long? StrategyId { get; init; }

    /// <summary><c>strategyType</c>, if sent.</summary>
    public int? StrategyType { get; init; }

    /// <summary><c>pegPriceType</c>.</summary>
    public PegPriceType PegPriceType { get; init; }

    /// <summary><c>pegOffsetValue</c> in price levels, if sent.</summary>
    public int? PegOffsetLevels { get; init; }

    /// <summary><c>peggedPrice</c>, once determined (zero otherwise).</summary>
    public Price PeggedPrice { get; init; }

    /// <summary><c>usedSor</c>.</summary>
    public bool UsedSor { get; init; }

    /// <summary><c>workingFloor</c> (shown only for orders that used SOR).</summary>
    public WorkingFloor WorkingFloor { get; init; }

    /// <summary>Number of keep-priority amendments so far.</summary>
    public int AmendCount { get; init; }

    /// <summary>True for stop/take-profit orders whose trigger is still pending.</summary>
    public bool IsUntriggered { get; init; }
}
