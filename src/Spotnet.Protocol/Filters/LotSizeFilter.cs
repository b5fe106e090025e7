using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Filters;

/// <summary>Quantity range and step (<c>LOT_SIZE</c>).</summary>
public sealed record LotSizeFilter : Filter
{
    /// <summary>Filter type (<c>filterType</c>).</summary>
    [JsonPropertyName("filterType")]
    public string FilterType => "LOT_SIZE";

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
