using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Filters;

/// <summary>Price range and tick size (<c>PRICE_FILTER</c>).</summary>
public sealed record PriceFilter : Filter
{
    /// <summary>Filter type (<c>filterType</c>).</summary>
    [JsonPropertyName("filterType")]
    public string FilterType => "PRICE_FILTER";

    /// <summary>Minimum price (<c>minPrice</c>).</summary>
    [JsonPropertyName("minPrice")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal MinimumPrice { get; init; }

    /// <summary>Maximum price (<c>maxPrice</c>).</summary>
    [JsonPropertyName("maxPrice")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal MaximumPrice { get; init; }

    /// <summary>Tick size (<c>tickSize</c>).</summary>
    [JsonPropertyName("tickSize")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal TickSize { get; init; }
}
