namespace Spotnet.Engine;

/// <summary>A public trade (the tape, <c>trade</c> streams and <c>myTrades</c>).</summary>
public readonly record struct TradeEvent
{
    /// <summary>Symbol id.</summary>
    public int SymbolId { get; init; }

    /// <summary><c>id</c> (per symbol).</summary>
    public long TradeId { get; init; }

    /// <summary><c>price</c>.</summary>
    public Price Price { get; init; }

    /// <summary><c>qty</c>.</summary>
    public Quantity Quantity { get; init; }

    /// <summary><c>quoteQty</c>.</summary>
    public Quantity QuoteQuantity { get; init; }

    /// <summary>Buyer order id.</summary>
    public long BuyerOrderId { get; init; }

    /// <summary>Seller order id.</summary>
    public long SellerOrderId { get; init; }

    /// <summary>Buyer account id.</summary>
    public int BuyerAccountId { get; init; }

    /// <summary>Seller account id.</summary>
    public int SellerAccountId { get; init; }

    /// <summary><c>isBuyerMaker</c>.</summary>
    public bool IsBuyerMaker { get; init; }

    /// <summary><c>isBestMatch</c> (always true).</summary>
    public bool IsBestMatch => true;

    /// <summary><c>time</c> in µs.</summary>
    public long Time { get; init; }
}
