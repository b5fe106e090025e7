namespace Spotnet.Server.Storage;

/// <summary>One asset balance; amounts are exact decimal strings.</summary>
/// <param name="Asset">Asset name.</param>
/// <param name="Free">Available amount.</param>
/// <param name="Locked">Amount held by open orders.</param>
public sealed record BalanceRecord(string Asset, string Free, string Locked);
