namespace Spotnet.Server.Accounts;

/// <summary>A permission change on the operator API; a null field keeps its current value.</summary>
/// <param name="EnableReading">USER_DATA permission.</param>
/// <param name="EnableTrading">TRADE permission.</param>
/// <param name="IpRestrict">Allowed addresses or CIDR ranges; empty allows all.</param>
public sealed record KeyPermissionsChange(bool? EnableReading, bool? EnableTrading, IReadOnlyList<string>? IpRestrict);
