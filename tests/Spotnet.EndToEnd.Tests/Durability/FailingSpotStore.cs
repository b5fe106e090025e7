using Microsoft.Data.Sqlite;
using Spotnet.Server.Storage;

namespace Spotnet.EndToEnd.Tests.Durability;

/// <summary>The SQLite store whose audit log refuses writes like a full disk while <see cref="FailAudit"/> is set.</summary>
internal sealed class FailingSpotStore(SqliteSpotStore inner) : ISpotStore, IDisposable
{
    public volatile bool FailAudit;

    public volatile bool FailReads;

    public SqliteSpotStore Inner => inner;

    public AuditRecord AppendAudit(long nowMilliseconds, string actor, string action, string detail) =>
        // SQLITE_FULL, as SQLite reports a full disk.
        FailAudit ? throw new SqliteException("database or disk is full", 13) : inner.AppendAudit(nowMilliseconds, actor, action, detail);

    public T Atomically<T>(Func<T> change) => inner.Atomically(change);

    public string? GetMeta(string name) => inner.GetMeta(name);

    public void SetMeta(string name, string value) => inner.SetMeta(name, value);

    public long CreateAccount(string? name, IReadOnlyList<BalanceRecord> balances, long nowMilliseconds) => inner.CreateAccount(name, balances, nowMilliseconds);

    public AccountRecord? GetAccount(long accountId) =>
        FailReads ? throw new SqliteException("disk I/O error", 10) : inner.GetAccount(accountId);

    public long InsertApiKey(StoredApiKey key) => inner.InsertApiKey(key);

    public bool RevokeApiKey(long accountId, long keyId, long nowMilliseconds) => inner.RevokeApiKey(accountId, keyId, nowMilliseconds);

    public bool UpdateApiKey(long accountId, long keyId, bool enableReading, bool enableTrading, IReadOnlyList<string> ipRestrict) =>
        inner.UpdateApiKey(accountId, keyId, enableReading, enableTrading, ipRestrict);

    public IReadOnlyList<StoredApiKey> ListApiKeys(long accountId) =>
        FailReads ? throw new SqliteException("disk I/O error", 10) : inner.ListApiKeys(accountId);

    public StoredApiKey? FindApiKey(ReadOnlySpan<byte> keyHash) => inner.FindApiKey(keyHash);

    public IReadOnlyList<AuditRecord> ReadAudit() => inner.ReadAudit();

    public void SaveBan(string address, long untilMilliseconds, int offences) => inner.SaveBan(address, untilMilliseconds, offences);

    public IReadOnlyList<(string Address, long UntilMilliseconds, int Offences)> LoadBans() => inner.LoadBans();

    public bool DisableTrading(long keyId) => inner.DisableTrading(keyId);

    public void SaveKeyUsage(IReadOnlyList<ApiKeyUsageRecord> usage) => inner.SaveKeyUsage(usage);

    public ApiKeyUsageRecord? GetKeyUsage(long keyId) => inner.GetKeyUsage(keyId);

    public IReadOnlyList<StoredSecret> ListSecrets() => inner.ListSecrets();

    public bool ReplaceSecret(long keyId, byte[] expected, byte[] replacement) => inner.ReplaceSecret(keyId, expected, replacement);

    public void Dispose() => inner.Dispose();
}
