using System.Numerics;

namespace Spotnet.Engine.Core;

/// <summary>
/// One book side's levels in a dense window of ticks: the level at a price is one array read away (no search, no
/// shifting), a bitmap of occupied ticks finds the next best level when the best empties, and the window moves or widens
/// when a price falls outside it. It gives up (<see cref="TryGetOrAdd"/> returns false, the side goes back to its sorted
/// arrays) for a price off the tick grid or a spread of prices wider than <see cref="MaxWidth"/> ticks.
/// </summary>
internal sealed class PriceLadder
{
    /// <summary>The widest window, in ticks (its slot array is 8 bytes per tick).</summary>
    public const int MaxWidth = 1 << 14;

    private readonly bool _isBid;
    private readonly long _tick;

    /// <summary>The first window, in ticks; allocated with the first level, so a symbol that never trades costs nothing.</summary>
    private const int FirstWidth = 1024;

    // Slot i holds the level at (_base + i) * _tick, or null; bit i of _bits says which slots hold one.
    private PriceLevel?[] _slots = [];
    private ulong[] _bits = [];
    private long _base;
    private int _best = -1;

    // Walking by rank reads the levels in order: the last answer (rank and slot) makes the next rank one step away.
    private int _cursorRank = -1;
    private int _cursorSlot;

    public PriceLadder(bool isBid, long tick)
    {
        _isBid = isBid;
        _tick = tick;
    }

    public int Count { get; private set; }

    public PriceLevel? Best => _best < 0 ? null : _slots[_best];

    /// <summary>Level by rank from the best (0 = best); ranks asked in order cost one step each.</summary>
    public PriceLevel LevelFromBest(int rank)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rank);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(rank, Count);
        int slot;
        if (rank == _cursorRank)
        {
            return _slots[_cursorSlot]!;
        }

        if (rank == _cursorRank + 1 && _cursorRank >= 0)
        {
            slot = Worse(_cursorSlot);
        }
        else
        {
            slot = _best;
            for (var i = 0; i < rank; i++)
            {
                slot = Worse(slot);
            }
        }

        _cursorRank = rank;
        _cursorSlot = slot;
        return _slots[slot]!;
    }

    /// <summary>The level at <paramref name="price"/>, made by <paramref name="side"/> if new; false when the price does not fit the ladder.</summary>
    public bool TryGetOrAdd(long price, BookSide side, out PriceLevel level)
    {
        level = null!;
        if (price % _tick != 0)
        {
            return false;
        }

        var tick = price / _tick;
        if (Count == 0)
        {
            // Empty: center the window on the first price.
            if (_slots.Length == 0)
            {
                _slots = new PriceLevel?[FirstWidth];
                _bits = new ulong[FirstWidth / 64];
            }

            _base = tick - (_slots.Length / 2);
        }
        else if ((ulong)(tick - _base) >= (ulong)_slots.Length && !TryMove(tick))
        {
            return false;
        }

        var slot = (int)(tick - _base);
        if (_slots[slot] is { } existing)
        {
            level = existing;
            return true;
        }

        level = side.NewLevel(price);
        _slots[slot] = level;
        _bits[slot >> 6] |= 1UL << slot;
        Count++;
        _cursorRank = -1;
        if (_best < 0 || (_isBid ? slot > _best : slot < _best))
        {
            _best = slot;
        }

        return true;
    }

    /// <summary>Takes <paramref name="level"/> off the ladder; false if it is not on it.</summary>
    public bool Remove(PriceLevel level)
    {
        var offset = (level.Price / _tick) - _base;
        if ((ulong)offset >= (ulong)_slots.Length || _slots[(int)offset] != level)
        {
            return false;
        }

        var slot = (int)offset;
        _slots[slot] = null;
        _bits[slot >> 6] &= ~(1UL << slot);
        Count--;
        _cursorRank = -1;
        if (slot == _best)
        {
            _best = Count == 0 ? -1 : Worse(slot);
        }

        return true;
    }

    /// <summary>Every level from the worst to the best.</summary>
    public IEnumerable<PriceLevel> FromWorst()
    {
        for (var slot = Worst(); slot >= 0; slot = Better(slot))
        {
            yield return _slots[slot]!;
        }
    }

    /// <summary>Empties the ladder, handing each level to <paramref name="release"/>.</summary>
    public void Clear(Action<PriceLevel> release)
    {
        for (var slot = _best; slot >= 0; slot = Worse(slot))
        {
            release(_slots[slot]!);
            _slots[slot] = null;
        }

        Array.Clear(_bits);
        Count = 0;
        _best = -1;
        _cursorRank = -1;
    }

    /// <summary>Moves (and if need be widens) the window to take <paramref name="tick"/> as well as every level; false if too wide.</summary>
    private bool TryMove(long tick)
    {
        var low = Math.Min(tick, _base + Lowest());
        var high = Math.Max(tick, _base + Highest());
        // high >= low, so the difference read as unsigned is exact even where the signed one would overflow.
        if ((ulong)(high - low) >= MaxWidth)
        {
            return false;
        }

        var span = high - low + 1;

        // Room on both sides, so a book drifting one way does not move the window at every new price.
        var width = _slots.Length;
        while (width < span * 2 && width < MaxWidth)
        {
            width *= 2;
        }

        var newBase = low - ((width - span) / 2);
        var slots = new PriceLevel?[width];
        var bits = new ulong[width / 64];
        for (var slot = Lowest(); slot >= 0; slot = Above(slot))
        {
            var moved = (int)(_base + slot - newBase);
            slots[moved] = _slots[slot];
            bits[moved >> 6] |= 1UL << moved;
        }

        _best = (int)(_base + _best - newBase);
        _slots = slots;
        _bits = bits;
        _base = newBase;
        _cursorRank = -1;
        return true;
    }

    private int Worst() => Count == 0 ? -1 : _isBid ? Lowest() : Highest();

    private int Worse(int slot) => _isBid ? Below(slot) : Above(slot);

    private int Better(int slot) => _isBid ? Above(slot) : Below(slot);

    private int Lowest() => Above(-1);

    private int Highest() => Below(_slots.Length);

    /// <summary>The highest occupied slot under <paramref name="slot"/>, or -1.</summary>
    private int Below(int slot)
    {
        if (slot <= 0)
        {
            return -1;
        }

        var last = slot - 1;
        var word = last >> 6;
        var bits = _bits[word] & (ulong.MaxValue >> (63 - (last & 63)));
        while (true)
        {
            if (bits != 0)
            {
                return (word << 6) + 63 - BitOperations.LeadingZeroCount(bits);
            }

            if (--word < 0)
            {
                return -1;
            }

            bits = _bits[word];
        }
    }

    /// <summary>The lowest occupied slot over <paramref name="slot"/>, or -1.</summary>
    private int Above(int slot)
    {
        var first = slot + 1;
        if (first >= _slots.Length)
        {
            return -1;
        }

        var word = first >> 6;
        var bits = _bits[word] & (ulong.MaxValue << (first & 63));
        while (true)
        {
            if (bits != 0)
            {
                return (word << 6) + BitOperations.TrailingZeroCount(bits);
            }

            if (++word >= _bits.Length)
            {
                return -1;
            }

            bits = _bits[word];
        }
    }
}
