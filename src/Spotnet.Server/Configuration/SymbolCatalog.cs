namespace Spotnet.Server.Configuration;

/// <summary>The configured symbols, looked up by exact code points (no case folding or normalisation).</summary>
public sealed class SymbolCatalog
{
    private readonly Dictionary<string, SymbolSettings> _bySymbol;

    /// <summary>Creates the catalog; a symbol listed twice is a configuration error.</summary>
    public SymbolCatalog(IReadOnlyList<SymbolSettings> symbols)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        All = symbols;
        _bySymbol = new Dictionary<string, SymbolSettings>(StringComparer.Ordinal);
        foreach (var symbol in symbols)
        {
            if (!_bySymbol.TryAdd(symbol.Symbol, symbol))
            {
                throw new InvalidOperationException($"Symbol {symbol.Symbol} is configured twice.");
            }
        }
    }

    /// <summary>All symbols in configured order.</summary>
    public IReadOnlyList<SymbolSettings> All { get; }

    /// <summary>Finds a symbol, or null.</summary>
    public SymbolSettings? Find(string symbol) => _bySymbol.GetValueOrDefault(symbol);
}
