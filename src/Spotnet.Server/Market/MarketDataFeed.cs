using Spotnet.Server.Exchange;

namespace Spotnet.Server.Market;

/// <summary>Feeds the engine host's trades into the market data projections, erases them at a reset, and saves them with every snapshot.</summary>
/// <param name="catalog">Maps engine symbol ids to names.</param>
/// <param name="marketData">The projections.</param>
public sealed class MarketDataFeed(ExchangeCatalog catalog, MarketData marketData) : IExchangeProjection
{
    /// <inheritdoc />
    public void OnBatch(ExchangeEvents events, ExchangeAccounts accounts)
    {
        ArgumentNullException.ThrowIfNull(events);
        var first = 0;
        if (events.ResetEpoch is not null)
        {
            // Trades of the erased epoch in this batch are skipped rather than added and then erased.
            marketData.Clear();
            first = events.TradesBeforeReset;
        }

        for (var i = first; i < events.Trades.Count; i++)
        {
            var trade = events.Trades[i];
            marketData[catalog.SymbolName(trade.SymbolId)].Add(trade);
        }
    }

    /// <inheritdoc />
    public void WriteSnapshot(BinaryWriter writer) => marketData.WriteSnapshot(writer);

    /// <inheritdoc />
    public void ReadSnapshot(BinaryReader reader) => marketData.ReadSnapshot(reader);
}
