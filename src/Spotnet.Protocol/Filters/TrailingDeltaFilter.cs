using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Filters;

/// <summary>Allowed trailing delta range in basis points (<c>TRAILING_DELTA</c>).</summary>
public sealed record TrailingDeltaFilter : Filter
{
    /// <summary>Filter type (<c>filterType</c>).</summary>
    [JsonPropertyName("filterType")]
    public string FilterType => "TRAILING_DELTA";

    /// <summary>Minimum trailing above delta (<c>minTrailingAboveDelta</c>).</summary>
    [JsonPropertyName("minTrailingAboveDelta")]
    public int MinimumTrailingAboveDelta { get; init; }

    /// <summary>Maximum trailing above delta (<c>maxTrailingAboveDelta</c>).</summary>
    [JsonPropertyName("maxTrailingAboveDelta")]
    public int MaximumTrailingAboveDelta { get; init; }

    /// <summary>Minimum trailing below delta (<c>minTrailingBelowDelta</c>).</summary>
    [JsonPropertyName("minTrailingBelowDelta")]
    public int MinimumTrailingBelowDelta { get; init; }

    /// <summary>Maximum trailing below delta (<c>maxTrailingBelowDelta</c>).</summary>
    [JsonPropertyName("maxTrailingBelowDelta")]
    public int MaximumTrailingBelowDelta { get; init; }
}
