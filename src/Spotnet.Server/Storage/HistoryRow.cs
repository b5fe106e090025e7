namespace Spotnet.Server.Storage;

/// <summary>
/// One item of an account's history that left the engine's memory: its keys, and its body (opaque to the store).
/// </summary>
/// <param name="Epoch">The reset epoch it belongs to: rows of an earlier epoch are erased history.</param>
/// <param name="AccountId">Engine account id.</param>
/// <param name="Kind">What it is (<see cref="Spotnet.Engine.HistoryKind"/>).</param>
/// <param name="SymbolId">Engine symbol id.</param>
/// <param name="Id">Its id within (account, kind, symbol).</param>
/// <param name="ClientId">Client order id (orders) or list client order id (lists), else null.</param>
/// <param name="Time">Its time (µs): an order's creation, a trade's, a list's transaction time, and so on.</param>
/// <param name="Body">The encoded item.</param>
/// <param name="OrderIds">
/// The orders it belongs to (a trade's, allocation's or amendment's order, a prevented match's taker and maker orders),
/// so that a query by order id reads only its items; null when none.
/// </param>
public sealed record HistoryRow(long Epoch, int AccountId, byte Kind, int SymbolId, long Id, string? ClientId, long Time, byte[] Body, long[]? OrderIds = null);
