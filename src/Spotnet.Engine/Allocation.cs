namespace Spotnet.Engine;

/// <summary>An SOR allocation as the account saw it (<c>myAllocations</c>): a fill from another book of the order's SOR group.</summary>
public readonly record struct Allocation
{
    /// <summary>The symbol the order was sent to.</summary>
    public int SymbolId { get; init; }

    /// <summary><c>allocationId</c> (per symbol, from 0).</summary>
    public long AllocationId { get; init; }

    /// <summary><c>orderId</c>.</summary>
    public long OrderId { get; init; }

    /// <summary><c>orderListId</c>.</summary>
    public long OrderListId { get; init; }

    /// <summary><c>price</c> of the fill.</summary>
    public Price Price { get; init; }

    /// <summary><c>qty</c> of the fill.</summary>
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
}
