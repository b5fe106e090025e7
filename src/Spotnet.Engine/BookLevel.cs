namespace Spotnet.Engine;

/// <summary>One depth level: price and total visible quantity.</summary>
public readonly record struct BookLevel(Price Price, Quantity Quantity);

/// <summary>A depth snapshot (<c>GET /api/v3/depth</c>).</summary>
public sealed record DepthSnapshot(long LastUpdateId, IReadOnlyList<BookLevel> Bids, IReadOnlyList<BookLevel> Asks);
