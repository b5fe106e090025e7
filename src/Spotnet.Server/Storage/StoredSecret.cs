namespace Spotnet.Server.Storage;

/// <summary>The encrypted HMAC secret of one key (revoked keys included), for re-encryption under a new data key.</summary>
/// <param name="KeyId">Row id of the key.</param>
/// <param name="KeyHash">SHA-256 of the API key string: the associated data the secret is bound to.</param>
/// <param name="Ciphertext">Current ciphertext.</param>
public sealed record StoredSecret(long KeyId, byte[] KeyHash, byte[] Ciphertext);
