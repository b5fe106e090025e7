using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Filters;

/// <summary>Maximum open iceberg orders on the exchange (<c>EXCHANGE_MAX_NUM_ICEBERG_ORDERS</c>).</summary>
public sealed record ExchangeMaxNumIcebergOrdersFilter : Filter
{
    /// <summary>Filter type (<c>filterType</c>).</summary>
    [JsonPropertyName("filterType")]
    public string FilterType => "EXCHANGE_MAX_NUM_ICEBERG_ORDERS";

    /// <summary>Maximum iceberg orders (<c>maxNumIcebergOrders</c>).</summary>
    [JsonPropertyName("maxNumIcebergOrders")]
    public int MaximumIcebergOrders { get; init; }
}
