namespace Spotnet.Engine;

/// <summary>The exchange filters of <c>filters.md</c> (null = absent).</summary>
public sealed record ExchangeFilters
{
    /// <summary><c>EXCHANGE_MAX_NUM_ORDERS</c>.</summary>
    public int? MaxNumOrders { get; init; }

    /// <summary><c>EXCHANGE_MAX_NUM_ALGO_ORDERS</c>.</summary>
    public int? MaxNumAlgoOrders { get; init; }

    /// <summary><c>EXCHANGE_MAX_NUM_ICEBERG_ORDERS</c>.</summary>
    public int? MaxNumIcebergOrders { get; init; }

    /// <summary><c>EXCHANGE_MAX_NUM_ORDER_LISTS</c>.</summary>
    public int? MaxNumOrderLists { get; init; }
}
