using Spotnet.Engine;

namespace Spotnet.Server.Exchange;

/// <summary>The events of one batch of commands, copied out of the engine's reused buffers, in execution order.</summary>
public sealed class ExchangeEvents
{
    /// <summary>Order updates (<c>executionReport</c> data).</summary>
    public List<OrderUpdate> OrderUpdates { get; } = [];

    /// <summary>Trades.</summary>
    public List<TradeEvent> Trades { get; } = [];

    /// <summary>Book level changes.</summary>
    public List<BookLevelUpdate> BookUpdates { get; } = [];

    /// <summary>Final balances of every account and asset a command touched (engine account ids).</summary>
    public List<BalanceUpdate> BalanceUpdates { get; } = [];

    /// <summary>Prevented matches.</summary>
    public List<PreventedMatch> PreventedMatches { get; } = [];

    /// <summary>Order list status changes.</summary>
    public List<ListStatus> ListUpdates { get; } = [];

    /// <summary>Whether the batch emitted nothing.</summary>
    public bool IsEmpty =>
        OrderUpdates.Count == 0 && Trades.Count == 0 && BookUpdates.Count == 0 && BalanceUpdates.Count == 0
        && PreventedMatches.Count == 0 && ListUpdates.Count == 0;

    /// <summary>Appends what the engine's last command emitted.</summary>
    internal void Append(EngineOutput output)
    {
        OrderUpdates.AddRange(output.OrderUpdates.Items);
        Trades.AddRange(output.Trades.Items);
        BookUpdates.AddRange(output.BookUpdates.Items);
        BalanceUpdates.AddRange(output.BalanceUpdates.Items);
        PreventedMatches.AddRange(output.PreventedMatches.Items);
        ListUpdates.AddRange(output.ListUpdates.Items);
    }
}
