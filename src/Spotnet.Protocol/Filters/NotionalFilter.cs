using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Filters;

/// <summary>Notional value range (<c>NOTIONAL</c>).</summary>
public sealed record NotionalFilter : Filter
{
    /// <summary>Filter type (<c>filterType</c>).</summary>
    [JsonPropertyName("filterType")]
    public string FilterType => "NOTIONAL";

    /// <summary>Minimum notional (<c>minNotional</c>).</summary>
    [JsonPropertyName("minNotional")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal MinimumNotional { get; init; }

    /// <summary>Apply minimum to market (<c>applyMinToMarket</c>).</summary>
    [JsonPropertyName("applyMinToMarket")]
    public bool ApplyMinimumToMarket { get; init; }

    /// <summary>Maximum notional (<c>maxNotional</c>).</summary>
    [JsonPropertyName("maxNotional")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal MaximumNotional { get; init; }

    /// <summary>Apply maximum to market (<c>applyMaxToMarket</c>).</summary>
    [JsonPropertyName("applyMaxToMarket")]
    public bool ApplyMaximumToMarket { get; init; }

    /// <summary>Average price minutes (<c>avgPriceMins</c>).</summary>
    [JsonPropertyName("avgPriceMins")]
    public int AveragePriceMinutes { get; init; }
}
