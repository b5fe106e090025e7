namespace Spotnet.Engine;

/// <summary>A price level's new total visible quantity (zero = removed), for depth streams.</summary>
public readonly record struct BookLevelUpdate
{
    /// <summary>Symbol id.</summary>
    public int SymbolId { get; init; }

    /// <summary>Bid (BUY) or ask (SELL) side.</summary>
    public OrderSide Side { get; init; }

    /// <summary>Level price.</summary>
    public Price Price { get; init; }

    /// <summary>Total visible quantity now at the level.</summary>
    public Quantity Quantity { get; init; }

    /// <summary>The symbol's book update id after this change (<c>u</c>, <c>lastUpdateId</c>).</summary>
    public long UpdateId { get; init; }
}
