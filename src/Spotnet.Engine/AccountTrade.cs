namespace Spotnet.Engine;

/// <summary>One side of a trade as the account saw it (<c>myTrades</c>).</summary>
public readonly record struct AccountTrade
{
    /// <summary>Symbol id.</summary>
    public int SymbolId { get; init; }

    /// <summary><c>id</c>.</summary>
    public long TradeId { get; init; }

    /// <summary><c>orderId</c>.</summary>
    public long OrderId { get; init; }

    /// <summary><c>orderListId</c>.</summary>
    public long OrderListId { get; init; }

    /// <summary><c>price</c>.</summary>
    public Price Price { get; init; }

    /// <summary><c>qty</c>.</summary>
    public Quantity Quantity { get; init; }

    /// <summary><c>quoteQty</c>.</summary>
    public Quantity QuoteQuantity { get; init; }

    /// <summary><c>commission</c>.</summary>
    public Quantity Commission { get; init; }

    /// <summary><c>commissionAsset</c> id.</summary>
    public int CommissionAsset { get; init; }

    /// <summary><c>time</c> in µs.</summary>
    public long Time { get; init; }

    /// <summary><c>isBuyer</c>.</summary>
    public bool IsBuyer { get; init; }

    /// <summary><c>isMaker</c>.</summary>
    public bool IsMaker { get; init; }
}
