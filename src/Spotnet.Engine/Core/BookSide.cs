namespace Spotnet.Engine.Core;

/// <summary>
/// One side of a book: levels sorted so the best price is last (cheap removal at the top). Removing a level below the
/// top leaves a hole (a kept price with no level) instead of shifting the array, and adding a level shifts only as far
/// as the nearest hole: with prices spread over hundreds of levels, shifting was most of the cost of adding or removing
/// one. The top slot is never a hole; rank access (<see cref="LevelFromBest"/>) closes all holes first.
/// A side whose symbol has a tick size starts with a <see cref="PriceLadder"/> instead (the level at a price is one array
/// read away) and comes back to the sorted arrays for good, until cleared, when a price does not fit the ladder.
/// </summary>
internal sealed class BookSide
{
    private readonly bool _isBid;
    private readonly Stack<PriceLevel> _pool = new();

    // Slots [0, _used): a level, or null for a hole that keeps its price so the array stays sorted for the search.
    private PriceLevel?[] _levels = new PriceLevel?[64];

    // The slots' prices in the same order: the binary search reads one contiguous array instead of one object per step.
    private long[] _prices = new long[64];
    private int _used;
    private int _holes;

    private readonly long _tick;
    private PriceLadder? _ladder;

    /// <param name="isBid">Bids (best = highest) or asks (best = lowest).</param>
    /// <param name="tick">The symbol's tick size in units, 0 if it has none (then the side keeps sorted arrays only).</param>
    public BookSide(bool isBid, long tick = 0)
    {
        _isBid = isBid;
        _tick = tick;
        _ladder = tick > 0 ? new PriceLadder(isBid, tick) : null;
    }

    /// <summary>True while the side keeps its levels on a <see cref="PriceLadder"/>.</summary>
    public bool OnLadder => _ladder is not null;

    /// <summary>Number of levels (holes not counted).</summary>
    public int Count => _ladder is { } ladder ? ladder.Count : _used - _holes;

    /// <summary>Total visible quantity on the side.</summary>
    public long TotalQuantity { get; set; }

    public PriceLevel? Best => _ladder is { } ladder ? ladder.Best : _used == 0 ? null : _levels[_used - 1];

    /// <summary>Level by rank from the best (0 = best).</summary>
    public PriceLevel LevelFromBest(int rank)
    {
        if (_ladder is { } ladder)
        {
            return ladder.LevelFromBest(rank);
        }

        if (_holes != 0)
        {
            Compact();
        }

        return _levels[_used - 1 - rank]!;
    }

    /// <summary>True when <paramref name="price"/> ranks better than <paramref name="other"/> on this side.</summary>
    public bool IsBetter(long price, long other) => _isBid ? price > other : price < other;

    private int Find(long price, out bool found)
    {
        // Array order: worst..best; bids ascending, asks descending.
        int lo = 0, hi = _used - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var p = _prices[mid];
            if (p == price)
            {
                found = true;
                return mid;
            }

            if (_isBid ? price > p : price < p)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        found = false;
        return lo;
    }

    public PriceLevel GetOrAdd(long price)
    {
        if (_ladder is { } ladder)
        {
            if (ladder.TryGetOrAdd(price, this, out var onLadder))
            {
                return onLadder;
            }

            LeaveLadder(ladder);
        }

        var index = Find(price, out var found);
        if (found)
        {
            if (_levels[index] is { } existing)
            {
                return existing;
            }

            // A hole at this very price: fill it.
            _holes--;
            return _levels[index] = NewLevel(price);
        }

        // Full with many holes: closing them beats growing (the arrays stay sized to the levels, not to every price
        // ever seen, and a warm book allocates nothing).
        if (_used == _levels.Length && _holes >= _used / 4)
        {
            Compact();
            index = Find(price, out _);
        }

        // The new price belongs between slots index - 1 and index. Move the slots between it and the nearest hole by
        // one (a hole below takes the slots before the insertion point down, one above takes those after it up);
        // with no hole the slots above move up into a new slot at the end, as in a plain sorted array.
        var above = index;
        while (above < _used && _levels[above] is not null)
        {
            above++;
        }

        var below = index - 1;
        var limit = index - (above - index); // a hole below must need fewer moves than the one above
        while (below >= 0 && below >= limit && _levels[below] is not null)
        {
            below--;
        }

        if (below >= 0 && below >= limit)
        {
            // _levels[below] is a hole, closer than any above: slots below + 1 .. index - 1 move down by one.
            Array.Copy(_levels, below + 1, _levels, below, index - 1 - below);
            Array.Copy(_prices, below + 1, _prices, below, index - 1 - below);
            _holes--;
            index--;
        }
        else
        {
            if (above == _used)
            {
                if (_used == _levels.Length)
                {
                    Array.Resize(ref _levels, _levels.Length * 2);
                    Array.Resize(ref _prices, _prices.Length * 2);
                }

                _used++;
            }
            else
            {
                _holes--;
            }

            Array.Copy(_levels, index, _levels, index + 1, above - index);
            Array.Copy(_prices, index, _prices, index + 1, above - index);
        }

        _prices[index] = price;
        return _levels[index] = NewLevel(price);
    }

    /// <summary>Moves the ladder's levels into the sorted arrays, which keep the side from now on (until cleared).</summary>
    private void LeaveLadder(PriceLadder ladder)
    {
        var count = ladder.Count;
        if (_levels.Length < count)
        {
            var size = _levels.Length;
            while (size < count)
            {
                size *= 2;
            }

            _levels = new PriceLevel?[size];
            _prices = new long[size];
        }

        _used = 0;
        _holes = 0;
        foreach (var level in ladder.FromWorst())
        {
            _levels[_used] = level;
            _prices[_used] = level.Price;
            _used++;
        }

        _ladder = null;
    }

    /// <summary>A fresh level from the pool.</summary>
    internal PriceLevel NewLevel(long price)
    {
        var level = _pool.Count > 0 ? _pool.Pop() : new PriceLevel();
        level.Price = price;
        level.Total = 0;
        level.Count = 0;
        level.Head = level.Tail = null;
        return level;
    }

    public void Remove(PriceLevel level)
    {
        if (_ladder is { } ladder)
        {
            if (ladder.Remove(level))
            {
                _pool.Push(level);
            }

            return;
        }

        var index = Find(level.Price, out var found);
        if (!found || _levels[index] != level)
        {
            return;
        }

        _levels[index] = null;
        _pool.Push(level);
        _holes++;

        // The top slot is never a hole, so Best is one read.
        while (_used > 0 && _levels[_used - 1] is null)
        {
            _used--;
            _holes--;
        }

        // Holes only slow the search and the shifts down once they outnumber the levels.
        if (_holes > 32 && _holes > Count)
        {
            Compact();
        }
    }

    /// <summary>Closes every hole, keeping the levels' order.</summary>
    private void Compact()
    {
        var to = 0;
        for (var from = 0; from < _used; from++)
        {
            if (_levels[from] is { } level)
            {
                _levels[to] = level;
                _prices[to] = _prices[from];
                to++;
            }
        }

        Array.Clear(_levels, to, _used - to);
        _used = to;
        _holes = 0;
    }

    /// <summary>Reduces an order's visible quantity in place.</summary>
    public void Reduce(Order order, long quantity)
    {
        order.Visible -= quantity;
        order.Level!.Total -= quantity;
        TotalQuantity -= quantity;
    }

    public void Clear()
    {
        if (_ladder is { } ladder)
        {
            ladder.Clear(_pool.Push);
        }
        else if (_tick > 0)
        {
            _ladder = new PriceLadder(_isBid, _tick);
        }

        for (var i = 0; i < _used; i++)
        {
            if (_levels[i] is { } level)
            {
                _pool.Push(level);
                _levels[i] = null;
            }
        }

        _used = 0;
        _holes = 0;
        TotalQuantity = 0;
    }
}
