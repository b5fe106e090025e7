using System.Text.Json;

namespace Spotnet.Protocol.Models.General;

/// <summary>An execution rule whose <c>ruleType</c> this library does not know; it is kept as received and written back unchanged.</summary>
public sealed record UnknownExecutionRule : ExecutionRule
{
    /// <summary>The rule object exactly as received.</summary>
    public JsonElement Raw { get; init; }
}
