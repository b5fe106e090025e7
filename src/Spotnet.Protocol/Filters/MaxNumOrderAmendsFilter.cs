using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Filters;

/// <summary>Maximum amendments of one order (<c>MAX_NUM_ORDER_AMENDS</c>).</summary>
public sealed record MaxNumOrderAmendsFilter : Filter
{
    /// <summary>Filter type (<c>filterType</c>).</summary>
    [JsonPropertyName("filterType")]
    public string FilterType => "MAX_NUM_ORDER_AMENDS";

    /// <summary>Maximum order amends (<c>maxNumOrderAmends</c>).</summary>
    [JsonPropertyName("maxNumOrderAmends")]
    public int MaximumOrderAmends { get; init; }
}
