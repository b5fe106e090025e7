using Spotnet.Protocol.Signing;
using Spotnet.Server.Accounts;

namespace Spotnet.Server.Storage;

/// <summary>An API key row as persisted: the key itself is stored only as its SHA-256 hash.</summary>
/// <param name="Id">Row id, used by the operator API to revoke the key.</param>
/// <param name="AccountId">Owning account.</param>
/// <param name="KeyHash">SHA-256 of the API key string.</param>
/// <param name="MaskedKey">First and last four characters of the key, for listings.</param>
/// <param name="Type">Key type.</param>
/// <param name="SecretCiphertext">AES-256-GCM ciphertext of the HMAC secret; null for asymmetric keys.</param>
/// <param name="PublicKey">SubjectPublicKeyInfo DER of an RSA or Ed25519 key; null for HMAC keys.</param>
/// <param name="EnableReading">Whether USER_DATA endpoints are allowed.</param>
/// <param name="EnableTrading">Whether TRADE endpoints are allowed.</param>
/// <param name="IpRestrict">Allowed client addresses or CIDR ranges; empty means unrestricted.</param>
/// <param name="CreatedMilliseconds">Creation time, Unix milliseconds.</param>
/// <param name="TradingSinceMilliseconds">
/// Where the TRADE expiry countdown of a key without an IP list starts (Unix milliseconds): its creation, or the last
/// time TRADE was switched back on or its IP list emptied.
/// </param>
public sealed record StoredApiKey(
    long Id,
    long AccountId,
    byte[] KeyHash,
    string MaskedKey,
    KeyType Type,
    byte[]? SecretCiphertext,
    byte[]? PublicKey,
    bool EnableReading,
    bool EnableTrading,
    IReadOnlyList<string> IpRestrict,
    long CreatedMilliseconds,
    long TradingSinceMilliseconds);
