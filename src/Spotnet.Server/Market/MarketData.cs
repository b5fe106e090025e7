using Spotnet.Engine;
using Spotnet.Server.Configuration;

namespace Spotnet.Server.Market;

/// <summary>The public market data of every symbol, fed with the engine's trades; read by the market data endpoints.</summary>
public sealed class MarketData
{
    private readonly Dictionary<string, SymbolMarketData> _symbols;
    private readonly MarketDataSettings _limits;

    /// <summary>Creates empty projections for the given symbols.</summary>
    public MarketData(IEnumerable<string> symbols, MarketDataSettings limits)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        _limits = limits;
        _symbols = symbols.ToDictionary(symbol => symbol, _ => new SymbolMarketData(limits), StringComparer.Ordinal);
    }

    /// <summary>The projection of one configured symbol.</summary>
    public SymbolMarketData this[string symbol] => _symbols[symbol];

    /// <summary>Writes every symbol's projection, in symbol name order.</summary>
    public void WriteSnapshot(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var names = _symbols.Keys.Order(StringComparer.Ordinal).ToList();
        writer.Write(names.Count);
        foreach (var name in names)
        {
            writer.Write(name);
            _symbols[name].WriteSnapshot(writer);
        }
    }

    /// <summary>Replaces the projections of the symbols <see cref="WriteSnapshot"/> wrote (a symbol no longer configured is skipped over).</summary>
    public void ReadSnapshot(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        for (var count = reader.ReadInt32(); count > 0; count--)
        {
            var name = reader.ReadString();
            var data = _symbols.TryGetValue(name, out var existing) ? existing : new SymbolMarketData(_limits);
            data.ReadSnapshot(reader);
        }
    }

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
