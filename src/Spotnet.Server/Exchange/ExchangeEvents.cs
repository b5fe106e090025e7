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

    /// <summary>History items the batch's commands took out of the engine's memory, each with the epoch it belongs to.</summary>
    public List<(long Epoch, SpilledHistory Item)> Spilled { get; } = [];

    /// <summary>The epoch a reset in this batch started, or null when the batch has no reset.</summary>
    public long? ResetEpoch { get; private set; }

    /// <summary>How many of <see cref="Trades"/> precede the (last) reset of the batch: those belong to the erased epoch.</summary>
    public int TradesBeforeReset { get; private set; }

    /// <summary>Whether the batch emitted nothing.</summary>
    public bool IsEmpty =>
        ResetEpoch is null && OrderUpdates.Count == 0 && Trades.Count == 0 && BookUpdates.Count == 0 && BalanceUpdates.Count == 0
        && PreventedMatches.Count == 0 && ListUpdates.Count == 0;

    /// <summary>
    /// When <paramref name="command"/> was a reset, records that it started <paramref name="epoch"/> after the events
    /// appended so far (live and in replay alike, so projections erase the same trades both ways).
    /// </summary>
    internal void MarkIfReset(EngineCommand command, long epoch)
    {
        if (command is Reset)
        {
            ResetEpoch = epoch;
            TradesBeforeReset = Trades.Count;
        }
    }

    /// <summary>Appends what the engine's last command emitted; items it spilled belong to <paramref name="epoch"/> (the epoch it ran in).</summary>
    internal void Append(EngineOutput output, long epoch)
    {
        foreach (var item in output.Spilled.Items)
        {
            Spilled.Add((epoch, item));
        }

        OrderUpdates.AddRange(output.OrderUpdates.Items);
        Trades.AddRange(output.Trades.Items);
        BookUpdates.AddRange(output.BookUpdates.Items);
        BalanceUpdates.AddRange(output.BalanceUpdates.Items);
        PreventedMatches.AddRange(output.PreventedMatches.Items);
        ListUpdates.AddRange(output.ListUpdates.Items);
    }
}
