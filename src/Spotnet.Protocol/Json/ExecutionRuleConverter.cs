using System.Text.Json;
using Spotnet.Protocol.Models.General;

namespace Spotnet.Protocol.Json;

/// <summary>Reads and writes <see cref="ExecutionRule"/> by <c>ruleType</c>; unknown types become <see cref="UnknownExecutionRule"/>.</summary>
public sealed class ExecutionRuleConverter : DiscriminatedConverter<ExecutionRule>
{
    /// <summary>Creates the converter.</summary>
    public ExecutionRuleConverter()
        : base("ruleType")
    {
    }

    /// <inheritdoc />
    protected override Type? ConcreteType(string? discriminator) =>
        discriminator == "PRICE_RANGE" ? typeof(PriceRangeRule) : null;

    /// <inheritdoc />
    protected override ExecutionRule Unknown(JsonElement raw) => new UnknownExecutionRule { Raw = raw };

    /// <inheritdoc />
    protected override JsonElement? RawOf(ExecutionRule value) => (value as UnknownExecutionRule)?.Raw;
}
