namespace Spotnet.Protocol.Endpoints;

/// <summary>A weight chosen by the <c>limit</c> parameter (<c>depth</c>: 1–100 → 5, 101–500 → 25, ...).</summary>
/// <param name="DefaultLimit">The limit used when <c>limit</c> is absent.</param>
/// <param name="Bands">Weights by limit, ascending; limits above the last band pay the last band's weight.</param>
public sealed record LimitWeight(int DefaultLimit, IReadOnlyList<WeightBand> Bands) : WeightRule(false)
{
    /// <inheritdoc/>
    public override int Evaluate<TInputs>(TInputs inputs) => WeightBand.Find(Bands, inputs.Limit ?? DefaultLimit);
}
