using Microsoft.Data.Sqlite;

namespace Spotnet.Server.Tests.Resets;

/// <summary>Makes a store file's audit table refuse inserts, as a full or read-only disk would, and lifts it again.</summary>
internal static class FullAuditLog
{
    public static void Set(string storePath, bool full)
    {
        using var connection = new SqliteConnection($"Data Source={storePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = full
            ? "CREATE TRIGGER audit_full BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;"
            : "DROP TRIGGER audit_full;";
        command.ExecuteNonQuery();
    }
}
