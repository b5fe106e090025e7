namespace Spotnet.Engine;

/// <summary>The symbol filters of <c>filters.md</c>; a null filter is absent ("all filters are optional").</summary>
public sealed record SymbolFilters
{
    /// <summary><c>PRICE_FILTER</c>.</summary>
    public PriceFilter? Price { get; init; }

    /// <summary><c>PERCENT_PRICE</c>.</summary>
    public PercentPriceFilter? PercentPrice { get; init; }

    /// <summary><c>PERCENT_PRICE_BY_SIDE</c>.</summary>
    public PercentPriceBySideFilter? PercentPriceBySide { get; init; }

    /// <summary><c>LOT_SIZE</c>.</summary>
    public LotSizeFilter? LotSize { get; init; }

    /// <summary><c>MIN_NOTIONAL</c>.</summary>
    public MinNotionalFilter? MinNotional { get; init; }

    /// <summary><c>NOTIONAL</c>.</summary>
    public NotionalFilter? Notional { get; init; }

    /// <summary><c>ICEBERG_PARTS</c> (<c>limit</c>).</summary>
    public int? IcebergParts { get; init; }

    /// <summary><c>MARKET_LOT_SIZE</c>.</summary>
    public LotSizeFilter? MarketLotSize { get; init; }

    /// <summary><c>MAX_NUM_ORDERS</c> (<c>maxNumOrders</c>).</summary>
    public int? MaxNumOrders { get; init; }

    /// <summary><c>MAX_NUM_ALGO_ORDERS</c> (<c>maxNumAlgoOrders</c>).</summary>
    public int? MaxNumAlgoOrders { get; init; }

    /// <summary><c>MAX_NUM_ICEBERG_ORDERS</c> (<c>maxNumIcebergOrders</c>).</summary>
    public int? MaxNumIcebergOrders { get; init; }

    /// <summary><c>MAX_POSITION</c> (<c>maxPosition</c>).</summary>
    public Quantity? MaxPosition { get; init; }

    /// <summary><c>TRAILING_DELTA</c>.</summary>
    public TrailingDeltaFilter? TrailingDelta { get; init; }

    /// <summary><c>MAX_NUM_ORDER_AMENDS</c> (<c>maxNumOrderAmends</c>).</summary>
    public int? MaxNumOrderAmends { get; init; }

    /// <summary><c>MAX_NUM_ORDER_LISTS</c> (<c>maxNumOrderLists</c>).</summary>
    public int? MaxNumOrderLists { get; init; }
}

/// <summary><c>PRICE_FILTER</c>: a zero field disables its check.</summary>
public sealed record PriceFilter(Price MinPrice, Price MaxPrice, Price TickSize);

/// <summary><c>PERCENT_PRICE</c>: multipliers are scaled by 10^8 like prices.</summary>
public sealed record PercentPriceFilter(Price MultiplierUp, Price MultiplierDown, int AveragePriceMinutes);

/// <summary><c>PERCENT_PRICE_BY_SIDE</c>: multipliers are scaled by 10^8 like prices.</summary>
public sealed record PercentPriceBySideFilter(
    Price BidMultiplierUp, Price BidMultiplierDown, Price AskMultiplierUp, Price AskMultiplierDown, int AveragePriceMinutes);

/// <summary><c>LOT_SIZE</c> and <c>MARKET_LOT_SIZE</c>: a zero field disables its check.</summary>
public sealed record LotSizeFilter(Quantity MinQuantity, Quantity MaxQuantity, Quantity StepSize);

/// <summary><c>MIN_NOTIONAL</c> (<c>minNotional</c>, <c>applyToMarket</c>, <c>avgPriceMins</c>).</summary>
public sealed record MinNotionalFilter(Quantity MinNotional, bool ApplyToMarket, int AveragePriceMinutes);

/// <summary><c>NOTIONAL</c> (<c>minNotional</c>, <c>applyMinToMarket</c>, <c>maxNotional</c>, <c>applyMaxToMarket</c>, <c>avgPriceMins</c>).</summary>
public sealed record NotionalFilter(
    Quantity MinNotional, bool ApplyMinToMarket, Quantity MaxNotional, bool ApplyMaxToMarket, int AveragePriceMinutes);

/// <summary><c>TRAILING_DELTA</c> bounds in BIPS.</summary>
public sealed record TrailingDeltaFilter(
    long MinTrailingAboveDelta, long MaxTrailingAboveDelta, long MinTrailingBelowDelta, long MaxTrailingBelowDelta);
