using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Spotnet.Server.Storage;

/// <summary>
/// The embedded journal store: its own SQLite file in the data folder (WAL, <c>synchronous=FULL</c>, so a committed
/// transaction is on disk), one transaction per append. The store holds the file exclusively while open: one server
/// per data folder, and no file-lock system calls per commit (about a tenth of a commit's CPU). Snapshots live in a
/// second file (<c>journal-snapshots.db</c> next to <c>journal.db</c>) with its own connection and lock: writing tens
/// of megabytes there neither bloats the journal's WAL nor holds up appends. That file uses a rollback journal rather than a WAL: a snapshot is new pages at
/// the end of the file (or pages freed by an older snapshot), which a rollback journal does not copy, so each snapshot
/// is written once, where a WAL would write it twice (into the WAL, then into the file at the checkpoint). Its 64 KiB
/// pages (for files it creates) cut the per-page work of a large blob: with both, storing a snapshot takes about a
/// seventh of the CPU it took (<c>benchmarks/README.md</c>, journal store). History that left the engine's memory is
/// in a third file, <c>journal-history.db</c> (<see cref="SqliteHistoryFile"/>).
/// </summary>
public sealed class SqliteJournalStore : IJournalStore
{
    /// <summary>Journal records deleted per transaction when old records are pruned.</summary>
    public const int DeleteStep = 5_000;

    private const string Schema = """
        PRAGMA locking_mode = EXCLUSIVE;
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = FULL;
        CREATE TABLE IF NOT EXISTS journal (sequence INTEGER PRIMARY KEY, data BLOB NOT NULL);
        CREATE TABLE IF NOT EXISTS probe (id INTEGER PRIMARY KEY, value INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
        """;

    private const string SnapshotSchema = """
        PRAGMA page_size = 65536;
        PRAGMA journal_mode = TRUNCATE;
        PRAGMA synchronous = FULL;
        CREATE TABLE IF NOT EXISTS snapshots (sequence INTEGER PRIMARY KEY, data BLOB NOT NULL);
        CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
        """;

    private readonly SqliteConnection _connection;
    private readonly SqliteConnection _snapshots;
    private readonly SqliteHistoryFile _history;
    private readonly string _path;
    private readonly Lock _lock = new();
    private readonly Lock _snapshotLock = new();
    private readonly SqliteCommand _insert;
    private readonly SqliteParameter _insertSequence;
    private readonly SqliteParameter _insertData;
    private long _probes;

    /// <summary>
    /// Opens (creating if needed) the journal database at the given path and the snapshot and history databases next to
    /// it. Throws <see cref="StoreDamagedException"/> when one cannot be opened, when a write-ahead log would silently
    /// drop committed transactions (<see cref="WriteAheadLog"/>), or when the three are not of one data folder.
    /// </summary>
    public SqliteJournalStore(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var snapshotPath = SnapshotPath(path);
        var historyPath = HistoryPath(path);
        WriteAheadLog.EnsureNothingIsDropped(path);
        WriteAheadLog.EnsureNothingIsDropped(historyPath);
        var existed = (Journal: File.Exists(path), Snapshots: File.Exists(snapshotPath), History: File.Exists(historyPath));
        SqliteConnection? connection = null;
        SqliteConnection? snapshots = null;
        SqliteHistoryFile? history = null;
        try
        {
            connection = Open(path, Schema);
            snapshots = Open(snapshotPath, SnapshotSchema);
            history = StoreFile.Opening(historyPath, () => new SqliteHistoryFile(historyPath, Open));
            CheckIdentity(connection, snapshots, history, existed);
        }
        catch
        {
            // A refused start releases the files it opened (the journal's exclusive lock among them).
            connection?.Dispose();
            snapshots?.Dispose();
            history?.Dispose();
            throw;
        }

        _path = path;
        _connection = connection;
        _snapshots = snapshots;
        _history = history;
        MoveOldSnapshots();

        _insert = _connection.CreateCommand();
        _insert.CommandText = "INSERT INTO journal (sequence, data) VALUES ($sequence, $data)";
        _insertSequence = _insert.Parameters.Add("$sequence", SqliteType.Integer);
        _insertData = _insert.Parameters.Add("$data", SqliteType.Blob);
    }

    /// <inheritdoc />
    public void Append(IReadOnlyList<JournalRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        lock (_lock)
        {
            StoreFile.EnsureStillThere(_path);
            if (records.Count == 1)
            {
                // The usual case: one statement is its own transaction, without the BEGIN and COMMIT round trips.
                _insert.Transaction = null;
                Insert(records[0]);
                return;
            }

            using var transaction = _connection.BeginTransaction();
            _insert.Transaction = transaction;
            foreach (var record in records)
            {
                Insert(record);
            }

            transaction.Commit();
        }
    }

    private void Insert(JournalRecord record)
    {
        _insertSequence.Value = record.Sequence;
        _insertData.Value = record.Data;
        _insert.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public IEnumerable<JournalRecord> Read(long afterSequence)
    {
        // Read in pages so a long journal is never held in memory at once, and the lock is not held while replaying.
        const int PageSize = 1000;
        var last = afterSequence;
        while (true)
        {
            var page = new List<JournalRecord>(PageSize);
            lock (_lock)
            {
                StoreFile.Reading(_connection.DataSource, () =>
                {
                    using var command = Command("SELECT sequence, data FROM journal WHERE sequence > $after ORDER BY sequence LIMIT $limit", ("$after", last), ("$limit", PageSize));
                    using var reader = command.ExecuteReader();
                    while (reader.Read())
                    {
                        page.Add(new JournalRecord(reader.GetInt64(0), (byte[])reader.GetValue(1)));
                    }

                    return page;
                });
            }

            foreach (var record in page)
            {
                yield return record;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            last = page[^1].Sequence;
        }
    }

    /// <inheritdoc />
    public void CutFrom(long fromSequence) => Write("DELETE FROM journal WHERE sequence >= $sequence", ("$sequence", fromSequence));

    /// <summary>The snapshot database of a journal database: <c>journal.db</c> → <c>journal-snapshots.db</c>.</summary>
    public static string SnapshotPath(string journalPath) =>
        Path.Combine(
            Path.GetDirectoryName(journalPath) ?? string.Empty,
            Path.GetFileNameWithoutExtension(journalPath) + "-snapshots" + Path.GetExtension(journalPath));

    /// <summary>The history database of a journal database: <c>journal.db</c> → <c>journal-history.db</c>.</summary>
    public static string HistoryPath(string journalPath) =>
        Path.Combine(
            Path.GetDirectoryName(journalPath) ?? string.Empty,
            Path.GetFileNameWithoutExtension(journalPath) + "-history" + Path.GetExtension(journalPath));

    /// <inheritdoc />
    public void WriteHistory(IReadOnlyList<HistoryRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _history.Write(rows);
    }

    /// <inheritdoc />
    public IReadOnlyList<byte[]> ReadHistory(long epoch, int accountId, byte kind, int symbolId, HistoryRange? range = null) =>
        _history.Read(epoch, accountId, kind, symbolId, range);

    /// <inheritdoc />
    public byte[]? FindHistory(long epoch, int accountId, byte kind, int symbolId, long? id, string? clientId) =>
        _history.Find(epoch, accountId, kind, symbolId, id, clientId);

    /// <inheritdoc />
    public bool HasHistory(long epoch) => _history.Has(epoch);

    /// <summary>History chunks decoded by reads so far.</summary>
    internal long HistoryChunksRead => _history.ChunksRead;

    /// <inheritdoc />
    public void DeleteHistoryBefore(long epoch) => _history.DeleteBefore(epoch, DeleteStep);

    /// <inheritdoc />
    public void DeleteThrough(long sequence)
    {
        // In steps of a few thousand records, releasing the lock between them: one delete of a long journal would
        // hold up the appends (and so every answer) for as long as it takes.
        while (true)
        {
            int deleted;
            lock (_lock)
            {
                using var command = Command(
                    "DELETE FROM journal WHERE sequence <= $sequence AND sequence < (SELECT MIN(sequence) FROM journal) + $step",
                    ("$sequence", sequence),
                    ("$step", DeleteStep));
                deleted = command.ExecuteNonQuery();
            }

            if (deleted == 0)
            {
                return;
            }
        }
    }

    /// <inheritdoc />
    public void SaveSnapshot(long sequence, IReadOnlyList<ReadOnlyMemory<byte>> chunks)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        long length = 0;
        foreach (var chunk in chunks)
        {
            length += chunk.Length;
        }

        lock (_snapshotLock)
        {
            // The row is made with a zero blob of the final size, then filled chunk by chunk: no single array holds it.
            using var transaction = _snapshots.BeginTransaction();
            using (var insert = _snapshots.CreateCommand())
            {
                insert.Transaction = transaction;
                insert.CommandText = "INSERT OR REPLACE INTO snapshots (sequence, data) VALUES ($sequence, zeroblob($length))";
                insert.Parameters.AddWithValue("$sequence", sequence);
                insert.Parameters.AddWithValue("$length", length);
                insert.ExecuteNonQuery();
            }

            using (var blob = new SqliteBlob(_snapshots, "snapshots", "data", sequence))
            {
                foreach (var chunk in chunks)
                {
                    blob.Write(chunk.Span);
                }
            }

            transaction.Commit();
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<long> ListSnapshots()
    {
        lock (_snapshotLock)
        {
            return StoreFile.Reading(_snapshots.DataSource, () =>
            {
                using var command = SnapshotCommand("SELECT sequence FROM snapshots ORDER BY sequence DESC");
                using var reader = command.ExecuteReader();
                var sequences = new List<long>();
                while (reader.Read())
                {
                    sequences.Add(reader.GetInt64(0));
                }

                return sequences;
            });
        }
    }

    /// <inheritdoc />
    public byte[]? LoadSnapshot(long sequence)
    {
        lock (_snapshotLock)
        {
            return StoreFile.Reading(_snapshots.DataSource, () =>
            {
                using var command = SnapshotCommand("SELECT data FROM snapshots WHERE sequence = $sequence", ("$sequence", sequence));
                return command.ExecuteScalar() as byte[];
            });
        }
    }

    /// <inheritdoc />
    public void DeleteSnapshot(long sequence)
    {
        lock (_snapshotLock)
        {
            using var command = SnapshotCommand("DELETE FROM snapshots WHERE sequence = $sequence", ("$sequence", sequence));
            command.ExecuteNonQuery();
        }
    }

    /// <inheritdoc />
    public void Probe()
    {
        StoreFile.EnsureStillThere(_path);
        Write("INSERT OR REPLACE INTO probe (id, value) VALUES (1, $value)", ("$value", Interlocked.Increment(ref _probes)));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_lock)
        {
            _insert.Dispose();
            _connection.Dispose();
        }

        lock (_snapshotLock)
        {
            _snapshots.Dispose();
        }

        _history.Dispose();
    }

    private static SqliteConnection Open(string path, string schema) => StoreFile.Opening(path, () =>
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = schema;
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    });

    // The three files carry one random identity, written into a new data folder (and into one from a build before
    // identities, taking its files as they are): the journal's last, so a journal with an identity means the others
    // have it too. A snapshot or history file that is missing, or that came from another data folder, would otherwise
    // be restored or served as this folder's state.
    private static void CheckIdentity(
        SqliteConnection journal, SqliteConnection snapshots, SqliteHistoryFile history, (bool Journal, bool Snapshots, bool History) existed)
    {
        var journalIdentity = StoreFile.ReadIdentity(journal, "meta");
        var snapshotIdentity = StoreFile.ReadIdentity(snapshots, "meta");
        var historyIdentity = history.Identity;
        if (journalIdentity is null)
        {
            if (!existed.Journal && (snapshotIdentity is not null || historyIdentity is not null))
            {
                throw Foreign("journal.db is missing, but journal-snapshots.db or journal-history.db of a data folder are there");
            }

            if (snapshotIdentity is not null && historyIdentity is not null && snapshotIdentity != historyIdentity)
            {
                throw Foreign("journal-snapshots.db and journal-history.db belong to different data folders");
            }

            var identity = snapshotIdentity ?? historyIdentity ?? BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8));
            StoreFile.WriteIdentity(snapshots, "meta", identity);
            history.WriteIdentity(identity);
            StoreFile.WriteIdentity(journal, "meta", identity);
            return;
        }

        if (snapshotIdentity != journalIdentity)
        {
            throw Foreign(existed.Snapshots ? "journal-snapshots.db belongs to another data folder" : "journal-snapshots.db is missing");
        }

        if (historyIdentity != journalIdentity)
        {
            throw Foreign(existed.History ? "journal-history.db belongs to another data folder" : "journal-history.db is missing");
        }

        static StoreDamagedException Foreign(string what) =>
            new($"{what}: starting would restore or serve state that is not this folder's. Refusing to start; restore the data folder from a backup or move it away to start empty.");
    }

    // Data folders from before the snapshot file kept snapshots in the journal database: move them over (copy, then
    // drop; a crash in between leaves copies that the next start overwrites).
    private void MoveOldSnapshots()
    {
        using (var exists = Command("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'snapshots'"))
        {
            if (Convert.ToInt64(exists.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return;
            }
        }

        var old = new List<(long Sequence, byte[] Data)>();
        using (var select = Command("SELECT sequence, data FROM snapshots"))
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                old.Add((reader.GetInt64(0), (byte[])reader.GetValue(1)));
            }
        }

        foreach (var (sequence, data) in old)
        {
            SaveSnapshot(sequence, [data]);
        }

        Write("DROP TABLE snapshots");
    }

    private SqliteCommand SnapshotCommand(string sql, params (string Name, object Value)[] parameters) =>
        NewCommand(_snapshots, sql, parameters);

    private void Write(string sql, params (string Name, object Value)[] parameters)
    {
        lock (_lock)
        {
            using var command = Command(sql, parameters);
            command.ExecuteNonQuery();
        }
    }

    private SqliteCommand Command(string sql, params (string Name, object Value)[] parameters) =>
        NewCommand(_connection, sql, parameters);

    private static SqliteCommand NewCommand(SqliteConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
