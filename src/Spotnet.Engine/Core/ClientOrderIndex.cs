namespace Spotnet.Engine.Core;

/// <summary>
/// An account's orders by (symbol, client order id): open addressing with linear probing over (hash, order) pairs.
/// Every entry's key is its order's own <see cref="Order.SymbolId"/> and <see cref="Order.ClientOrderId"/>, so no key
/// is stored, and each order keeps the hash it was filed under (<see cref="Order.ClientIdHash"/>): removing or renaming
/// an order finds its entry by reference without hashing the string again. A client id is hashed once per command.
/// A struct, kept inside its <see cref="Account"/>: reaching the table is one cache line fewer than through an object of
/// its own. Use it in place only (a copy would share the table but not the count).
/// </summary>
internal struct ClientOrderIndex
{
    private struct Entry
    {
        public int Hash;
        public Order? Order; // null = empty
    }

    private Entry[] _entries;
    private int _mask;

    public ClientOrderIndex()
    {
        _entries = new Entry[16];
        _mask = 15;
    }

    public int Count { get; private set; }

    /// <summary>The hash of a key; string hashing is randomized per process, so client ids chosen by users cannot be made to collide.</summary>
    public static int Hash(int symbolId, string clientOrderId) => clientOrderId.GetHashCode() ^ (symbolId * -1_640_531_535);

    public readonly bool TryGetValue(int symbolId, string clientOrderId, out Order order) =>
        TryGetValue(symbolId, clientOrderId, Hash(symbolId, clientOrderId), out order);

    public readonly bool TryGetValue(int symbolId, string clientOrderId, int hash, out Order order)
    {
        var entries = _entries;
        for (var i = hash & _mask; ; i = (i + 1) & _mask)
        {
            ref var entry = ref entries[i];
            if (entry.Order is not { } candidate)
            {
                break;
            }

            if (entry.Hash == hash && candidate.SymbolId == symbolId && string.Equals(candidate.ClientOrderId, clientOrderId))
            {
                order = candidate;
                return true;
            }
        }

        order = null!;
        return false;
    }

    /// <summary>Files <paramref name="order"/> under its own key (whose hash is <paramref name="hash"/>), replacing the order filed there.</summary>
    public void Set(Order order, int hash)
    {
        order.ClientIdHash = hash;
        if ((Count + 1) * 2 > _entries.Length)
        {
            Grow();
        }

        var entries = _entries;
        for (var i = hash & _mask; ; i = (i + 1) & _mask)
        {
            ref var entry = ref entries[i];
            if (entry.Order is not { } candidate)
            {
                entry.Hash = hash;
                entry.Order = order;
                Count++;
                return;
            }

            if (entry.Hash == hash && candidate.SymbolId == order.SymbolId && string.Equals(candidate.ClientOrderId, order.ClientOrderId))
            {
                entry.Order = order;
                return;
            }
        }
    }

    /// <summary>Removes <paramref name="order"/>'s entry if the index holds it (under the hash it was filed with).</summary>
    public void Remove(Order order)
    {
        var entries = _entries;
        var mask = _mask;
        var i = order.ClientIdHash & mask;
        while (!ReferenceEquals(entries[i].Order, order))
        {
            if (entries[i].Order is null)
            {
                return;
            }

            i = (i + 1) & mask;
        }

        // Backward-shift deletion: move later entries of the probe run into the hole when their home slot allows it.
        var hole = i;
        for (var j = (i + 1) & mask; entries[j].Order is not null; j = (j + 1) & mask)
        {
            var home = entries[j].Hash & mask;
            if (((j - home) & mask) >= ((j - hole) & mask))
            {
                entries[hole] = entries[j];
                hole = j;
            }
        }

        entries[hole] = default;
        Count--;
    }

    public void Clear()
    {
        Array.Clear(_entries);
        Count = 0;
    }

    /// <summary>Copies every filed order, in table order, to <paramref name="destination"/>; returns how many.</summary>
    public readonly int CopyTo(Order[] destination)
    {
        var n = 0;
        foreach (var entry in _entries)
        {
            if (entry.Order is { } order)
            {
                destination[n++] = order;
            }
        }

        return n;
    }

    private void Grow()
    {
        var old = _entries;
        _entries = new Entry[old.Length * 2];
        _mask = _entries.Length - 1;
        Count = 0;
        foreach (var entry in old)
        {
            if (entry.Order is { } order)
            {
                Set(order, entry.Hash);
            }
        }
    }
}
