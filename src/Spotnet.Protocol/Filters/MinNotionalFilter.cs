using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Filters;

/// <summary>Minimum notional value (<c>MIN_NOTIONAL</c>).</summary>
public sealed record MinNotionalFilter : Filter
{
    /// <summary>Filter type (<c>filterType</c>).</summary>
    [JsonPropertyName("filterType")]
    public string FilterType => "MIN_NOTIONAL";

    /// <summary>Minimum notional (<c>minNotional</c>).</summary>
    [JsonPropertyName("minNotional")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal MinimumNotional { get; init; }

    /// <summary>Apply to market (<c>applyToMarket</c>).</summary>
    [JsonPropertyName("applyToMarket")]
    public bool ApplyToMarket { get; init; }

    /// <summary>Average price minutes (<c>avgPriceMins</c>).</summary>
    [JsonPropertyName("avgPriceMins")]
    public int AveragePriceMinutes { get; init; }
}
