using System.Globalization;
using System.Text;
using Spotnet.Protocol.Signing;
using Spotnet.Server.Configuration;
using Spotnet.Server.Security;
using Spotnet.Server.Storage;

namespace Spotnet.Server.Accounts;

/// <summary>Accounts and their keys: creation with the allowance, key registration, listing, revocation, audit.</summary>
public sealed class AccountService
{
    /// <summary>The reason given when an account has no active key with the id asked for.</summary>
    public const string KeyNotFound = "No active key with this id on this account.";

    private readonly ISpotStore _store;
    private readonly SecretProtector _protector;
    private readonly ApiKeyRegistry _registry;
    private readonly KeyUsageTracker _usage;
    private readonly TimeProvider _time;
    private readonly IReadOnlyList<BalanceRecord> _allowance;
    private readonly int _maxActiveKeys;

    /// <summary>Creates the service.</summary>
    public AccountService(
        ISpotStore store, SecretProtector protector, ApiKeyRegistry registry, KeyUsageTracker usage, TimeProvider time,
        ServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _store = store;
        _protector = protector;
        _registry = registry;
        _usage = usage;
        _time = time;
        _maxActiveKeys = settings.ApiKeys.MaxActivePerAccount;
        _allowance = [.. settings.Allowance.Select(grant => new BalanceRecord(grant.Asset, FormatAmount(grant.Amount), "0.00000000"))];
    }

    /// <summary>Creates an account holding the configured allowance.</summary>
    public long CreateAccount(string? name, string actor)
    {
        var now = NowMilliseconds;
        return AuditedChange.Run(_store, () =>
        {
            var accountId = _store.CreateAccount(name, _allowance, now);
            _store.AppendAudit(now, actor, "account.create", $"accountId={accountId}");
            return accountId;
        });
    }

    /// <summary>Reads an account with its balances, or null.</summary>
    public AccountRecord? GetAccount(long accountId) => _store.GetAccount(accountId);

    /// <summary>Registers a key; returns null and a reason when the request is invalid.</summary>
    public CreatedApiKey? CreateApiKey(long accountId, NewApiKey request, string actor, out string? error)
    {
        ArgumentNullException.ThrowIfNull(request);
        error = null;
        if (_store.GetAccount(accountId) is null)
        {
            error = "Account not found.";
            return null;
        }

        if (IpRestriction.Parse(request.IpRestrict, out var badEntry) is null)
        {
            error = IpRestriction.BadEntryMessage(badEntry!);
            return null;
        }

        byte[]? publicKey = null;
        if (request.Type != KeyType.Hmac)
        {
            if (string.IsNullOrWhiteSpace(request.PublicKey))
            {
                error = "publicKey is required for RSA and ED25519 keys: a SubjectPublicKeyInfo PEM block (BEGIN PUBLIC KEY).";
                return null;
            }

            try
            {
                var parsed = SigningPublicKey.FromPem(request.PublicKey);
                if (parsed.KeyType != request.Type)
                {
                    error = $"publicKey is an {TypeName(parsed.KeyType)} key, but type is {TypeName(request.Type)}.";
                    return null;
                }

                publicKey = parsed.SubjectPublicKeyInfo.ToArray();
            }
            catch (KeyFormatException exception)
            {
                error = exception.Message;
                return null;
            }
        }
        else if (request.PublicKey is not null)
        {
            error = "publicKey is only accepted for RSA and ED25519 keys.";
            return null;
        }

        if (AtKeyQuota(accountId))
        {
            error = KeyQuotaReached;
            return null;
        }

        var apiKey = DataFolder.RandomAlphanumeric(64);
        var keyHash = ApiKeyRegistry.HashKey(apiKey);
        string? secret = null;
        byte[]? ciphertext = null;
        if (request.Type == KeyType.Hmac)
        {
            secret = DataFolder.RandomAlphanumeric(64);
            ciphertext = _protector.Protect(Encoding.ASCII.GetBytes(secret), ApiKeyRegistry.SecretAssociatedData(keyHash));
        }

        var now = NowMilliseconds;
        var keyId = AuditedChange.Run(_store, () =>
        {
            // Checked again inside the transaction: two concurrent creations cannot both take the last place.
            if (AtKeyQuota(accountId))
            {
                return -1;
            }

            var keyId = _store.InsertApiKey(new StoredApiKey(
                0, accountId, keyHash, Mask(apiKey), request.Type, ciphertext, publicKey, request.EnableReading,
                request.EnableTrading, request.IpRestrict, now, now));
            _store.AppendAudit(
                now, actor, "apikey.create",
                string.Create(CultureInfo.InvariantCulture, $"accountId={accountId} keyId={keyId} type={TypeName(request.Type)} reading={request.EnableReading} trading={request.EnableTrading} ipRestrict={string.Join(',', request.IpRestrict)}"));
            return keyId;
        });
        if (keyId < 0)
        {
            error = KeyQuotaReached;
            return null;
        }

        _usage.Created(keyId, actor);
        return new CreatedApiKey(keyId, apiKey, secret, request.Type);
    }

    /// <summary>Lists an account's active keys (masked), with TRADE turned off where the expiry policy says so.</summary>
    public IReadOnlyList<StoredApiKey> ListApiKeys(long accountId)
    {
        var now = NowMilliseconds;
        var keys = _store.ListApiKeys(accountId).ToList();
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            if (key.EnableTrading && _registry.TradingExpired(key.IpRestrict.Count, key.TradingSinceMilliseconds, now))
            {
                _registry.ExpireTrading(key.Id, accountId, now);
                keys[i] = key with { EnableTrading = false };
            }
        }

        return keys;
    }

    /// <summary>Usage metadata of a key, including counts not yet flushed to the store.</summary>
    public ApiKeyUsageRecord GetKeyUsage(long keyId) => _usage.For(keyId).Snapshot();

    /// <summary>Revokes a key; the very next request with it is rejected.</summary>
    public bool RevokeApiKey(long accountId, long keyId, string actor)
    {
        var now = NowMilliseconds;
        var revoked = AuditedChange.Run(_store, () =>
        {
            if (!_store.RevokeApiKey(accountId, keyId, now))
            {
                return false;
            }

            _store.AppendAudit(now, actor, "apikey.revoke", string.Create(CultureInfo.InvariantCulture, $"accountId={accountId} keyId={keyId}"));
            return true;
        });
        if (revoked)
        {
            // Only once the store says revoked: a cache fill after this point finds no row.
            _registry.Invalidate(keyId);
        }

        return revoked;
    }

    /// <summary>
    /// Changes an active key's permissions and IP list, audited as <c>apikey.permissions</c> in the same transaction;
    /// the very next request with the key sees the change. Returns the key as changed, or null and a reason.
    /// </summary>
    public StoredApiKey? UpdateApiKey(long accountId, long keyId, KeyPermissionsChange change, string actor, out string? error)
    {
        ArgumentNullException.ThrowIfNull(change);
        error = null;
        if (change.IpRestrict is { } ips && IpRestriction.Parse(ips, out var badEntry) is null)
        {
            error = IpRestriction.BadEntryMessage(badEntry!);
            return null;
        }

        var now = NowMilliseconds;
        var updated = AuditedChange.Run(_store, () =>
        {
            if (_store.ListApiKeys(accountId).FirstOrDefault(key => key.Id == keyId) is not { } current)
            {
                return null;
            }

            var next = current with
            {
                EnableReading = change.EnableReading ?? current.EnableReading,
                EnableTrading = change.EnableTrading ?? current.EnableTrading,
                IpRestrict = change.IpRestrict ?? current.IpRestrict,
            };

            // The expiry counts from when TRADE was enabled without an IP list: switching TRADE back on, or emptying
            // the list of a trading key, starts it again (a key is not cut off for days it traded restricted or not at all).
            if (next.EnableTrading && (!current.EnableTrading || (current.IpRestrict.Count > 0 && next.IpRestrict.Count == 0)))
            {
                next = next with { TradingSinceMilliseconds = now };
            }

            _store.UpdateApiKey(accountId, keyId, next.EnableReading, next.EnableTrading, next.IpRestrict, next.TradingSinceMilliseconds);
            _store.AppendAudit(
                now, actor, "apikey.permissions",
                string.Create(CultureInfo.InvariantCulture, $"accountId={accountId} keyId={keyId} reading={next.EnableReading} trading={next.EnableTrading} ipRestrict={string.Join(',', next.IpRestrict)}"));
            return next;
        });
        if (updated is null)
        {
            error = KeyNotFound;
            return null;
        }

        // After the commit: a request that filled the cache from the old row meanwhile is caught by the generation check.
        _registry.Invalidate(keyId);
        return updated;
    }

    /// <summary>The API's spelling of a key type: <c>HMAC</c>, <c>RSA</c> or <c>ED25519</c>.</summary>
    public static string TypeName(KeyType type) => type switch
    {
        KeyType.Hmac => "HMAC",
        KeyType.Rsa => "RSA",
        _ => "ED25519",
    };

    /// <summary>Shows the first and last four characters of a key.</summary>
    public static string Mask(string apiKey)
    {
        ArgumentNullException.ThrowIfNull(apiKey);
        return apiKey.Length <= 8 ? "****" : $"{apiKey[..4]}…{apiKey[^4..]}";
    }

    /// <summary>Formats an allowance amount with Binance's eight decimals; rejects anything but a plain decimal.</summary>
    public static string FormatAmount(string amount)
    {
        var value = decimal.Parse(amount, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return value.ToString("0.00000000", CultureInfo.InvariantCulture);
    }

    private string KeyQuotaReached =>
        string.Create(CultureInfo.InvariantCulture, $"The account already has {_maxActiveKeys} active API keys, the most allowed (ApiKeys:MaxActivePerAccount); revoke one first.");

    private bool AtKeyQuota(long accountId) => _maxActiveKeys > 0 && _store.ListApiKeys(accountId).Count >= _maxActiveKeys;

    private long NowMilliseconds => _time.GetUtcNow().ToUnixTimeMilliseconds();
}
