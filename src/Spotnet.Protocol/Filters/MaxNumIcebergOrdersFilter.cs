using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Filters;

/// <summary>Maximum open iceberg orders on a symbol (<c>MAX_NUM_ICEBERG_ORDERS</c>).</summary>
public sealed record MaxNumIcebergOrdersFilter : Filter
{
    /// <summary>Filter type (<c>filterType</c>).</summary>
    [JsonPropertyName("filterType")]
    public string FilterType => "MAX_NUM_ICEBERG_ORDERS";

    /// <summary>Maximum iceberg orders (<c>maxNumIcebergOrders</c>).</summary>
    [JsonPropertyName("maxNumIcebergOrders")]
    public int MaximumIcebergOrders { get; init; }
}
