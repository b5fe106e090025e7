using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Filters;

/// <summary>Maximum open orders on the exchange (<c>EXCHANGE_MAX_NUM_ORDERS</c>).</summary>
public sealed record ExchangeMaxNumOrdersFilter : Filter
{
    /// <summary>Filter type (<c>filterType</c>).</summary>
    [JsonPropertyName("filterType")]
    public string FilterType => "EXCHANGE_MAX_NUM_ORDERS";

    /// <summary>Maximum orders (<c>maxNumOrders</c>).</summary>
    [JsonPropertyName("maxNumOrders")]
    public int MaximumOrders { get; init; }
}
