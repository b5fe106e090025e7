using Microsoft.Data.Sqlite;

namespace Spotnet.Server.Storage;

/// <summary>
/// Opening and the reads recovery depends on, for the SQLite store files: SQLite's refusal (not a database, malformed,
/// an I/O error) becomes a <see cref="StoreDamagedException"/> naming the file, so a start is refused with that line
/// instead of ending in a bare SQLite error. Later callers of the same reads refuse or roll back on any failure.
/// </summary>
internal static class StoreFile
{
    public static T Opening<T>(string path, Func<T> open) => Guarded(path, "opened", open);

    public static T Reading<T>(string path, Func<T> read) => Guarded(path, "read", read);

    /// <summary>The data folder identity kept in a store file's <paramref name="table"/> (name, value), or null when none is.</summary>
    public static long? ReadIdentity(SqliteConnection connection, string table) => Reading(connection.DataSource, () =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT value FROM {table} WHERE name = 'identity'";
        return command.ExecuteScalar() is long value ? value : (long?)null;
    });

    /// <summary>Keeps the data folder identity in a store file's <paramref name="table"/>.</summary>
    public static void WriteIdentity(SqliteConnection connection, string table, long identity)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"INSERT OR REPLACE INTO {table} (name, value) VALUES ('identity', $identity)";
        command.Parameters.AddWithValue("$identity", identity);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Throws when the file at <paramref name="path"/> was removed while open (its data folder deleted): it still takes
    /// writes, which no restart would ever read, so a change must fail rather than be acknowledged.
    /// </summary>
    public static void EnsureStillThere(string path)
    {
        if (!File.Exists(path))
        {
            throw new IOException($"{Path.GetFileName(path)} was removed while open: changes written to it would be lost.");
        }
    }

    private static T Guarded<T>(string path, string verb, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException exception)
        {
            throw new StoreDamagedException(
                $"{Path.GetFileName(path)} cannot be {verb} ({exception.Message}): restore the data folder from a backup or move it away to start empty.",
                exception);
        }
    }
}
