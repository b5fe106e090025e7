using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Spotnet.Protocol.Signing;
using Spotnet.Server.Security;
using Spotnet.Server.Storage;

namespace Spotnet.Server.Accounts;

/// <summary>Finds API keys for requests: the store holds only key hashes, this caches parsed keys by key string.</summary>
public sealed class ApiKeyRegistry
{
    private readonly ISpotStore _store;
    private readonly SecretProtector _protector;
    private readonly ConcurrentDictionary<string, ApiKeyEntry> _byKey = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, string> _keyById = new();

    /// <summary>Creates a registry over a store.</summary>
    public ApiKeyRegistry(ISpotStore store, SecretProtector protector)
    {
        _store = store;
        _protector = protector;
    }

    /// <summary>Returns the active key for an API key string, or null when unknown or revoked.</summary>
    public ApiKeyEntry? Find(string apiKey)
    {
        if (_byKey.TryGetValue(apiKey, out var cached))
        {
            return cached.IsRevoked ? null : cached;
        }

        var stored = _store.FindApiKey(HashKey(apiKey));
        if (stored is null)
        {
            return null;
        }

        var entry = CreateEntry(stored);
        if (entry is null)
        {
            return null;
        }

        _keyById[stored.Id] = apiKey;
        return _byKey.GetOrAdd(apiKey, entry);
    }

    /// <summary>Marks a cached key revoked, so the very next request with it fails.</summary>
    public void Revoke(long keyId)
    {
        if (_keyById.TryRemove(keyId, out var apiKey) && _byKey.TryRemove(apiKey, out var entry))
        {
            entry.Revoke();
        }
    }

    /// <summary>SHA-256 of the key string: what the store keeps instead of the key.</summary>
    public static byte[] HashKey(string apiKey) => SHA256.HashData(Encoding.UTF8.GetBytes(apiKey));

    /// <summary>Associated data that binds an encrypted HMAC secret to its key.</summary>
    public static byte[] SecretAssociatedData(byte[] keyHash) => [.. keyHash, .. "HMAC|1"u8];

    private ApiKeyEntry? CreateEntry(StoredApiKey stored)
    {
        byte[]? material;
        if (stored.Type == KeyType.Hmac)
        {
            // A ciphertext moved onto another row fails authentication here and the key is treated as unknown.
            material = stored.SecretCiphertext is null
                ? null
                : _protector.Unprotect(stored.SecretCiphertext, SecretAssociatedData(stored.KeyHash));
        }
        else
        {
            material = stored.PublicKey;
        }

        var ips = IpRestriction.Parse(stored.IpRestrict, out _);
        return material is null || ips is null
            ? null
            : new ApiKeyEntry(
                stored.Id, stored.AccountId, stored.Type, stored.EnableReading, stored.EnableTrading, ips,
                stored.Type == KeyType.Hmac
                    ? SignatureVerifier.ForHmacSecret(material)
                    : SignatureVerifier.ForPublicKey(SigningPublicKey.FromSubjectPublicKeyInfo(material)));
    }
}
