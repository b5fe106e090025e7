using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Filters;

/// <summary>Maximum quantity of an asset in one order (<c>MAX_ASSET</c>).</summary>
public sealed record MaxAssetFilter : Filter
{
    /// <summary>Filter type (<c>filterType</c>).</summary>
    [JsonPropertyName("filterType")]
    public string FilterType => "MAX_ASSET";

    /// <summary>Asset (<c>asset</c>).</summary>
    [JsonPropertyName("asset")]
    public required string Asset { get; init; }

    /// <summary>Limit (<c>limit</c>).</summary>
    [JsonPropertyName("limit")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Limit { get; init; }
}
