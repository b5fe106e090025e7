using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Models.General;

/// <summary>An execution rule of a symbol, chosen on the wire by <c>ruleType</c>.</summary>
[JsonConverter(typeof(ExecutionRuleConverter))]
public abstract record ExecutionRule;
