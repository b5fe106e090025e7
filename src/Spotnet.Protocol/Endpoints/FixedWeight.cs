namespace Spotnet.Protocol.Endpoints;

/// <summary>A weight that does not depend on the parameters.</summary>
/// <param name="Weight">The request weight.</param>
/// <param name="ZeroWhenSuccessful">Whether a successful request costs 0.</param>
public sealed record FixedWeight(int Weight, bool ZeroWhenSuccessful = false) : WeightRule(ZeroWhenSuccessful)
{
    /// <inheritdoc/>
    public override int Evaluate<TInputs>(TInputs inputs) => Weight;
}
