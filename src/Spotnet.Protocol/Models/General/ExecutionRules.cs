using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Models.General;

/// <summary>Execution rules per symbol (<c>GET /api/v3/executionRules</c>, <c>executionRules</c>).</summary>
public sealed record ExecutionRules
{
    /// <summary>Symbol rules (<c>symbolRules</c>).</summary>
    [JsonPropertyName("symbolRules")]
    public required IReadOnlyList<SymbolExecutionRules> SymbolRules { get; init; }
}
