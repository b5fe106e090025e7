namespace Spotnet.Protocol.Endpoints;

/// <summary>A simple <see cref="IWeightInputs"/>: <c>new WeightInputs { Limit = 500 }</c>, <c>new WeightInputs { Parameters = ["orderId"] }</c>.</summary>
public sealed record WeightInputs : IWeightInputs
{
    /// <summary>No parameters.</summary>
    public static WeightInputs None { get; } = new();

    /// <inheritdoc/>
    public int? Limit { get; init; }

    /// <inheritdoc/>
    public int? SymbolCount { get; init; }

    /// <inheritdoc/>
    public bool IsUnknownSymbol { get; init; }

    /// <summary>Names of the parameters that were sent (BOOLEANs only when <c>true</c>).</summary>
    public IReadOnlyCollection<string> Parameters { get; init; } = [];

    /// <inheritdoc/>
    public bool IsSet(string parameter) => Parameters.Contains(parameter, StringComparer.Ordinal);
}
