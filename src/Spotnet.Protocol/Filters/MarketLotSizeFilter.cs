using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Filters;

/// <summary>Quantity range and step for market orders (<c>MARKET_LOT_SIZE</c>).</summary>
public sealed record MarketLotSizeFilter : Filter
{
    /// <summary>Filter type (<c>filterType</c>).</summary>
    [JsonPropertyName("filterType")]
    public string FilterType => "MARKET_LOT_SIZE";

    /// <summary>Minimum quantity (<c>minQty</c>).</summary>
    [JsonPropertyName("minQty")]
    public decimal MinimumQuantity { get; init; }

    /// <summary>Maximum quantity (<c>maxQty</c>).</summary>
    [JsonPropertyName("maxQty")]
    public decimal MaximumQuantity { get; init; }

    /// <summary>Step size (<c>stepSize</c>).</summary>
    [JsonPropertyName("stepSize")]
    public decimal StepSize { get; init; }
}
