namespace Spotnet.Server.Storage;

/// <summary>An account with its balances.</summary>
/// <param name="Id">Account id.</param>
/// <param name="Name">Optional display name.</param>
/// <param name="CreatedMilliseconds">Creation time, Unix milliseconds.</param>
/// <param name="Balances">Balances by asset, in the order they were granted.</param>
public sealed record AccountRecord(long Id, string? Name, long CreatedMilliseconds, IReadOnlyList<BalanceRecord> Balances);
