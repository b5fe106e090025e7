namespace Spotnet.Server.Storage;

/// <summary>The narrow persistence interface of the server's edge: accounts, keys, audit, bans, settings.</summary>
public interface ISpotStore
{
    /// <summary>Reads a value stored under a name, or null.</summary>
    string? GetMeta(string name);

    /// <summary>Stores a value under a name.</summary>
    void SetMeta(string name, string value);

    /// <summary>Creates an account holding the given balances and returns its id.</summary>
    long CreateAccount(string? name, IReadOnlyList<BalanceRecord> balances, long nowMilliseconds);

    /// <summary>Reads an account with its balances, or null.</summary>
    AccountRecord? GetAccount(long accountId);

    /// <summary>Stores a new API key and returns its row id.</summary>
    long InsertApiKey(StoredApiKey key);

    /// <summary>Marks a key revoked; returns false when the account has no such active key.</summary>
    bool RevokeApiKey(long accountId, long keyId, long nowMilliseconds);

    /// <summary>
    /// Replaces an active key's permissions, IP list and the start of its TRADE expiry countdown; returns false when the
    /// account has no such active key.
    /// </summary>
    bool UpdateApiKey(long accountId, long keyId, bool enableReading, bool enableTrading, IReadOnlyList<string> ipRestrict, long tradingSinceMilliseconds);

    /// <summary>Lists the active keys of one account.</summary>
    IReadOnlyList<StoredApiKey> ListApiKeys(long accountId);

    /// <summary>Finds an active key by the SHA-256 of its key string.</summary>
    StoredApiKey? FindApiKey(ReadOnlySpan<byte> keyHash);

    /// <summary>Appends an entry to the hash-chained audit log.</summary>
    AuditRecord AppendAudit(long nowMilliseconds, string actor, string action, string detail);

    /// <summary>Reads the whole audit log in order.</summary>
    IReadOnlyList<AuditRecord> ReadAudit();

    /// <summary>Stores the ban state of one IP address.</summary>
    void SaveBan(string address, long untilMilliseconds, int offences);

    /// <summary>Reads all stored bans.</summary>
    IReadOnlyList<(string Address, long UntilMilliseconds, int Offences)> LoadBans();

    /// <summary>Turns a key's TRADE permission off (expiry policy, S-5); returns false when it was already off.</summary>
    bool DisableTrading(long keyId);

    /// <summary>Stores usage metadata of keys, replacing earlier values.</summary>
    void SaveKeyUsage(IReadOnlyList<ApiKeyUsageRecord> usage);

    /// <summary>Reads the usage metadata of one key, or null when none was stored.</summary>
    ApiKeyUsageRecord? GetKeyUsage(long keyId);

    /// <summary>Lists every stored HMAC secret ciphertext, revoked keys included.</summary>
    IReadOnlyList<StoredSecret> ListSecrets();

    /// <summary>
    /// Runs <paramref name="change"/> so that every store call it makes is applied together or not at all: when any of
    /// them throws (an audit record that cannot be written, say), nothing is kept and the exception propagates.
    /// </summary>
    T Atomically<T>(Func<T> change);

    /// <summary>Replaces a key's secret ciphertext if it is still <paramref name="expected"/>; returns whether it did.</summary>
    bool ReplaceSecret(long keyId, byte[] expected, byte[] replacement);
}
