namespace Spotnet.Protocol.Endpoints;

/// <summary>A weight that is lower when the symbol does not exist (<c>myPreventedMatches</c>: "If symbol is invalid: 2").</summary>
/// <param name="Rule">The weight for a listed symbol.</param>
/// <param name="WhenUnknown">The weight when <c>symbol</c> names no listed symbol.</param>
public sealed record UnknownSymbolWeight(WeightRule Rule, int WhenUnknown) : WeightRule(Rule.ZeroWhenSuccessful)
{
    /// <inheritdoc/>
    public override int Evaluate<TInputs>(TInputs inputs) => inputs.IsUnknownSymbol ? WhenUnknown : Rule.Evaluate(inputs);
}
