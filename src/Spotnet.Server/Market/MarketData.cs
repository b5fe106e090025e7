using Spotnet.Engine;
using Spotnet.Server.Configuration;

namespace Spotnet.Server.Market;

/// <summary>The public market data of every symbol, fed with the engine's trades; read by the market data endpoints.</summary>
public sealed class MarketData
{
    private readonly Dictionary<string, SymbolMarketData> _symbols;

    /// <summary>Creates empty projections for the given symbols.</summary>
    public MarketData(IEnumerable<string> symbols, MarketDataSettings limits)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        _symbols = symbols.ToDictionary(symbol => symbol, _ => new SymbolMarketData(limits), StringComparer.Ordinal);
    }

    /// <summary>The projection of one configured symbol.</summary>
    public SymbolMarketData this[string symbol] => _symbols[symbol];

    /// <summary>Erases every symbol's public market data (a reset).</summary>
    public void Clear()
    {
        foreach (var data in _symbols.Values)
        {
            data.Clear();
        }
    }

    /// <summary>Adds trades of one symbol, in execution order.</summary>
    public void AddTrades(string symbol, ReadOnlySpan<TradeEvent> trades)
    {
        var data = _symbols[symbol];
        foreach (ref readonly var trade in trades)
        {
            data.Add(trade);
        }
    }
}
