namespace Spotnet.Server.Configuration;

/// <summary>One traded symbol and the values its filters are built from; decimals are exact strings.</summary>
public sealed class SymbolSettings
{
    /// <summary>Symbol name (<c>symbol</c>), matched by exact code points.</summary>
    public string Symbol { get; set; } = "";

    /// <summary>Trading status (<c>status</c>): TRADING, HALT, BREAK or CANCEL_ONLY.</summary>
    public string Status { get; set; } = "TRADING";

    /// <summary>Base asset (<c>baseAsset</c>).</summary>
    public string BaseAsset { get; set; } = "";

    /// <summary>Quote asset (<c>quoteAsset</c>).</summary>
    public string QuoteAsset { get; set; } = "";

    /// <summary>Smallest price increment (<c>PRICE_FILTER.tickSize</c>).</summary>
    public string TickSize { get; set; } = "0.01";

    /// <summary>Lowest price (<c>PRICE_FILTER.minPrice</c>).</summary>
    public string MinPrice { get; set; } = "0.01";

    /// <summary>Highest price (<c>PRICE_FILTER.maxPrice</c>).</summary>
    public string MaxPrice { get; set; } = "1000000";

    /// <summary>Smallest quantity increment (<c>LOT_SIZE.stepSize</c>).</summary>
    public string StepSize { get; set; } = "0.001";

    /// <summary>Lowest quantity (<c>LOT_SIZE.minQty</c>).</summary>
    public string MinQuantity { get; set; } = "0.001";

    /// <summary>Highest quantity (<c>LOT_SIZE.maxQty</c>).</summary>
    public string MaxQuantity { get; set; } = "9000";

    /// <summary>Highest MARKET order quantity (<c>MARKET_LOT_SIZE.maxQty</c>).</summary>
    public string MarketMaxQuantity { get; set; } = "1000";

    /// <summary>Lowest order notional (<c>NOTIONAL.minNotional</c>).</summary>
    public string MinNotional { get; set; } = "5";

    /// <summary>Highest order notional (<c>NOTIONAL.maxNotional</c>).</summary>
    public string MaxNotional { get; set; } = "9000000";

    /// <summary>Most open orders per account on this symbol (<c>MAX_NUM_ORDERS.maxNumOrders</c>).</summary>
    public int MaxOpenOrders { get; set; } = 200;

    /// <summary>Most open stop/take-profit orders per account (<c>MAX_NUM_ALGO_ORDERS.maxNumAlgoOrders</c>).</summary>
    public int MaxAlgoOrders { get; set; } = 5;

    /// <summary>The <c>PRICE_RANGE</c> execution rule (<c>executionRules</c>), or null for none.</summary>
    public PriceRangeSettings? PriceRange { get; set; }

    /// <summary>Reference price the market simulation starts from.</summary>
    public string ReferencePrice { get; set; } = "1";
}
