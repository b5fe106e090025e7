using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Filters;

/// <summary>Price limits relative to the average price, per side (<c>PERCENT_PRICE_BY_SIDE</c>).</summary>
public sealed record PercentPriceBySideFilter : Filter
{
    /// <summary>Filter type (<c>filterType</c>).</summary>
    [JsonPropertyName("filterType")]
    public string FilterType => "PERCENT_PRICE_BY_SIDE";

    /// <summary>Bid multiplier up (<c>bidMultiplierUp</c>).</summary>
    [JsonPropertyName("bidMultiplierUp")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal BidMultiplierUp { get; init; }

    /// <summary>Bid multiplier down (<c>bidMultiplierDown</c>).</summary>
    [JsonPropertyName("bidMultiplierDown")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal BidMultiplierDown { get; init; }

    /// <summary>Ask multiplier up (<c>askMultiplierUp</c>).</summary>
    [JsonPropertyName("askMultiplierUp")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal AskMultiplierUp { get; init; }

    /// <summary>Ask multiplier down (<c>askMultiplierDown</c>).</summary>
    [JsonPropertyName("askMultiplierDown")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal AskMultiplierDown { get; init; }

    /// <summary>Average price minutes (<c>avgPriceMins</c>).</summary>
    [JsonPropertyName("avgPriceMins")]
    public int AveragePriceMinutes { get; init; }
}
