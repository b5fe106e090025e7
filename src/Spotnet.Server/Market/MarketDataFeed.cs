using Spotnet.Server.Exchange;

namespace Spotnet.Server.Market;

/// <summary>Feeds the engine host's trades into the market data projections, and saves them with every snapshot.</summary>
/// <param name="catalog">Maps engine symbol ids to names.</param>
/// <param name="marketData">The projections.</param>
public sealed class MarketDataFeed(ExchangeCatalog catalog, MarketData marketData) : IExchangeProjection
{
    /// <inheritdoc />
    public void OnBatch(ExchangeEvents events, ExchangeAccounts accounts)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var trade in events.Trades)
        {
            marketData[catalog.SymbolName(trade.SymbolId)].Add(trade);
        }
    }

    /// <inheritdoc />
    public void WriteSnapshot(BinaryWriter writer) => marketData.WriteSnapshot(writer);

    /// <inheritdoc />
    public void ReadSnapshot(BinaryReader reader) => marketData.ReadSnapshot(reader);
}
