using System.Text.Json;
using Spotnet.Protocol.Filters;

namespace Spotnet.Protocol.Json;

/// <summary>Reads and writes <see cref="Filter"/> by <c>filterType</c>; unknown types become <see cref="UnknownFilter"/>.</summary>
public sealed class FilterConverter : DiscriminatedConverter<Filter>
{
    /// <summary>Creates the converter.</summary>
    public FilterConverter()
        : base("filterType")
    {
    }

    /// <inheritdoc />
    protected override Type? ConcreteType(string? discriminator) => discriminator switch
    {
        "PRICE_FILTER" => typeof(PriceFilter),
        "PERCENT_PRICE" => typeof(PercentPriceFilter),
        "PERCENT_PRICE_BY_SIDE" => typeof(PercentPriceBySideFilter),
        "LOT_SIZE" => typeof(LotSizeFilter),
        "MIN_NOTIONAL" => typeof(MinNotionalFilter),
        "NOTIONAL" => typeof(NotionalFilter),
        "ICEBERG_PARTS" => typeof(IcebergPartsFilter),
        "MARKET_LOT_SIZE" => typeof(MarketLotSizeFilter),
        "MAX_NUM_ORDERS" => typeof(MaxNumOrdersFilter),
        "MAX_NUM_ALGO_ORDERS" => typeof(MaxNumAlgoOrdersFilter),
        "MAX_NUM_ICEBERG_ORDERS" => typeof(MaxNumIcebergOrdersFilter),
        "MAX_POSITION" => typeof(MaxPositionFilter),
        "TRAILING_DELTA" => typeof(TrailingDeltaFilter),
        "MAX_NUM_ORDER_AMENDS" => typeof(MaxNumOrderAmendsFilter),
        "MAX_NUM_ORDER_LISTS" => typeof(MaxNumOrderListsFilter),
        "EXCHANGE_MAX_NUM_ORDERS" => typeof(ExchangeMaxNumOrdersFilter),
        "EXCHANGE_MAX_NUM_ALGO_ORDERS" => typeof(ExchangeMaxNumAlgoOrdersFilter),
        "EXCHANGE_MAX_NUM_ICEBERG_ORDERS" => typeof(ExchangeMaxNumIcebergOrdersFilter),
        "EXCHANGE_MAX_NUM_ORDER_LISTS" => typeof(ExchangeMaxNumOrderListsFilter),
        "MAX_ASSET" => typeof(MaxAssetFilter),
        _ => null,
    };

    /// <inheritdoc />
    protected override Filter Unknown(JsonElement raw) => new UnknownFilter { Raw = raw };

    /// <inheritdoc />
    protected override JsonElement? RawOf(Filter value) => (value as UnknownFilter)?.Raw;
}
