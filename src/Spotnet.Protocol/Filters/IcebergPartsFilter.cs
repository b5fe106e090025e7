using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Filters;

/// <summary>Maximum parts of an iceberg order (<c>ICEBERG_PARTS</c>).</summary>
public sealed record IcebergPartsFilter : Filter
{
    /// <summary>Filter type (<c>filterType</c>).</summary>
    [JsonPropertyName("filterType")]
    public string FilterType => "ICEBERG_PARTS";

    /// <summary>Limit (<c>limit</c>).</summary>
    [JsonPropertyName("limit")]
    public int Limit { get; init; }
}
