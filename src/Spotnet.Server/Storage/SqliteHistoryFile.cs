using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Spotnet.Server.Storage;

/// <summary>
/// The history part of <see cref="SqliteJournalStore"/>: its own SQLite file (WAL, <c>synchronous=FULL</c>), one
/// connection writing, another reading for the API at the same time. Items are stored in chunks: the items of one
/// account, kind and symbol from one write, in one row with their id range and client ids beside the body. A row per
/// item cost about 5 µs of CPU each (statement, bindings, two index inserts), as much as a fifth of what a whole signed
/// order costs; a row per chunk costs a fraction of that. Lookups then read a few chunks: by id, those whose range holds
/// it; by client id, those whose client id column holds it (a scan of that column over the account's chunks on the
/// symbol, without their bodies). Replay may write an item again in another chunk: readers keep one per id.
/// </summary>
internal sealed class SqliteHistoryFile : IDisposable
{
    // Client ids are 1–36 characters of [.A-Z:/a-z0-9_-]; a unit separator cannot occur in them.
    private const char Separator = '\u001f';
    private const int ChunkItems = 256;

    private const string Schema = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = FULL;
        CREATE TABLE IF NOT EXISTS history_chunks (
            epoch INTEGER NOT NULL, account INTEGER NOT NULL, kind INTEGER NOT NULL, symbol INTEGER NOT NULL,
            first_id INTEGER NOT NULL, last_id INTEGER NOT NULL, min_time INTEGER NOT NULL, max_time INTEGER NOT NULL,
            client_ids TEXT, body BLOB NOT NULL);
        CREATE INDEX IF NOT EXISTS history_chunks_first ON history_chunks (epoch, account, kind, symbol, first_id);
        CREATE INDEX IF NOT EXISTS history_chunks_last ON history_chunks (epoch, account, kind, symbol, last_id);
        """;

    private readonly SqliteConnection _writer;
    private readonly SqliteConnection _reader;
    private readonly Lock _writeLock = new();
    private readonly Lock _readLock = new();
    private long _newestEpoch;

    /// <summary>Chunks decoded by reads so far (tests check that a ranged read does not read a long history whole).</summary>
    public long ChunksRead { get; private set; }

    public SqliteHistoryFile(string path, Func<string, string, SqliteConnection> open)
    {
        _writer = open(path, Schema);
        _reader = open(path, "PRAGMA query_only = 1;");
        using var newest = _writer.CreateCommand();
        newest.CommandText = "SELECT COALESCE(MAX(epoch), -1) FROM history_chunks";
        _newestEpoch = Convert.ToInt64(newest.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public void Write(IReadOnlyList<HistoryRow> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var sorted = rows.OrderBy(row => (row.Epoch, row.AccountId, row.Kind, row.SymbolId, row.Id)).ToList();
        lock (_writeLock)
        {
            using var transaction = _writer.BeginTransaction();
            using var insert = _writer.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO history_chunks (epoch, account, kind, symbol, first_id, last_id, min_time, max_time, client_ids, body)
                VALUES ($epoch, $account, $kind, $symbol, $first, $last, $minTime, $maxTime, $clients, $body)
                """;
            var epoch = insert.Parameters.Add("$epoch", SqliteType.Integer);
            var account = insert.Parameters.Add("$account", SqliteType.Integer);
            var kind = insert.Parameters.Add("$kind", SqliteType.Integer);
            var symbol = insert.Parameters.Add("$symbol", SqliteType.Integer);
            var first = insert.Parameters.Add("$first", SqliteType.Integer);
            var last = insert.Parameters.Add("$last", SqliteType.Integer);
            var minTime = insert.Parameters.Add("$minTime", SqliteType.Integer);
            var maxTime = insert.Parameters.Add("$maxTime", SqliteType.Integer);
            var clients = insert.Parameters.Add("$clients", SqliteType.Text);
            var body = insert.Parameters.Add("$body", SqliteType.Blob);
            using var buffer = new MemoryStream();
            using var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true);
            var clientIds = new StringBuilder();
            var start = 0;
            while (start < sorted.Count)
            {
                var head = sorted[start];
                var end = start + 1;
                while (end < sorted.Count && end - start < ChunkItems && SameGroup(head, sorted[end]))
                {
                    end++;
                }

                buffer.SetLength(0);
                clientIds.Clear().Append(Separator);
                long earliest = long.MaxValue, latest = long.MinValue;
                for (var i = start; i < end; i++)
                {
                    var row = sorted[i];
                    earliest = Math.Min(earliest, row.Time);
                    latest = Math.Max(latest, row.Time);
                    writer.Write(row.Id);
                    writer.Write(row.ClientId ?? string.Empty);
                    writer.Write(row.Time);
                    writer.Write(row.Body.Length);
                    writer.Write(row.Body);
                    if (row.ClientId is { } clientId)
                    {
                        clientIds.Append(clientId).Append(Separator);
                    }
                }

                writer.Flush();
                epoch.Value = head.Epoch;
                account.Value = head.AccountId;
                kind.Value = head.Kind;
                symbol.Value = head.SymbolId;
                first.Value = head.Id;
                last.Value = sorted[end - 1].Id;
                minTime.Value = earliest;
                maxTime.Value = latest;
                clients.Value = clientIds.Length > 1 ? clientIds.ToString() : DBNull.Value;
                body.Value = buffer.ToArray();
                insert.ExecuteNonQuery();
                start = end;
            }

            transaction.Commit();
            Interlocked.Exchange(ref _newestEpoch, Math.Max(Interlocked.Read(ref _newestEpoch), sorted[^1].Epoch));
        }
    }

    public IReadOnlyList<byte[]> Read(long epoch, int accountId, byte kind, int symbolId, HistoryRange? range)
    {
        if (range is null)
        {
            return [.. Items(epoch, accountId, kind, symbolId, "", [], null).Values.Select(item => item.Body)];
        }

        // The chunks that may hold items in range, in the order that lets the read stop once no later chunk can hold
        // one of the wanted ids: ascending by first id (stop past the limit-th lowest id found), or, for the newest,
        // descending by last id (stop below the limit-th highest).
        var items = Items(
            epoch, accountId, kind, symbolId,
            $"AND last_id >= $fromId AND max_time >= $fromTime AND min_time <= $toTime ORDER BY {(range.Newest ? "last_id DESC" : "first_id")}",
            [("$fromId", range.FromId), ("$fromTime", range.FromTime), ("$toTime", range.ToTime)],
            range);
        return [.. items.Values.Select(item => item.Body)];
    }

    public byte[]? Find(long epoch, int accountId, byte kind, int symbolId, long? id, string? clientId)
    {
        if (id is { } byId)
        {
            return Items(epoch, accountId, kind, symbolId, "AND first_id <= $id AND last_id >= $id", [("$id", byId)], null)
                .TryGetValue(byId, out var item) ? item.Body : null;
        }

        if (clientId is null)
        {
            return null;
        }

        // The newest item under the client id (a client id may be used again once its order is closed).
        return Items(epoch, accountId, kind, symbolId, "AND instr(client_ids, $needle) > 0", [("$needle", $"{Separator}{clientId}{Separator}")], null)
            .Values.LastOrDefault(item => item.ClientId == clientId).Body;
    }

    public bool Has(long epoch) => Interlocked.Read(ref _newestEpoch) >= epoch;

    public void DeleteBefore(long epoch, int step)
    {
        // In steps, releasing the lock between them, like the journal's pruning.
        while (true)
        {
            int deleted;
            lock (_writeLock)
            {
                using var command = _writer.CreateCommand();
                command.CommandText = "DELETE FROM history_chunks WHERE rowid IN (SELECT rowid FROM history_chunks WHERE epoch < $epoch LIMIT $step)";
                command.Parameters.AddWithValue("$epoch", epoch);
                command.Parameters.AddWithValue("$step", step);
                deleted = command.ExecuteNonQuery();
            }

            if (deleted == 0)
            {
                return;
            }
        }
    }

    public void Dispose()
    {
        lock (_readLock)
        {
            _reader.Dispose();
        }

        lock (_writeLock)
        {
            _writer.Dispose();
        }
    }

    private static bool SameGroup(HistoryRow a, HistoryRow b) =>
        a.Epoch == b.Epoch && a.AccountId == b.AccountId && a.Kind == b.Kind && a.SymbolId == b.SymbolId;

    // The items of the matching chunks, one per id (replay may have stored one twice), by id; with a range, only items
    // in it, and reading stops once the chunks left (in the order the condition sorts them) cannot hold a wanted one.
    private SortedDictionary<long, (string? ClientId, byte[] Body)> Items(
        long epoch, int accountId, byte kind, int symbolId, string condition, (string Name, object Value)[] parameters, HistoryRange? range)
    {
        var items = new SortedDictionary<long, (string? ClientId, byte[] Body)>();
        if (!Has(epoch))
        {
            return items;
        }

        lock (_readLock)
        {
            using var command = _reader.CreateCommand();
            command.CommandText = "SELECT first_id, last_id, body FROM history_chunks WHERE epoch = $epoch AND account = $account AND kind = $kind "
                + (symbolId < 0 ? "" : "AND symbol = $symbol ") + condition;
            command.Parameters.AddWithValue("$epoch", epoch);
            command.Parameters.AddWithValue("$account", accountId);
            command.Parameters.AddWithValue("$kind", kind);
            command.Parameters.AddWithValue("$symbol", symbolId);
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }

            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (range is not null && items.Count >= range.Limit
                    && (range.Newest ? reader.GetInt64(1) < items.Keys.First() : reader.GetInt64(0) > items.Keys.Last()))
                {
                    break;
                }

                ChunksRead++;
                using var chunk = new BinaryReader(new MemoryStream((byte[])reader.GetValue(2)), Encoding.UTF8);
                while (chunk.BaseStream.Position < chunk.BaseStream.Length)
                {
                    var id = chunk.ReadInt64();
                    var clientId = chunk.ReadString();
                    var time = chunk.ReadInt64();
                    var body = chunk.ReadBytes(chunk.ReadInt32());
                    if (range is not null && !range.Holds(id, time))
                    {
                        continue;
                    }

                    items[id] = (clientId.Length == 0 ? null : clientId, body);
                    if (range is not null && items.Count > range.Limit)
                    {
                        // Keep only the limit lowest (or highest) ids found so far.
                        items.Remove(range.Newest ? items.Keys.First() : items.Keys.Last());
                    }
                }
            }
        }

        return items;
    }
}
