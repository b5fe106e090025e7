using System.Text.Json.Serialization;
using Spotnet.Protocol.Enums;

namespace Spotnet.Protocol.Models.MarketData;

/// <summary>How a symbol's reference price is calculated (<c>GET /api/v3/referencePrice/calculation</c>).</summary>
public sealed record ReferencePriceCalculation
{
    /// <summary>Symbol (<c>symbol</c>).</summary>
    [JsonPropertyName("symbol")]
    public required string Symbol { get; init; }

    /// <summary>Calculation type (<c>calculationType</c>).</summary>
    [JsonPropertyName("calculationType")]
    public ReferencePriceCalculationType CalculationType { get; init; }

    /// <summary>Bucket count (<c>bucketCount</c>).</summary>
    [JsonPropertyName("bucketCount")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? BucketCount { get; init; }

    /// <summary>Bucket width milliseconds (<c>bucketWidthMs</c>).</summary>
    [JsonPropertyName("bucketWidthMs")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? BucketWidthMilliseconds { get; init; }

    /// <summary>External calculation id (<c>externalCalculationId</c>).</summary>
    [JsonPropertyName("externalCalculationId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? ExternalCalculationId { get; init; }
}
