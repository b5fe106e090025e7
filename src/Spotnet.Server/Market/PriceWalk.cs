namespace Spotnet.Server.Market;

/// <summary>
/// A seeded random walk of a price in whole ticks, kept between half and twice the starting price; the same seed gives
/// the same path. Integer ticks keep the walk exact (no floating point near prices).
/// </summary>
public sealed class PriceWalk
{
    private readonly Random _random;
    private readonly long _minimumTicks;
    private readonly long _maximumTicks;
    private readonly long _maximumStep;

    /// <summary>Starts a walk at <paramref name="start"/> on a grid of <paramref name="tickSize"/>.</summary>
    /// <param name="start">Starting price.</param>
    /// <param name="tickSize">Price increment.</param>
    /// <param name="seed">Seed of the generator.</param>
    /// <param name="stepBasisPoints">Largest move of one step, in hundredths of a percent of the start.</param>
    public PriceWalk(decimal start, decimal tickSize, int seed, int stepBasisPoints)
    {
        TickSize = tickSize;
        Ticks = Math.Max(1, (long)decimal.Round(start / tickSize));
        // Prices need room for the book around them: at least a hundred ticks above zero.
        _minimumTicks = Math.Max(100, Ticks / 2);
        _maximumTicks = Math.Max(_minimumTicks + 100, Ticks * 2);
        Ticks = Math.Clamp(Ticks, _minimumTicks, _maximumTicks);
        _maximumStep = Math.Max(1, Ticks * stepBasisPoints / 10_000);
        _random = new Random(seed);
    }

    /// <summary>The price increment.</summary>
    public decimal TickSize { get; }

    /// <summary>The current price in ticks.</summary>
    public long Ticks { get; private set; }

    /// <summary>The current price.</summary>
    public decimal Price => Ticks * TickSize;

    /// <summary>The generator, for other seeded choices that must follow the same sequence.</summary>
    public Random Random => _random;

    /// <summary>Continues the walk from <paramref name="price"/> (the market's last price after a restart), within the walk's bounds.</summary>
    public void MoveTo(decimal price) => Ticks = Math.Clamp((long)decimal.Round(price / TickSize), _minimumTicks, _maximumTicks);

    /// <summary>Moves the price by a random step and returns the new price.</summary>
    public decimal Step()
    {
        var next = Ticks + _random.NextInt64(-_maximumStep, _maximumStep + 1);
        // Reflect at the bounds so the walk never leaves them.
        if (next < _minimumTicks)
        {
            next = (2 * _minimumTicks) - next;
        }
        else if (next > _maximumTicks)
        {
            next = (2 * _maximumTicks) - next;
        }

        Ticks = Math.Clamp(next, _minimumTicks, _maximumTicks);
        return Price;
    }
}
