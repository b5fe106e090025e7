using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Filters;

/// <summary>Maximum position in the base asset (<c>MAX_POSITION</c>).</summary>
public sealed record MaxPositionFilter : Filter
{
    /// <summary>Filter type (<c>filterType</c>).</summary>
    [JsonPropertyName("filterType")]
    public string FilterType => "MAX_POSITION";

    /// <summary>Maximum position (<c>maxPosition</c>).</summary>
    [JsonPropertyName("maxPosition")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal MaximumPosition { get; init; }
}
