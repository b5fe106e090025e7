using Microsoft.Data.Sqlite;

namespace Spotnet.Server.Storage;

/// <summary>
/// The embedded journal store: its own SQLite file in the data folder (WAL, <c>synchronous=FULL</c>, so a committed
/// transaction is on disk), one transaction per appended batch.
/// </summary>
public sealed class SqliteJournalStore : IJournalStore
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = FULL;
        CREATE TABLE IF NOT EXISTS journal (sequence INTEGER PRIMARY KEY, data BLOB NOT NULL);
        CREATE TABLE IF NOT EXISTS snapshots (sequence INTEGER PRIMARY KEY, data BLOB NOT NULL);
        CREATE TABLE IF NOT EXISTS probe (id INTEGER PRIMARY KEY, value INTEGER NOT NULL);
        """;

    private readonly SqliteConnection _connection;
    private readonly Lock _lock = new();
    private readonly SqliteCommand _insert;
    private readonly SqliteParameter _insertSequence;
    private readonly SqliteParameter _insertData;
    private long _probes;

    /// <summary>Opens (creating if needed) the journal database at the given path.</summary>
    public SqliteJournalStore(string path)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        _connection.Open();
        using (var schema = _connection.CreateCommand())
        {
            schema.CommandText = Schema;
            schema.ExecuteNonQuery();
        }

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
            using var transaction = _connection.BeginTransaction();
            _insert.Transaction = transaction;
            foreach (var record in records)
            {
                _insertSequence.Value = record.Sequence;
                _insertData.Value = record.Data;
                _insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }
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
                using var command = Command("SELECT sequence, data FROM journal WHERE sequence > $after ORDER BY sequence LIMIT $limit", ("$after", last), ("$limit", PageSize));
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    page.Add(new JournalRecord(reader.GetInt64(0), (byte[])reader.GetValue(1)));
                }
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

    /// <inheritdoc />
    public void DeleteThrough(long sequence) => Write("DELETE FROM journal WHERE sequence <= $sequence", ("$sequence", sequence));

    /// <inheritdoc />
    public void SaveSnapshot(long sequence, byte[] data) =>
        Write("INSERT OR REPLACE INTO snapshots (sequence, data) VALUES ($sequence, $data)", ("$sequence", sequence), ("$data", data));

    /// <inheritdoc />
    public IReadOnlyList<long> ListSnapshots()
    {
        lock (_lock)
        {
            using var command = Command("SELECT sequence FROM snapshots ORDER BY sequence DESC");
            using var reader = command.ExecuteReader();
            var sequences = new List<long>();
            while (reader.Read())
            {
                sequences.Add(reader.GetInt64(0));
            }

            return sequences;
        }
    }

    /// <inheritdoc />
    public byte[]? LoadSnapshot(long sequence)
    {
        lock (_lock)
        {
            using var command = Command("SELECT data FROM snapshots WHERE sequence = $sequence", ("$sequence", sequence));
            return command.ExecuteScalar() as byte[];
        }
    }

    /// <inheritdoc />
    public void DeleteSnapshot(long sequence) => Write("DELETE FROM snapshots WHERE sequence = $sequence", ("$sequence", sequence));

    /// <inheritdoc />
    public void Probe() => Write("INSERT OR REPLACE INTO probe (id, value) VALUES (1, $value)", ("$value", Interlocked.Increment(ref _probes)));

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_lock)
        {
            _insert.Dispose();
            _connection.Dispose();
        }
    }

    private void Write(string sql, params (string Name, object Value)[] parameters)
    {
        lock (_lock)
        {
            using var command = Command(sql, parameters);
            command.ExecuteNonQuery();
        }
    }

    private SqliteCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
