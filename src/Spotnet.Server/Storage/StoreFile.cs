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
