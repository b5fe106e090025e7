namespace Spotnet.Protocol.Endpoints;

/// <summary>A weight chosen by <c>symbol</c>/<c>symbols</c>: one symbol, a list of symbols, or all symbols.</summary>
/// <param name="SingleSymbol">Weight with <c>symbol</c>.</param>
/// <param name="AllSymbols">Weight with neither <c>symbol</c> nor <c>symbols</c>.</param>
/// <param name="SymbolCountBands">Weights by number of <c>symbols</c>; when empty, <paramref name="PerSymbol"/> and <paramref name="Cap"/> apply.</param>
/// <param name="PerSymbol">Weight per entry of <c>symbols</c> when there are no bands.</param>
/// <param name="Cap">Upper bound of <paramref name="PerSymbol"/> × count.</param>
public sealed record SymbolsWeight(int SingleSymbol, int AllSymbols, IReadOnlyList<WeightBand> SymbolCountBands, int PerSymbol, int Cap)
    : WeightRule(false)
{
    /// <inheritdoc/>
    public override int Evaluate<TInputs>(TInputs inputs)
    {
        if (inputs.SymbolCount is { } listed)
        {
            // An empty list (undocumented) pays for one symbol: no request is free.
            var count = Math.Max(listed, 1);
            return SymbolCountBands.Count > 0 ? WeightBand.Find(SymbolCountBands, count) : (int)Math.Min((long)PerSymbol * count, Cap);
        }

        return inputs.IsSet("symbol") ? SingleSymbol : AllSymbols;
    }
}
