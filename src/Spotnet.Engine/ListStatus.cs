namespace Spotnet.Engine;

/// <summary>An order list's state (<c>listStatus</c> events, list responses and queries).</summary>
public sealed record ListStatus
{
    /// <summary>Symbol id.</summary>
    public required int SymbolId { get; init; }

    /// <summary>Account id.</summary>
    public required int AccountId { get; init; }

    /// <summary><c>orderListId</c>.</summary>
    public required long OrderListId { get; init; }

    /// <summary>The kind placed (the wire <c>contingencyType</c> is OCO for OCO and OTO for all others).</summary>
    public required OrderListKind Kind { get; init; }

    /// <summary><c>listStatusType</c>.</summary>
    public required ListStatusType StatusType { get; init; }

    /// <summary><c>listOrderStatus</c>.</summary>
    public required ListOrderStatus OrderStatus { get; init; }

    /// <summary><c>listClientOrderId</c>.</summary>
    public required string ListClientOrderId { get; init; }

    /// <summary><c>transactionTime</c> in µs.</summary>
    public required long TransactionTime { get; init; }

    /// <summary>The legs' order ids and client ids (<c>orders</c>).</summary>
    public required IReadOnlyList<(long OrderId, string ClientOrderId)> Orders { get; init; }
}
