namespace Spotnet.Server.Configuration;

/// <summary>
/// A symbol's <c>PRICE_RANGE</c> execution rule: multipliers of the reference price a taker may execute within;
/// a missing multiplier leaves that side and direction unlimited.
/// </summary>
public sealed class PriceRangeSettings
{
    /// <summary>Highest BUY execution price over the reference price (<c>bidLimitMultUp</c>).</summary>
    public string? BidLimitMultUp { get; set; }

    /// <summary>Lowest BUY execution price over the reference price (<c>bidLimitMultDown</c>).</summary>
    public string? BidLimitMultDown { get; set; }

    /// <summary>Highest SELL execution price over the reference price (<c>askLimitMultUp</c>).</summary>
    public string? AskLimitMultUp { get; set; }

    /// <summary>Lowest SELL execution price over the reference price (<c>askLimitMultDown</c>).</summary>
    public string? AskLimitMultDown { get; set; }
}
