namespace Spotnet.Engine.Core;

/// <summary>One side of a book: levels sorted so the best price is last (cheap removal at the top).</summary>
internal sealed class BookSide
{
    private readonly bool _isBid;
    private readonly Stack<PriceLevel> _pool = new();
    private PriceLevel[] _levels = new PriceLevel[64];

    // The levels' prices in the same order: the binary search reads one contiguous array instead of one object per step.
    private long[] _prices = new long[64];

    public BookSide(bool isBid) => _isBid = isBid;

    public int Count { get; private set; }

    /// <summary>Total visible quantity on the side.</summary>
    public long TotalQuantity { get; set; }

    public PriceLevel? Best => Count == 0 ? null : _levels[Count - 1];

    /// <summary>Level by rank from the best (0 = best).</summary>
    public PriceLevel LevelFromBest(int rank) => _levels[Count - 1 - rank];

    /// <summary>True when <paramref name="price"/> ranks better than <paramref name="other"/> on this side.</summary>
    public bool IsBetter(long price, long other) => _isBid ? price > other : price < other;

    private int Find(long price, out bool found)
    {
        // Array order: worst..best; bids ascending, asks descending.
        int lo = 0, hi = Count - 1;
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
        var index = Find(price, out var found);
        if (found)
        {
            return _levels[index];
        }

        if (Count == _levels.Length)
        {
            Array.Resize(ref _levels, _levels.Length * 2);
            Array.Resize(ref _prices, _prices.Length * 2);
        }

        Array.Copy(_levels, index, _levels, index + 1, Count - index);
        Array.Copy(_prices, index, _prices, index + 1, Count - index);
        var level = _pool.Count > 0 ? _pool.Pop() : new PriceLevel();
        level.Price = price;
        level.Total = 0;
        level.Count = 0;
        level.Head = level.Tail = null;
        _levels[index] = level;
        _prices[index] = price;
        Count++;
        return level;
    }

    public void Remove(PriceLevel level)
    {
        var index = Find(level.Price, out var found);
        if (!found)
        {
            return;
        }

        Array.Copy(_levels, index + 1, _levels, index, Count - index - 1);
        Array.Copy(_prices, index + 1, _prices, index, Count - index - 1);
        Count--;
        _levels[Count] = null!;
        _pool.Push(level);
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
        for (var i = 0; i < Count; i++)
        {
            _pool.Push(_levels[i]);
            _levels[i] = null!;
        }

        Count = 0;
        TotalQuantity = 0;
    }
}
