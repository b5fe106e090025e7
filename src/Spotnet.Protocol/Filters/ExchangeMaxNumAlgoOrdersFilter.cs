using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Filters;

/// <summary>Maximum open algo orders on the exchange (<c>EXCHANGE_MAX_NUM_ALGO_ORDERS</c>).</summary>
public sealed record ExchangeMaxNumAlgoOrdersFilter : Filter
{
    /// <summary>Filter type (<c>filterType</c>).</summary>
    [JsonPropertyName("filterType")]
    public string FilterType => "EXCHANGE_MAX_NUM_ALGO_ORDERS";

    /// <summary>Maximum algo orders (<c>maxNumAlgoOrders</c>).</summary>
    [JsonPropertyName("maxNumAlgoOrders")]
    public int MaximumAlgoOrders { get; init; }
}
