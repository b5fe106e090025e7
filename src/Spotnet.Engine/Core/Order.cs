namespace Spotnet.Engine.Core;

/// <summary>The engine's mutable order; never handed out (queries and events copy it into <see cref="OrderState"/>).</summary>
internal sealed class Order
{
    public int SymbolId;
    public int AccountId;
    public long OrderId;
    public long OrderListId = -1;
    public string ClientOrderId = "";

    // The hash the account's client-id index filed this order under (see ClientOrderIndex).
    public int ClientIdHash;
    public OrderSide Side;
    public OrderType Type;
    public TimeInForce TimeInForce;
    public long Price;
    public long Quantity;
    public long QuoteOrderQuantity;
    public long StopPrice;
    public long IcebergQuantity;
    public long TrailingDelta;
    public long TrailingTime = -1;
    public long TrailingExtreme;
    public OrderStatus Status;
    public long Executed;
    public long CumulativeQuote;
    public long Prevented;
    public long PreventedQuote;
    public long ReceivedCommission;
    public long PreventedMatchId = -1;
    public SelfTradePreventionMode Stp;
    public ExpiryReason ExpiryReason;
    public long Time;
    public long UpdateTime;
    public long WorkingTime = -1;
    public long? StrategyId;
    public int? StrategyType;
    public PegPriceType PegPriceType;
    public int? PegOffsetLevels;
    public long PeggedPrice;
    public int AmendCount;
    public bool IsUntriggered;
    public bool IsQuoteOrder;
    public bool Retained;
    public bool UsedSor;
    public WorkingFloor WorkingFloor;

    // Book position (intrusive list within a price level).
    public long Visible;
    public PriceLevel? Level;
    public Order? Previous;
    public Order? Next;

    // Slot in the account's open orders, -1 when not open.
    public int OpenIndex = -1;

    // A taker of a system account that closes within its command, never filed in the indexes, the open slots or the
    // counts (see MatchingEngine.PlaceValidated).
    public bool Unfiled;

    // Reservation: amount of LockedAsset still locked for this order.
    public long Locked;
    public int LockedAsset;

    public OrderList? List;

    // Taken out of memory by a spill of closed history (see MatchingEngine.SpillHistory): set until the spill has taken
    // it out of its account's list, after which the order is reset and reused.
    public bool Spilled;

    public long Remaining => Quantity - Executed - Prevented;

    public bool IsOpen => Status is OrderStatus.New or OrderStatus.PartiallyFilled or OrderStatus.PendingNew;

    public bool IsAlgo => Type is OrderType.StopLoss or OrderType.StopLossLimit or OrderType.TakeProfit or OrderType.TakeProfitLimit;

    public bool IsIceberg => IcebergQuantity > 0;

    /// <summary>A stop that triggers when the market reaches its stop price from below (stop-loss buys, take-profit sells).</summary>
    public bool TriggersAbove => (Type is OrderType.StopLoss or OrderType.StopLossLimit) == (Side == OrderSide.Buy);

    /// <summary>
    /// Returns a recycled order to the state of a new one in the fields <see cref="MatchingEngine"/>'s Create does not
    /// set itself (Create takes orders only from the pool or new): clearing a field Create then sets again cost a store
    /// per field on every cancel-replace. The book links are cleared (the book reads them); the client id string stays
    /// until Create replaces it.
    /// </summary>
    public void Reset()
    {
        TrailingTime = -1;
        TrailingExtreme = 0;
        Executed = CumulativeQuote = Prevented = PreventedQuote = ReceivedCommission = 0;
        PreventedMatchId = -1;
        ExpiryReason = ExpiryReason.None;
        AmendCount = 0;
        UsedSor = false;
        WorkingFloor = WorkingFloor.Exchange;
        Visible = 0;
        Level = null;
        Previous = Next = null;
        Locked = 0;
        OpenIndex = -1;
        Unfiled = false;

        // A finished list recycles only legs still pointing at it: this keeps a leg from entering the pool twice.
        List = null;
    }

    public OrderState ToState() => new(this);
}
