using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Filters;

/// <summary>Maximum open order lists on a symbol (<c>MAX_NUM_ORDER_LISTS</c>).</summary>
public sealed record MaxNumOrderListsFilter : Filter
{
    /// <summary>Filter type (<c>filterType</c>).</summary>
    [JsonPropertyName("filterType")]
    public string FilterType => "MAX_NUM_ORDER_LISTS";

    /// <summary>Maximum order lists (<c>maxNumOrderLists</c>).</summary>
    [JsonPropertyName("maxNumOrderLists")]
    public int MaximumOrderLists { get; init; }
}
