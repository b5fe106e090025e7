namespace Spotnet.Engine;

/// <summary>A prevented self-trade (<c>myPreventedMatches</c>, <c>preventedMatches</c> in FULL responses).</summary>
public readonly record struct PreventedMatch
{
    /// <summary>Symbol id (also <c>makerSymbol</c>).</summary>
    public int SymbolId { get; init; }

    /// <summary><c>preventedMatchId</c> (per symbol, from 0).</summary>
    public long PreventedMatchId { get; init; }

    /// <summary><c>takerOrderId</c>.</summary>
    public long TakerOrderId { get; init; }

    /// <summary><c>makerOrderId</c>.</summary>
    public long MakerOrderId { get; init; }

    /// <summary>Taker account id.</summary>
    public int TakerAccountId { get; init; }

    /// <summary>Maker account id.</summary>
    public int MakerAccountId { get; init; }

    /// <summary><c>tradeGroupId</c> (-1 when none).</summary>
    public long TradeGroupId { get; init; }

    /// <summary>The mode that applied (<c>selfTradePreventionMode</c>).</summary>
    public SelfTradePreventionMode Mode { get; init; }

    /// <summary><c>price</c>: the maker's price.</summary>
    public Price Price { get; init; }

    /// <summary><c>takerPreventedQuantity</c> (zero = absent).</summary>
    public Quantity TakerPreventedQuantity { get; init; }

    /// <summary><c>makerPreventedQuantity</c> (zero = absent).</summary>
    public Quantity MakerPreventedQuantity { get; init; }

    /// <summary><c>transactTime</c> in µs.</summary>
    public long TransactTime { get; init; }
}
