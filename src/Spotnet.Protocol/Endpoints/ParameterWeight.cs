namespace Spotnet.Protocol.Endpoints;

/// <summary>A weight that depends on whether one parameter is sent (<c>myTrades</c>: 5 with <c>orderId</c>, 20 without).</summary>
/// <param name="Parameter">The deciding parameter (a BOOLEAN counts when <c>true</c>).</param>
/// <param name="WithParameter">Weight when it is sent.</param>
/// <param name="WithoutParameter">Weight when it is not.</param>
public sealed record ParameterWeight(string Parameter, int WithParameter, int WithoutParameter) : WeightRule(false)
{
    /// <inheritdoc/>
    public override int Evaluate<TInputs>(TInputs inputs) => inputs.IsSet(Parameter) ? WithParameter : WithoutParameter;
}
