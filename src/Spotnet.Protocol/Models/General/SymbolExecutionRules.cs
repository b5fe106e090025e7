using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Models.General;

/// <summary>Execution rules of one symbol (<c>symbolRules[]</c>).</summary>
public sealed record SymbolExecutionRules
{
    /// <summary>Symbol (<c>symbol</c>).</summary>
    [JsonPropertyName("symbol")]
    public required string Symbol { get; init; }

    /// <summary>Rules (<c>rules</c>).</summary>
    [JsonPropertyName("rules")]
    public required IReadOnlyList<ExecutionRule> Rules { get; init; }
}
