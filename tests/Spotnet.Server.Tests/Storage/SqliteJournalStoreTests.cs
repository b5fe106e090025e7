using Microsoft.Data.Sqlite;
using Spotnet.Server.Storage;

namespace Spotnet.Server.Tests.Storage;

/// <summary>The SQLite journal store: snapshots in their own file, written from chunks; old records pruned in steps.</summary>
public sealed class SqliteJournalStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("spotnet-journal-").FullName;

    private string JournalPath => Path.Combine(_directory, "journal.db");

    [Fact]
    public void A_snapshot_written_in_chunks_is_stored_in_its_own_file_and_read_back_whole()
    {
        var big = new byte[(1 << 20) + 17];
        new Random(5).NextBytes(big);
        using (var store = new SqliteJournalStore(JournalPath))
        {
            store.Append([new JournalRecord(1, [1, 2, 3])]);
            store.SaveSnapshot(1, [big.AsMemory(0, 1 << 20), big.AsMemory(1 << 20), ReadOnlyMemory<byte>.Empty]);
        }

        Assert.Equal(Path.Combine(_directory, "journal-snapshots.db"), SqliteJournalStore.SnapshotPath(JournalPath));
        Assert.True(File.Exists(SqliteJournalStore.SnapshotPath(JournalPath)));
        // The journal file holds no snapshot: its WAL never carries the large blobs.
        Assert.Equal(0L, Scalar(JournalPath, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'snapshots'"));
        Assert.Equal(1L, Scalar(SqliteJournalStore.SnapshotPath(JournalPath), "SELECT COUNT(*) FROM snapshots"));

        using var reopened = new SqliteJournalStore(JournalPath);
        Assert.Equal([1L], reopened.ListSnapshots());
        Assert.Equal(big, reopened.LoadSnapshot(1));
        Assert.Null(reopened.LoadSnapshot(2));
        reopened.DeleteSnapshot(1);
        Assert.Empty(reopened.ListSnapshots());
    }

    [Fact]
    public void Snapshots_kept_in_the_journal_file_by_an_older_version_are_moved_to_the_snapshot_file()
    {
        using (var connection = Open(JournalPath))
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                CREATE TABLE journal (sequence INTEGER PRIMARY KEY, data BLOB NOT NULL);
                CREATE TABLE snapshots (sequence INTEGER PRIMARY KEY, data BLOB NOT NULL);
                INSERT INTO snapshots VALUES (7, x'0A0B0C');
                INSERT INTO snapshots VALUES (9, x'0D');
                """;
            command.ExecuteNonQuery();
        }

        using (var store = new SqliteJournalStore(JournalPath))
        {
            Assert.Equal([9L, 7L], store.ListSnapshots());
            Assert.Equal(new byte[] { 10, 11, 12 }, store.LoadSnapshot(7));
        }

        Assert.Equal(0L, Scalar(JournalPath, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'snapshots'"));
    }

    [Fact]
    public void Pruning_deletes_every_record_up_to_the_sequence_across_several_steps_and_keeps_the_rest()
    {
        using var store = new SqliteJournalStore(JournalPath);
        var count = (2 * SqliteJournalStore.DeleteStep) + 101;
        store.Append([.. Enumerable.Range(1, count).Select(sequence => new JournalRecord(sequence, [(byte)sequence]))]);

        store.DeleteThrough((2 * SqliteJournalStore.DeleteStep) + 1);

        var left = store.Read(0).ToList();
        Assert.Equal(100, left.Count);
        Assert.Equal((2 * SqliteJournalStore.DeleteStep) + 2, left[0].Sequence);
        Assert.Equal(count, left[^1].Sequence);
    }

    public void Dispose() => Directory.Delete(_directory, true);

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }

    private static long Scalar(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
