namespace Spotnet.Engine.Core;

/// <summary>Why a taker stopped matching.</summary>
internal enum MatchEnd
{
    Done,
    NoLiquidity,
    Budget,
    Prevented,
    PriceRange,
}
