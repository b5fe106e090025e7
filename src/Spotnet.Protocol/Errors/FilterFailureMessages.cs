namespace Spotnet.Protocol.Errors;

/// <summary>Filter-failure messages (sent with <c>-1013</c>, or <c>-2038</c> for <c>MAX_NUM_ORDER_AMENDS</c>), verbatim from errors.md.</summary>
public static class FilterFailureMessages
{
    /// <summary><c>PRICE_FILTER</c>.</summary>
    public const string PriceFilter = "Filter failure: PRICE_FILTER";
    /// <summary><c>PERCENT_PRICE</c>.</summary>
    public const string PercentPrice = "Filter failure: PERCENT_PRICE";
    /// <summary><c>LOT_SIZE</c>.</summary>
    public const string LotSize = "Filter failure: LOT_SIZE";
    /// <summary><c>MIN_NOTIONAL</c>.</summary>
    public const string MinNotional = "Filter failure: MIN_NOTIONAL";
    /// <summary><c>NOTIONAL</c>.</summary>
    public const string Notional = "Filter failure: NOTIONAL";
    /// <summary><c>ICEBERG_PARTS</c>.</summary>
    public const string IcebergParts = "Filter failure: ICEBERG_PARTS";
    /// <summary><c>MARKET_LOT_SIZE</c>.</summary>
    public const string MarketLotSize = "Filter failure: MARKET_LOT_SIZE";
    /// <summary><c>MAX_POSITION</c>.</summary>
    public const string MaxPosition = "Filter failure: MAX_POSITION";
    /// <summary><c>MAX_NUM_ORDERS</c>.</summary>
    public const string MaxNumOrders = "Filter failure: MAX_NUM_ORDERS";
    /// <summary><c>MAX_NUM_ALGO_ORDERS</c>.</summary>
    public const string MaxNumAlgoOrders = "Filter failure: MAX_NUM_ALGO_ORDERS";
    /// <summary><c>MAX_NUM_ICEBERG_ORDERS</c>.</summary>
    public const string MaxNumIcebergOrders = "Filter failure: MAX_NUM_ICEBERG_ORDERS";
    /// <summary><c>MAX_NUM_ORDER_AMENDS</c>.</summary>
    public const string MaxNumOrderAmends = "Filter failure: MAX_NUM_ORDER_AMENDS";
    /// <summary><c>MAX_NUM_ORDER_LISTS</c>.</summary>
    public const string MaxNumOrderLists = "Filter failure: MAX_NUM_ORDER_LISTS";
    /// <summary><c>TRAILING_DELTA</c>.</summary>
    public const string TrailingDelta = "Filter failure: TRAILING_DELTA";
    /// <summary><c>EXCHANGE_MAX_NUM_ORDERS</c>.</summary>
    public const string ExchangeMaxNumOrders = "Filter failure: EXCHANGE_MAX_NUM_ORDERS";
    /// <summary><c>EXCHANGE_MAX_NUM_ALGO_ORDERS</c>.</summary>
    public const string ExchangeMaxNumAlgoOrders = "Filter failure: EXCHANGE_MAX_NUM_ALGO_ORDERS";
    /// <summary><c>EXCHANGE_MAX_NUM_ICEBERG_ORDERS</c>.</summary>
    public const string ExchangeMaxNumIcebergOrders = "Filter failure: EXCHANGE_MAX_NUM_ICEBERG_ORDERS";
    /// <summary><c>EXCHANGE_MAX_NUM_ORDER_LISTS</c>.</summary>
    public const string ExchangeMaxNumOrderLists = "Filter failure: EXCHANGE_MAX_NUM_ORDER_LISTS";

    /// <summary>Every message above, in the order of errors.md.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        PriceFilter, PercentPrice, LotSize, MinNotional, Notional, IcebergParts, MarketLotSize, MaxPosition, MaxNumOrders,
        MaxNumAlgoOrders, MaxNumIcebergOrders, MaxNumOrderAmends, MaxNumOrderLists, TrailingDelta, ExchangeMaxNumOrders,
        ExchangeMaxNumAlgoOrders, ExchangeMaxNumIcebergOrders, ExchangeMaxNumOrderLists,
    ];
}
