namespace Spotnet.Server.Storage;

/// <summary>
/// Which of an account's stored history items a query needs, so a long history is not read whole: items with an id
/// from <see cref="FromId"/> and a time within [<see cref="FromTime"/>, <see cref="ToTime"/>], and of those the
/// <see cref="Limit"/> lowest ids, or (with <see cref="Newest"/>) the highest; with <see cref="OrderId"/>, of the items
/// that belong to that order only. A reader may return more; never fewer.
/// </summary>
public sealed record HistoryRange
{
    /// <summary>Lowest id wanted.</summary>
    public long FromId { get; init; } = long.MinValue;

    /// <summary>Earliest time wanted (µs).</summary>
    public long FromTime { get; init; } = long.MinValue;

    /// <summary>Latest time wanted (µs).</summary>
    public long ToTime { get; init; } = long.MaxValue;

    /// <summary>How many items are wanted.</summary>
    public int Limit { get; init; } = int.MaxValue;

    /// <summary>Only items of this order (<see cref="HistoryRow.OrderIds"/>), when set.</summary>
    public long? OrderId { get; init; }

    /// <summary>Whether the highest ids are wanted rather than the lowest.</summary>
    public bool Newest { get; init; }

    /// <summary>Whether an item with this id and time is in range (the limit aside).</summary>
    public bool Holds(long id, long time) => id >= FromId && time >= FromTime && time <= ToTime;
}
