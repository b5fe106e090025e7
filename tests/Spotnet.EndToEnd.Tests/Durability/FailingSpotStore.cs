using Microsoft.Data.Sqlite;
using Spotnet.Server.Storage;
using Spotnet.Tests.Shared;

namespace Spotnet.EndToEnd.Tests.Durability;

/// <summary>The SQLite store whose audit log refuses writes like a full disk while <see cref="FailAudit"/> is set.</summary>
internal sealed class FailingSpotStore(SqliteSpotStore inner) : ForwardingSpotStore(inner)
{
    public volatile bool FailAudit;

    public volatile bool FailReads;

    public override AuditRecord AppendAudit(long nowMilliseconds, string actor, string action, string detail) =>
        // SQLITE_FULL, as SQLite reports a full disk.
        FailAudit ? throw new SqliteException("database or disk is full", 13) : base.AppendAudit(nowMilliseconds, actor, action, detail);

    public override AccountRecord? GetAccount(long accountId) =>
        FailReads ? throw new SqliteException("disk I/O error", 10) : base.GetAccount(accountId);

    public override IReadOnlyList<StoredApiKey> ListApiKeys(long accountId) =>
        FailReads ? throw new SqliteException("disk I/O error", 10) : base.ListApiKeys(accountId);
}
