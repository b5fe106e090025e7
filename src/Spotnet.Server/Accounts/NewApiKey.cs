using Spotnet.Protocol.Signing;
namespace Spotnet.Server.Accounts;

/// <summary>A key request on the operator API.</summary>
/// <param name="Type">Key type.</param>
/// <param name="PublicKey">SPKI PEM for RSA and Ed25519 keys.</param>
/// <param name="EnableReading">USER_DATA permission (on by default, as on the testnet).</param>
/// <param name="EnableTrading">TRADE permission (on by default, as on the testnet).</param>
/// <param name="IpRestrict">Allowed addresses or CIDR ranges; empty allows all.</param>
public sealed record NewApiKey(
    KeyType Type, string? PublicKey, bool EnableReading, bool EnableTrading, IReadOnlyList<string> IpRestrict);
