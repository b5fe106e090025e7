using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Filters;

/// <summary>Price limits relative to the average price (<c>PERCENT_PRICE</c>).</summary>
public sealed record PercentPriceFilter : Filter
{
    /// <summary>Filter type (<c>filterType</c>).</summary>
    [JsonPropertyName("filterType")]
    public string FilterType => "PERCENT_PRICE";

    /// <summary>Multiplier up (<c>multiplierUp</c>).</summary>
    [JsonPropertyName("multiplierUp")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal MultiplierUp { get; init; }

    /// <summary>Multiplier down (<c>multiplierDown</c>).</summary>
    [JsonPropertyName("multiplierDown")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal MultiplierDown { get; init; }

    /// <summary>Average price minutes (<c>avgPriceMins</c>).</summary>
    [JsonPropertyName("avgPriceMins")]
    public int AveragePriceMinutes { get; init; }
}
