namespace Spotnet.Protocol.Endpoints;

/// <summary>How an endpoint's request weight follows from its parameters.</summary>
/// <param name="ZeroWhenSuccessful">
/// Whether a successful request costs 0 (order placement, cancel and amend endpoints since CHANGELOG 2026-03-27);
/// failed requests still pay <see cref="Evaluate{TInputs}"/>.
/// </param>
public abstract record WeightRule(bool ZeroWhenSuccessful)
{
    /// <summary>The documented weight for these parameters (what a failed request pays).</summary>
    public abstract int Evaluate<TInputs>(TInputs inputs)
        where TInputs : IWeightInputs;

    /// <summary>The weight actually charged, given whether the request succeeded.</summary>
    public int Charge<TInputs>(TInputs inputs, bool succeeded)
        where TInputs : IWeightInputs => succeeded && ZeroWhenSuccessful ? 0 : Evaluate(inputs);
}
