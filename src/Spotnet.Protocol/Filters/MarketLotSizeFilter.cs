using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Filters;

/// <summary>Quantity range and step for market orders (<c>MARKET_LOT_SIZE</c>).</summary>
public sealed record MarketLotSizeFilter : Filter
{
    /// <summary>Filter type (<c>filterType</c>).</summary>
    [JsonPropertyName("filterType")]
    public string FilterType => "MARKET_LOT_SIZE";

    /// <summary>Minimum quantity (<c>minQty</c>).</summary>
    [JsonPropertyName("minQty")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal MinimumQuantity { get; init; }

    /// <summary>Maximum quantity (<c>maxQty</c>).</summary>
    [JsonPropertyName("maxQty")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal MaximumQuantity { get; init; }

    /// <summary>Step size (<c>stepSize</c>).</summary>
    [JsonPropertyName("stepSize")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal StepSize { get; init; }
}
