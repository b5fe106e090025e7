using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Spotnet.Protocol.Signing;
using Spotnet.Server.Configuration;
using Spotnet.Server.Security;
using Spotnet.Server.Storage;

namespace Spotnet.Server.Accounts;

/// <summary>Finds API keys for requests: the store holds only key hashes, this caches parsed keys by key string.</summary>
public sealed class ApiKeyRegistry
{
    private const long DayMilliseconds = 86_400_000;
    private readonly ISpotStore _store;
    private readonly SecretProtector _protector;
    private readonly KeyUsageTracker _usage;
    private readonly int _unrestrictedTradingDays;
    private readonly ConcurrentDictionary<string, ApiKeyEntry> _byKey = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, string> _keyById = new();

    // Counts invalidations (revocations, permission changes). A cache fill that read the store before an invalidation
    // may hold the old row: it sees the count move and reads again, so stale permissions are never cached.
    private long _generation;

    /// <summary>Creates a registry over a store.</summary>
    public ApiKeyRegistry(ISpotStore store, SecretProtector protector, KeyUsageTracker usage, ServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _store = store;
        _protector = protector;
        _usage = usage;
        _unrestrictedTradingDays = settings.ApiKeys.UnrestrictedTradingDays;
    }

    /// <summary>Whether a key may trade now; turns TRADE off for good (audited) once the expiry policy says so.</summary>
    public bool CanTrade(ApiKeyEntry key, long nowMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!key.EnableTrading)
        {
            return false;
        }

        if (!TradingExpired(key.IpRestriction.Entries.Count, key.TradingEnabledMilliseconds, nowMilliseconds))
        {
            return true;
        }

        try
        {
            ExpireTrading(key.KeyId, key.AccountId, nowMilliseconds);
        }
        catch (AuditUnavailableException)
        {
            // The cached key has lost TRADE already, which is the safe side; the store keeps TRADE until the expiry
            // can be audited, so the policy turns it off again (audited) after the next start.
        }

        return false;
    }

    /// <summary>
    /// The S-5 policy: a key with an empty IP list loses TRADE <see cref="ApiKeySettings.UnrestrictedTradingDays"/>
    /// days after it was enabled (never when the setting is 0).
    /// </summary>
    public bool TradingExpired(int ipRestrictionCount, long tradingEnabledMilliseconds, long nowMilliseconds) =>
        _unrestrictedTradingDays > 0 && ipRestrictionCount == 0
        && nowMilliseconds - tradingEnabledMilliseconds >= _unrestrictedTradingDays * DayMilliseconds;

    /// <summary>
    /// Turns TRADE off in the cache and the store, and audits <c>permission.expired</c> the one time it changes; the
    /// store change and its audit record happen together or not at all (<see cref="AuditUnavailableException"/>).
    /// </summary>
    public void ExpireTrading(long keyId, long accountId, long nowMilliseconds)
    {
        if (_keyById.TryGetValue(keyId, out var apiKey) && _byKey.TryGetValue(apiKey, out var entry))
        {
            entry.TryExpireTrading();
        }

        AuditedChange.Run(_store, () =>
        {
            if (_store.DisableTrading(keyId))
            {
                _store.AppendAudit(
                    nowMilliseconds, "policy", "permission.expired",
                    string.Create(CultureInfo.InvariantCulture, $"accountId={accountId} keyId={keyId} permission=TRADE reason=no IP restriction for {_unrestrictedTradingDays} days"));
            }

            return 0;
        });
    }

    /// <summary>Returns the active key for an API key string, or null when unknown or revoked.</summary>
    public ApiKeyEntry? Find(string apiKey)
    {
        while (true)
        {
            if (_byKey.TryGetValue(apiKey, out var cached))
            {
                return cached.IsRevoked ? null : cached;
            }

            var generation = Interlocked.Read(ref _generation);
            var entry = Load(apiKey);
            if (entry is null)
            {
                return null;
            }

            _keyById[entry.KeyId] = apiKey;
            var added = _byKey.GetOrAdd(apiKey, entry);
            if (Interlocked.Read(ref _generation) == generation)
            {
                return added.IsRevoked ? null : added;
            }

            // An invalidation ran while the row was read: drop what was cached (unless already replaced) and read again.
            _byKey.TryRemove(new KeyValuePair<string, ApiKeyEntry>(apiKey, added));
        }
    }

    /// <summary>
    /// Drops a key from the cache after its row changed in the store (revoked, permissions, IP list), so the very next
    /// request reads the new row. Call only after the store change is committed.
    /// </summary>
    public void Invalidate(long keyId)
    {
        Interlocked.Increment(ref _generation);
        if (_keyById.TryRemove(keyId, out var apiKey) && _byKey.TryRemove(apiKey, out var entry))
        {
            // A request already holding the old entry finishes with it; no later request is served from it.
            entry.Revoke();
        }
    }

    private ApiKeyEntry? Load(string apiKey)
    {
        var keyHash = HashKey(apiKey);
        var stored = _store.FindApiKey(keyHash);
        if (stored is null)
        {
            return null;
        }

        var entry = CreateEntry(stored);
        // A rewrap and retirement may have run between the read and the decryption: the row then holds a new ciphertext.
        if (entry is null && stored.SecretCiphertext is { } read
            && _store.FindApiKey(keyHash) is { SecretCiphertext: { } current } reread && !current.AsSpan().SequenceEqual(read))
        {
            stored = reread;
            entry = CreateEntry(stored);
        }

        return entry;
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
                    : SignatureVerifier.ForPublicKey(SigningPublicKey.FromSubjectPublicKeyInfo(material)),
                stored.TradingSinceMilliseconds, _usage.For(stored.Id));
    }
}
