using Microsoft.Data.Sqlite;
using Spotnet.Server.Storage;

namespace Spotnet.Server.Tests.Storage;

/// <summary>
/// Damage below the journal's own checksums (RT-2 at the file level): a write-ahead log that SQLite would silently cut
/// short, store files that cannot be opened, and snapshot or history files that are missing or from another data folder.
/// A crash image is a copy of the files taken while the store is open, as a SIGKILL leaves them.
/// </summary>
public sealed class StoreIntegrityTests : IDisposable
{
    private static readonly string[] Files = ["journal.db", "journal-snapshots.db", "journal-history.db"];
    private readonly string _live = Directory.CreateTempSubdirectory("spotnet-live-").FullName;
    private readonly string _image = Directory.CreateTempSubdirectory("spotnet-image-").FullName;

    private string ImageJournal => Path.Combine(_image, "journal.db");

    private string ImageWal => ImageJournal + "-wal";

    [Fact]
    public void A_crash_image_opens_with_every_record_across_log_generations()
    {
        // 1,500 commits: the log is checkpointed and restarted on the way, so it ends with frames of an older generation.
        CrashImage(records: 1_500);

        using var store = new SqliteJournalStore(ImageJournal);
        Assert.Equal(Enumerable.Range(1, 1_500).Select(sequence => (long)sequence), store.Read(0).Select(record => record.Sequence));
    }

    [Fact]
    public void A_flipped_byte_in_a_middle_frame_of_the_log_refuses_the_start_instead_of_dropping_the_later_commits()
    {
        CrashImage(records: 60);
        var frames = FrameCount();
        Flip(FrameOffset(frames / 2) + 24 + 100);

        var refusal = Assert.Throws<StoreDamagedException>(() => new SqliteJournalStore(ImageJournal));
        Assert.Contains("journal.db-wal is damaged (frame ", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("fails its checksum and", refusal.Message, StringComparison.Ordinal);
        // The refused start released what it opened: the files can be inspected at once.
        Assert.Equal(0L, Scalar(Path.Combine(_image, "journal-snapshots.db"), "SELECT COUNT(*) FROM snapshots"));
    }

    [Fact]
    public void A_damaged_last_frame_is_a_torn_tail_that_sqlite_cuts_and_the_store_opens_without_it()
    {
        CrashImage(records: 60);
        Flip(FrameOffset(FrameCount() - 1) + 24 + 100);

        using var store = new SqliteJournalStore(ImageJournal);
        var sequences = store.Read(0).Select(record => record.Sequence).ToList();
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(sequence => (long)sequence), sequences);
        Assert.InRange(sequences.Count, 50, 59);
    }

    [Fact]
    public void A_damaged_log_header_with_frames_after_it_refuses_the_start()
    {
        CrashImage(records: 10);
        Flip(17);

        var refusal = Assert.Throws<StoreDamagedException>(() => new SqliteJournalStore(ImageJournal));
        Assert.Contains("its header is not valid", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("journal-snapshots.db")]
    [InlineData("journal-history.db")]
    [InlineData("journal.db")]
    public void A_store_file_sqlite_cannot_open_refuses_the_start_naming_it(string file)
    {
        // Closed, so every log is checkpointed into its file (a log holding page 1 would stand in for the header).
        var journal = Path.Combine(_live, "journal.db");
        using (var store = new SqliteJournalStore(journal))
        {
            store.Append([new JournalRecord(1, [1])]);
        }

        using (var stream = File.OpenWrite(Path.Combine(_live, file)))
        {
            stream.Write(new byte[100]);
        }

        var refusal = Assert.Throws<StoreDamagedException>(() => new SqliteJournalStore(journal));
        // Opened or read: SQLite finds some damage only at the first query.
        Assert.Matches($"^{file.Replace(".", "\\.", StringComparison.Ordinal)} cannot be (opened|read) \\(SQLite Error .*\\): restore the data folder", refusal.Message);
    }

    [Theory]
    [InlineData("journal-snapshots.db", "journal-snapshots.db is missing")]
    [InlineData("journal-history.db", "journal-history.db is missing")]
    [InlineData("journal.db", "journal.db is missing, but journal-snapshots.db or journal-history.db of a data folder are there")]
    public void A_missing_store_file_refuses_the_start(string file, string message)
    {
        CrashImage(records: 5);
        foreach (var path in Directory.GetFiles(_image, file + "*"))
        {
            File.Delete(path);
        }

        var refusal = Assert.Throws<StoreDamagedException>(() => new SqliteJournalStore(ImageJournal));
        Assert.StartsWith(message + ":", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("journal-snapshots.db")]
    [InlineData("journal-history.db")]
    public void A_store_file_from_another_data_folder_refuses_the_start(string file)
    {
        CrashImage(records: 5);
        var other = Directory.CreateTempSubdirectory("spotnet-other-").FullName;
        try
        {
            using (new SqliteJournalStore(Path.Combine(other, "journal.db")))
            {
            }

            foreach (var path in Directory.GetFiles(_image, file + "*"))
            {
                File.Delete(path);
            }

            File.Copy(Path.Combine(other, file), Path.Combine(_image, file));
            var refusal = Assert.Throws<StoreDamagedException>(() => new SqliteJournalStore(ImageJournal));
            Assert.StartsWith($"{file} belongs to another data folder:", refusal.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(other, true);
        }
    }

    [Fact]
    public void Files_from_before_identities_are_taken_as_they_are_and_given_one()
    {
        CrashImage(records: 5);
        foreach (var file in Files)
        {
            var table = file == "journal-history.db" ? "history_meta" : "meta";
            Execute(Path.Combine(_image, file), $"DELETE FROM {table} WHERE name = 'identity'");
        }

        using (var store = new SqliteJournalStore(ImageJournal))
        {
            Assert.Equal(5, store.Read(0).Count());
        }

        var identities = Files.Select(file => Scalar(
            Path.Combine(_image, file), $"SELECT value FROM {(file == "journal-history.db" ? "history_meta" : "meta")} WHERE name = 'identity'"));
        Assert.Single(identities.Distinct());
        using var again = new SqliteJournalStore(ImageJournal);
    }

    public void Dispose()
    {
        Directory.Delete(_live, true);
        Directory.Delete(_image, true);
    }

    // Appends the records one commit each to a store in the live folder and copies every file of the folder while
    // the store is still open: the files as a crash leaves them (the logs not yet checkpointed into the databases).
    private void CrashImage(int records)
    {
        using var store = new SqliteJournalStore(Path.Combine(_live, "journal.db"));
        for (var sequence = 1; sequence <= records; sequence++)
        {
            store.Append([new JournalRecord(sequence, new byte[200 + sequence % 50])]);
        }

        store.WriteHistory([new HistoryRow(0, 1, 1, 0, 1, "c1", 1, new byte[40], [0])]);
        foreach (var path in Directory.GetFiles(_live))
        {
            if (!path.EndsWith("-shm", StringComparison.Ordinal))
            {
                File.Copy(path, Path.Combine(_image, Path.GetFileName(path)));
            }
        }

        Assert.True(File.Exists(ImageWal));
    }

    private long FrameLength => 24 + ReadBigEndian(8);

    private long FrameCount() => (new FileInfo(ImageWal).Length - 32) / FrameLength;

    private long FrameOffset(long frame) => 32 + (frame * FrameLength);

    private long ReadBigEndian(int offset)
    {
        var bytes = File.ReadAllBytes(ImageWal);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset));
    }

    private void Flip(long offset)
    {
        using var stream = new FileStream(ImageWal, FileMode.Open, FileAccess.ReadWrite);
        stream.Position = offset;
        var value = stream.ReadByte();
        stream.Position = offset;
        stream.WriteByte((byte)(value ^ 0x10));
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
