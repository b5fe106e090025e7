namespace Spotnet.Engine;

/// <summary>One change of one order: the data of an <c>executionReport</c> and of the order's response.</summary>
public readonly record struct OrderUpdate
{
    /// <summary>
    /// Every field but <see cref="Order"/>, which keeps what the slot held: the engine runs this on its event buffer's
    /// slot and fills <see cref="Order"/> right after (see <c>MatchingEngine.Emit</c>), so zeroing it first is wasted.
    /// </summary>
    internal OrderUpdate(
        ExecutionType executionType, string? originalClientOrderId, long lastQuantity, long lastPrice, long lastQuote, long commission,
        int commissionAsset, long tradeId, long executionId, bool isMaker, long transactTime, long lastPrevented, long counterOrderId,
        bool isFirstFill)
    {
        System.Runtime.CompilerServices.Unsafe.SkipInit(out this);
        ExecutionType = executionType;
        OriginalClientOrderId = originalClientOrderId;
        LastQuantity = new Quantity(lastQuantity);
        LastPrice = new Price(lastPrice);
        LastQuoteQuantity = new Quantity(lastQuote);
        Commission = new Quantity(commission);
        CommissionAsset = commissionAsset;
        TradeId = tradeId;
        ExecutionId = executionId;
        IsMaker = isMaker;
        TransactTime = transactTime;
        LastPreventedQuantity = new Quantity(lastPrevented);
        CounterOrderId = counterOrderId;
        IsFirstFill = isFirstFill;
        AllocationId = 0;
    }

    /// <summary>The order after this change.</summary>
    public OrderState Order { get; init; }

    /// <summary><c>x</c>.</summary>
    public ExecutionType ExecutionType { get; init; }

    /// <summary><c>C</c>: the client id being replaced (cancel with a new client id, amend), or null.</summary>
    public string? OriginalClientOrderId { get; init; }

    /// <summary><c>l</c>: last executed quantity.</summary>
    public Quantity LastQuantity { get; init; }

    /// <summary><c>L</c>: last executed price.</summary>
    public Price LastPrice { get; init; }

    /// <summary><c>Y</c>: last quote quantity.</summary>
    public Quantity LastQuoteQuantity { get; init; }

    /// <summary><c>n</c>: commission of this fill.</summary>
    public Quantity Commission { get; init; }

    /// <summary><c>N</c>: commission asset id, -1 if none.</summary>
    public int CommissionAsset { get; init; }

    /// <summary><c>t</c>: trade id, -1 if none.</summary>
    public long TradeId { get; init; }

    /// <summary><c>I</c>: execution id.</summary>
    public long ExecutionId { get; init; }

    /// <summary><c>m</c>: this fill was as maker.</summary>
    public bool IsMaker { get; init; }

    /// <summary><c>T</c>: transaction time in µs.</summary>
    public long TransactTime { get; init; }

    /// <summary><c>B</c>: last prevented quantity (TRADE_PREVENTION).</summary>
    public Quantity LastPreventedQuantity { get; init; }

    /// <summary><c>u</c>: the counter order of the prevented match, -1 if none.</summary>
    public long CounterOrderId { get; init; }

    /// <summary>True for a fill by an SOR allocation (<c>b</c> = <c>ONE_PARTY_TRADE_REPORT</c>): a trade update without a trade id.</summary>
    public bool IsAllocation => ExecutionType == ExecutionType.Trade && TradeId < 0;

    /// <summary><c>a</c>: the allocation id of an allocation fill (see <see cref="IsAllocation"/>).</summary>
    public long AllocationId { get; init; }

    /// <summary>True on the order's first fill (the server decrements the unfilled order count).</summary>
    public bool IsFirstFill { get; init; }
}
