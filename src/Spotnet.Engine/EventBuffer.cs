namespace Spotnet.Engine;

/// <summary>A growable, reusable buffer of events; cleared at the start of each command.</summary>
public sealed class EventBuffer<T>
{
    private T[] _items = new T[16];
    private int _count;

    /// <summary>The events of the last command, in order.</summary>
    public ReadOnlySpan<T> Items => _items.AsSpan(0, _count);

    /// <summary>Number of events.</summary>
    public int Count => _count;

    internal void Add(in T item)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_count++] = item;
    }

    /// <summary>Adds a slot (as it was last used, or zero) and returns it, for events written in place.</summary>
    internal ref T Append()
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        return ref _items[_count++];
    }

    internal ref T this[int index] => ref _items[index];

    internal void Clear() => _count = 0;
}
