namespace Spotnet.Engine;

/// <summary>
/// One item of an account's history that the engine no longer keeps in memory (see
/// <see cref="ExchangeConfig.HistoryInMemory"/>): the engine's queries stop returning it, so whoever keeps history on
/// disk must store it. Only the field of its <see cref="Kind"/> is set.
/// </summary>
public sealed record SpilledHistory
{
    /// <summary>What the item is.</summary>
    public required HistoryKind Kind { get; init; }

    /// <summary>The account whose history it is (a prevented match is spilled once for each account in it).</summary>
    public required int AccountId { get; init; }

    /// <summary>The item's symbol.</summary>
    public required int SymbolId { get; init; }

    /// <summary>The item's id: order id, trade id, prevented match id, allocation id, execution id (amendment) or order list id.</summary>
    public required long Id { get; init; }

    /// <summary>Client order id of an order, list client order id of a list; null otherwise.</summary>
    public string? ClientId { get; init; }

    /// <summary>The order, for <see cref="HistoryKind.Order"/>.</summary>
    public OrderState Order { get => _payload is OrderState order ? order : default; init => _payload = value; }

    /// <summary>The trade, for <see cref="HistoryKind.Trade"/>.</summary>
    public AccountTrade Trade { get => _payload is AccountTrade trade ? trade : default; init => _payload = value; }

    /// <summary>The prevented match, for <see cref="HistoryKind.PreventedMatch"/>.</summary>
    public PreventedMatch PreventedMatch { get => _payload is PreventedMatch match ? match : default; init => _payload = value; }

    /// <summary>The allocation, for <see cref="HistoryKind.Allocation"/>.</summary>
    public Allocation Allocation { get => _payload is Allocation allocation ? allocation : default; init => _payload = value; }

    /// <summary>The amendment, for <see cref="HistoryKind.Amendment"/>.</summary>
    public Amendment Amendment { get => _payload is Amendment amendment ? amendment : default; init => _payload = value; }

    /// <summary>The order list, for <see cref="HistoryKind.OrderList"/>.</summary>
    public ListStatus? List { get => _payload as ListStatus; init => _payload = value; }

    // The one payload an item has, boxed: with a field for each kind, every item weighed about 560 bytes, most of them
    // the kinds it is not (an order spilled per order placed, in a long-running server).
    private readonly object? _payload;
}
