namespace Spotnet.Engine.Core;

/// <summary>
/// An account's open orders in no particular order. Each order knows its slot (<see cref="Order.OpenIndex"/>); a removed
/// order leaves an empty slot that the next added order takes. Moving the last order into the hole instead (a swap
/// remove) wrote to that other order, a cache miss on a cancel when the account has many orders; a cancel-replace gives
/// the new order the slot the canceled one left.
/// </summary>
internal sealed class OpenOrders
{
    private Order?[] _slots = new Order?[4];
    private int _used; // slots [0, _used) have been handed out
    private int[] _free = new int[4];
    private int _freeCount;

    public int Count => _used - _freeCount;

    public void Add(Order order)
    {
        int index;
        if (_freeCount > 0)
        {
            index = _free[--_freeCount];
        }
        else
        {
            if (_used == _slots.Length)
            {
                Array.Resize(ref _slots, _slots.Length * 2);
                Array.Resize(ref _free, _free.Length * 2);
            }

            index = _used++;
        }

        _slots[index] = order;
        order.OpenIndex = index;
    }

    /// <summary>Removes an open order; false if it was not open.</summary>
    public bool Remove(Order order)
    {
        var index = order.OpenIndex;
        if (index < 0)
        {
            return false;
        }

        _slots[index] = null;
        order.OpenIndex = -1;
        if (index == _used - 1)
        {
            _used--;
        }
        else
        {
            // Never more free slots than slots, so _free (as long as _slots) has room.
            _free[_freeCount++] = index;
        }

        return true;
    }

    public void Clear()
    {
        for (var i = 0; i < _used; i++)
        {
            if (_slots[i] is { } order)
            {
                order.OpenIndex = -1;
                _slots[i] = null;
            }
        }

        _used = 0;
        _freeCount = 0;
    }

    public Enumerator GetEnumerator() => new(this);

    /// <summary>Walks the occupied slots.</summary>
    public struct Enumerator
    {
        private readonly OpenOrders _set;
        private int _index;

        internal Enumerator(OpenOrders set)
        {
            _set = set;
            _index = -1;
        }

        public readonly Order Current => _set._slots[_index]!;

        public bool MoveNext()
        {
            while (++_index < _set._used)
            {
                if (_set._slots[_index] is not null)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
