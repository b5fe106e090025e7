namespace Spotnet.Engine;

/// <summary>Peg price type (<c>pegPriceType</c>).</summary>
public enum PegPriceType
{
    /// <summary>Not pegged.</summary>
    None,

    /// <summary><c>PRIMARY_PEG</c>: best price on the same side.</summary>
    PrimaryPeg,

    /// <summary><c>MARKET_PEG</c>: best price on the opposite side.</summary>
    MarketPeg,
}
