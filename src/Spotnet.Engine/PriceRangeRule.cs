namespace Spotnet.Engine;

/// <summary>
/// The <c>PRICE_RANGE</c> execution rule: a taker may only execute within the reference price times these multipliers
/// (scaled by 10^8; null = not enforced for that side and direction).
/// </summary>
public sealed record PriceRangeRule
{
    /// <summary><c>bidLimitMultUp</c>.</summary>
    public Price? BidLimitMultUp { get; init; }

    /// <summary><c>bidLimitMultDown</c>.</summary>
    public Price? BidLimitMultDown { get; init; }

    /// <summary><c>askLimitMultUp</c>.</summary>
    public Price? AskLimitMultUp { get; init; }

    /// <summary><c>askLimitMultDown</c>.</summary>
    public Price? AskLimitMultDown { get; init; }
}

/// <summary>The matching engine's reference price calculation <c>ARITHMETIC_MEAN</c>: a bucketed simple moving average of trade prices.</summary>
/// <param name="BucketWidthMilliseconds"><c>bucketWidthMs</c>.</param>
/// <param name="BucketCount"><c>bucketCount</c>.</param>
public sealed record ArithmeticMeanReference(long BucketWidthMilliseconds, int BucketCount);
