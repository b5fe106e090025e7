namespace Spotnet.Engine;

/// <summary>Everything the last command emitted; the buffers are reused, so copy what must outlive the next command.</summary>
public sealed class EngineOutput
{
    /// <summary>Order updates (<c>executionReport</c>s and response data), in the order they happened.</summary>
    public EventBuffer<OrderUpdate> OrderUpdates { get; } = new();

    /// <summary>Trades, in execution order.</summary>
    public EventBuffer<TradeEvent> Trades { get; } = new();

    /// <summary>Book level changes, in order (a level may change several times in one command).</summary>
    public EventBuffer<BookLevelUpdate> BookUpdates { get; } = new();

    /// <summary>Final balances of every account and asset the command touched.</summary>
    public EventBuffer<BalanceUpdate> BalanceUpdates { get; } = new();

    /// <summary>Prevented matches.</summary>
    public EventBuffer<PreventedMatch> PreventedMatches { get; } = new();

    /// <summary>Order list status changes.</summary>
    public EventBuffer<ListStatus> ListUpdates { get; } = new();

    /// <summary>History items the command took out of memory, oldest first (see <see cref="ExchangeConfig.HistoryInMemory"/>).</summary>
    public EventBuffer<SpilledHistory> Spilled { get; } = new();

    internal void Clear()
    {
        Spilled.Clear();
        OrderUpdates.Clear();
        Trades.Clear();
        BookUpdates.Clear();
        BalanceUpdates.Clear();
        PreventedMatches.Clear();
        ListUpdates.Clear();
    }
}
