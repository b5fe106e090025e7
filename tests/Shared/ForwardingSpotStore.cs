using Spotnet.Server.Storage;

namespace Spotnet.Tests.Shared;

/// <summary>
/// The SQLite account/key/audit store behind a decorator: every call goes to <see cref="Inner"/> unless a test's
/// subclass overrides it to inject a fault or a pause.
/// </summary>
internal abstract class ForwardingSpotStore(SqliteSpotStore inner) : ISpotStore, IDisposable
{
    public SqliteSpotStore Inner => inner;

    public virtual AuditRecord AppendAudit(long nowMilliseconds, string actor, string action, string detail) =>
        inner.AppendAudit(nowMilliseconds, actor, action, detail);

    public virtual T Atomically<T>(Func<T> change) => inner.Atomically(change);

    public virtual string? GetMeta(string name) => inner.GetMeta(name);

    public virtual void SetMeta(string name, string value) => inner.SetMeta(name, value);

    public virtual long CreateAccount(string? name, IReadOnlyList<BalanceRecord> balances, long nowMilliseconds) =>
        inner.CreateAccount(name, balances, nowMilliseconds);

    public virtual AccountRecord? GetAccount(long accountId) => inner.GetAccount(accountId);

    public virtual long InsertApiKey(StoredApiKey key) => inner.InsertApiKey(key);

    public virtual bool RevokeApiKey(long accountId, long keyId, long nowMilliseconds) => inner.RevokeApiKey(accountId, keyId, nowMilliseconds);

    public virtual bool UpdateApiKey(long accountId, long keyId, bool enableReading, bool enableTrading, IReadOnlyList<string> ipRestrict, long tradingSinceMilliseconds) =>
        inner.UpdateApiKey(accountId, keyId, enableReading, enableTrading, ipRestrict, tradingSinceMilliseconds);

    public virtual IReadOnlyList<StoredApiKey> ListApiKeys(long accountId) => inner.ListApiKeys(accountId);

    public virtual StoredApiKey? FindApiKey(ReadOnlySpan<byte> keyHash) => inner.FindApiKey(keyHash);

    public virtual IReadOnlyList<AuditRecord> ReadAudit() => inner.ReadAudit();

    public virtual void SaveBan(string address, long untilMilliseconds, int offences) => inner.SaveBan(address, untilMilliseconds, offences);

    public virtual IReadOnlyList<(string Address, long UntilMilliseconds, int Offences)> LoadBans() => inner.LoadBans();

    public virtual bool DisableTrading(long keyId) => inner.DisableTrading(keyId);

    public virtual void SaveKeyUsage(IReadOnlyList<ApiKeyUsageRecord> usage) => inner.SaveKeyUsage(usage);

    public virtual ApiKeyUsageRecord? GetKeyUsage(long keyId) => inner.GetKeyUsage(keyId);

    public virtual IReadOnlyList<StoredSecret> ListSecrets() => inner.ListSecrets();

    public virtual bool ReplaceSecret(long keyId, byte[] expected, byte[] replacement) => inner.ReplaceSecret(keyId, expected, replacement);

    public void Dispose() => inner.Dispose();
}
