using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Filters;

/// <summary>Maximum open orders on a symbol (<c>MAX_NUM_ORDERS</c>).</summary>
public sealed record MaxNumOrdersFilter : Filter
{
    /// <summary>Filter type (<c>filterType</c>).</summary>
    [JsonPropertyName("filterType")]
    public string FilterType => "MAX_NUM_ORDERS";

    /// <summary>Maximum orders (<c>maxNumOrders</c>).</summary>
    [JsonPropertyName("maxNumOrders")]
    public int MaximumOrders { get; init; }
}
