using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>Kind of execution rule (<c>ruleType</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExecutionRuleType>))]
public enum ExecutionRuleType
{
    /// <summary><c>PRICE_RANGE</c></summary>
    [JsonStringEnumMemberName("PRICE_RANGE")]
    PriceRange,
}
