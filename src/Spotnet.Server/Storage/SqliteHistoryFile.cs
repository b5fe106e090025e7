using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Spotnet.Server.Storage;

/// <summary>
/// The history part of <see cref="SqliteJournalStore"/>: its own SQLite file (WAL, <c>synchronous=FULL</c>), one
/// connection writing, another reading for the API at the same time. Items are stored in chunks: the items of one
/// account, kind and symbol from one write, in one row with their id and time ranges beside the body (the items of a
/// small write join their group's newest chunk instead, up to a bound). A row per item
/// cost about 5 µs of CPU each (statement, bindings, two index inserts), as much as a fifth of what a whole signed order
/// costs; a row per chunk costs a fraction of that. Lookups then read a few chunks: by id or id range, those whose range
/// holds it; by order id, those that <c>history_keys</c> names (a small row per item and order: the item's id and chunk
/// under its orders' ids, in one b-tree without a rowid); by client id, those whose client id column holds it, searched
/// only in the chunks whose <see cref="ClientIdFilter"/> (a row per chunk in <c>history_client_filters</c>) has its
/// bits. Client ids are not keys: they are random, so each key would go to another page of a large index, and every
/// write would rewrite a page per item (measured: 13 to 29 µs of CPU per order instead of 1, <c>benchmarks/README.md</c>).
/// Order ids grow, so their keys are appended.
/// Replay may write an item again in another chunk: readers keep one per id.
/// Files written before <c>history_keys</c> existed have chunks it does not name (rowids up to
/// <c>unindexed_through</c> in <c>history_meta</c>): lookups by order id read those whole, as before, until a reset deletes them.
/// Likewise chunks written before the filters (up to <c>unfiltered_through</c>) are searched by client id without one.
/// </summary>
internal sealed class SqliteHistoryFile : IDisposable
{
    // Client ids are 1–36 characters of [a-zA-Z0-9-_] (the API refuses others, and generates its own from those); a unit
    // separator cannot occur in them.
    private const char Separator = '\u001f';
    private const int ChunkItems = 256;

    // The items of a write of fewer than QuietWrite items join their group's newest chunk while it stays at most
    // MergedItems long: a quiet server writes each batch's one or two items on their own, and a chunk per item would
    // make every scan of the client id column a scan of a row per order (measured: 6.3 ms against 0.4 ms for an order
    // by client id among 20,000). A busy server's writes are larger: they make chunks of their own and never rewrite one.
    private const int QuietWrite = 32;
    private const int MergedItems = 64;
    private const string VacuumStep = "PRAGMA incremental_vacuum(1024); SELECT 0";

    // auto_vacuum takes effect only before the first table is created: a new file is incremental from the start, an
    // older one is made incremental by a VACUUM after its first reset's delete (when it holds the least).
    private static readonly string Schema = $$"""
        PRAGMA auto_vacuum = INCREMENTAL;
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = FULL;
        CREATE TABLE IF NOT EXISTS history_chunks (
            epoch INTEGER NOT NULL, account INTEGER NOT NULL, kind INTEGER NOT NULL, symbol INTEGER NOT NULL,
            first_id INTEGER NOT NULL, last_id INTEGER NOT NULL, min_time INTEGER NOT NULL, max_time INTEGER NOT NULL,
            client_ids TEXT, body BLOB NOT NULL);
        CREATE INDEX IF NOT EXISTS history_chunks_first ON history_chunks (epoch, account, kind, symbol, first_id);
        CREATE INDEX IF NOT EXISTS history_chunks_last ON history_chunks (epoch, account, kind, symbol, last_id);
        CREATE TABLE IF NOT EXISTS history_keys (
            epoch INTEGER NOT NULL, account INTEGER NOT NULL, kind INTEGER NOT NULL, order_id INTEGER NOT NULL, symbol INTEGER NOT NULL,
            id INTEGER NOT NULL, chunk INTEGER NOT NULL,
            PRIMARY KEY (epoch, account, kind, order_id, symbol, id, chunk)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS history_meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
        INSERT OR IGNORE INTO history_meta VALUES ('unindexed_through', (SELECT COALESCE(MAX(rowid), 0) FROM history_chunks));
        CREATE TABLE IF NOT EXISTS history_client_filters (
            epoch INTEGER NOT NULL, account INTEGER NOT NULL, kind INTEGER NOT NULL, symbol INTEGER NOT NULL, chunk INTEGER NOT NULL,
            {{string.Join(", ", ClientIdFilter.Columns.Select(column => column + " INTEGER NOT NULL"))}},
            PRIMARY KEY (epoch, account, kind, symbol, chunk)) WITHOUT ROWID;
        INSERT OR IGNORE INTO history_meta VALUES ('unfiltered_through', (SELECT COALESCE(MAX(rowid), 0) FROM history_chunks));
        """;

    private readonly SqliteConnection _writer;
    private readonly SqliteConnection _reader;
    private readonly Lock _writeLock = new();
    private readonly Lock _readLock = new();
    private long _newestEpoch;
    private long _unindexedThrough;
    private long _unfilteredThrough;

    /// <summary>Chunks decoded by reads so far (tests check that a ranged read does not read a long history whole).</summary>
    public long ChunksRead { get; private set; }

    public SqliteHistoryFile(string path, Func<string, string, SqliteConnection> open)
    {
        _writer = open(path, Schema);
        try
        {
            _reader = open(path, "PRAGMA query_only = 1;");
            _newestEpoch = Scalar(_writer, "SELECT COALESCE(MAX(epoch), -1) FROM history_chunks");
            _unindexedThrough = Scalar(_writer, "SELECT value FROM history_meta WHERE name = 'unindexed_through'");
            _unfilteredThrough = Scalar(_writer, "SELECT value FROM history_meta WHERE name = 'unfiltered_through'");
        }
        catch
        {
            _reader?.Dispose();
            _writer.Dispose();
            throw;
        }
    }

    /// <summary>The data folder's identity (<see cref="SqliteJournalStore"/>), or null in a file from before identities.</summary>
    public long? Identity => StoreFile.ReadIdentity(_writer, "history_meta");

    /// <summary>Keeps the data folder's identity in the file.</summary>
    public void WriteIdentity(long identity)
    {
        lock (_writeLock)
        {
            StoreFile.WriteIdentity(_writer, "history_meta", identity);
        }
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
                VALUES ($epoch, $account, $kind, $symbol, $first, $last, $minTime, $maxTime, $clients, $body) RETURNING rowid
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
            using var insertKeys = _writer.CreateCommand();
            insertKeys.Transaction = transaction;
            // A chunk's keys in one statement, as a JSON array of [order id, id], the rest taken from the chunk's row: a
            // statement per key cost about as much as the rest of the write.
            // OR IGNORE: a prevented match may name one order twice (never in practice, but then it is one key).
            insertKeys.CommandText = """
                INSERT OR IGNORE INTO history_keys
                SELECT chunk.epoch, chunk.account, chunk.kind, json_extract(key.value, '$[0]'), chunk.symbol, json_extract(key.value, '$[1]'), chunk.rowid
                FROM history_chunks AS chunk, json_each($keys) AS key WHERE chunk.rowid = $chunk
                """;
            var keyChunk = insertKeys.Parameters.Add("$chunk", SqliteType.Integer);
            // A chunk's client id filter, its group taken from the chunk's row like its keys.
            using var saveFilter = _writer.CreateCommand();
            saveFilter.Transaction = transaction;
            saveFilter.CommandText = "INSERT OR REPLACE INTO history_client_filters SELECT epoch, account, kind, symbol, rowid, "
                + string.Join(", ", ClientIdFilter.Columns.Select(column => "$" + column)) + " FROM history_chunks WHERE rowid = $chunk";
            var filterChunk = saveFilter.Parameters.Add("$chunk", SqliteType.Integer);
            var filterWords = ClientIdFilter.Columns.Select(column => saveFilter.Parameters.Add("$" + column, SqliteType.Integer)).ToArray();
            var keys = insertKeys.Parameters.Add("$keys", SqliteType.Text);
            var keysJson = new ArrayBufferWriter<byte>();
            using var json = new Utf8JsonWriter(keysJson);
            var clientIds = new StringBuilder();
            using var buffer = new MemoryStream();
            using var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true);
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
                string? chunkClientIds; // the chunk's client id column as written (a merged chunk's earlier ids included)
                if (sorted.Count < QuietWrite && NewestChunk(transaction, head, end - start) is { } merged)
                {
                    chunkClientIds = clientIds.Length > 1
                        ? (merged.ClientIds ?? Separator.ToString()) + clientIds.ToString(1, clientIds.Length - 1)
                        : merged.ClientIds;
                    using var extend = _writer.CreateCommand();
                    extend.Transaction = transaction;
                    extend.CommandText = """
                        UPDATE history_chunks SET last_id = $last, min_time = $minTime, max_time = $maxTime, client_ids = $clients, body = $body
                        WHERE rowid = $chunk
                        """;
                    byte[] joined = [.. merged.Body, .. buffer.GetBuffer().AsSpan(0, (int)buffer.Length)];
                    extend.Parameters.AddWithValue("$last", sorted[end - 1].Id);
                    extend.Parameters.AddWithValue("$minTime", Math.Min(merged.MinTime, earliest));
                    extend.Parameters.AddWithValue("$maxTime", Math.Max(merged.MaxTime, latest));
                    extend.Parameters.AddWithValue("$clients", chunkClientIds ?? (object)DBNull.Value);
                    extend.Parameters.AddWithValue("$body", joined);
                    extend.Parameters.AddWithValue("$chunk", merged.Chunk);
                    extend.ExecuteNonQuery();
                    keyChunk.Value = merged.Chunk;
                }
                else
                {
                    epoch.Value = head.Epoch;
                    account.Value = head.AccountId;
                    kind.Value = head.Kind;
                    symbol.Value = head.SymbolId;
                    first.Value = head.Id;
                    last.Value = sorted[end - 1].Id;
                    minTime.Value = earliest;
                    maxTime.Value = latest;
                    chunkClientIds = clientIds.Length > 1 ? clientIds.ToString() : null;
                    clients.Value = chunkClientIds ?? (object)DBNull.Value;
                    body.Value = buffer.ToArray();
                    keyChunk.Value = (long)insert.ExecuteScalar()!;
                }

                // The filter that lookups by client id test, of all the chunk's client ids: (re)written when this write
                // added some; a merge that added none leaves the chunk's filter as it was.
                if (clientIds.Length > 1)
                {
                    var filter = ClientIdFilter.Of(chunkClientIds!.Split(Separator, StringSplitOptions.RemoveEmptyEntries));
                    filterChunk.Value = keyChunk.Value;
                    for (var word = 0; word < ClientIdFilter.Words; word++)
                    {
                        filterWords[word].Value = filter[word];
                    }

                    saveFilter.ExecuteNonQuery();
                }

                if (WriteKeys(json, keysJson, sorted, start, end))
                {
                    keys.Value = Encoding.UTF8.GetString(keysJson.WrittenSpan);
                    insertKeys.ExecuteNonQuery();
                }

                start = end;
            }

            transaction.Commit();
            Interlocked.Exchange(ref _newestEpoch, Math.Max(Interlocked.Read(ref _newestEpoch), sorted[^1].Epoch));
        }
    }

    // The group's newest chunk when the items of this write (ids above <paramref name="head"/>'s, <paramref name="count"/>
    // of them) may join it: it holds only lower ids (replay may write an item again), it is named by the order id keys,
    // and it stays short enough.
    private (long Chunk, long MinTime, long MaxTime, string? ClientIds, byte[] Body)? NewestChunk(SqliteTransaction transaction, HistoryRow head, int count)
    {
        using var newest = _writer.CreateCommand();
        newest.Transaction = transaction;
        newest.CommandText = """
            SELECT rowid, last_id, min_time, max_time, client_ids, body FROM history_chunks
            WHERE epoch = $epoch AND account = $account AND kind = $kind AND symbol = $symbol ORDER BY last_id DESC LIMIT 1
            """;
        newest.Parameters.AddWithValue("$epoch", head.Epoch);
        newest.Parameters.AddWithValue("$account", head.AccountId);
        newest.Parameters.AddWithValue("$kind", head.Kind);
        newest.Parameters.AddWithValue("$symbol", head.SymbolId);
        using var reader = newest.ExecuteReader();
        if (!reader.Read() || reader.GetInt64(0) <= _unindexedThrough || reader.GetInt64(1) >= head.Id)
        {
            return null;
        }

        var body = (byte[])reader.GetValue(5);
        if (ItemsIn(body) + count > MergedItems)
        {
            return null;
        }

        return (reader.GetInt64(0), reader.GetInt64(2), reader.GetInt64(3), reader.IsDBNull(4) ? null : reader.GetString(4), body);
    }

    // How many items a chunk's body holds (each: id, client id, time, body length, body).
    private static int ItemsIn(byte[] body)
    {
        using var chunk = new BinaryReader(new MemoryStream(body), Encoding.UTF8);
        var count = 0;
        while (chunk.BaseStream.Position < chunk.BaseStream.Length)
        {
            chunk.ReadInt64();
            chunk.ReadString();
            chunk.ReadInt64();
            var length = chunk.ReadInt32();
            chunk.BaseStream.Position += length;
            count++;
        }

        return count;
    }

    // The chunk's order id keys as a JSON array of [order id, item id]; false when none of its items belongs to an order.
    private static bool WriteKeys(Utf8JsonWriter json, ArrayBufferWriter<byte> output, List<HistoryRow> rows, int start, int end)
    {
        output.ResetWrittenCount();
        json.Reset();
        json.WriteStartArray();
        var any = false;
        for (var i = start; i < end; i++)
        {
            foreach (var orderId in rows[i].OrderIds ?? [])
            {
                json.WriteStartArray();
                json.WriteNumberValue(orderId);
                json.WriteNumberValue(rows[i].Id);
                json.WriteEndArray();
                any = true;
            }
        }

        json.WriteEndArray();
        json.Flush();
        return any;
    }

    public IReadOnlyList<byte[]> Read(long epoch, int accountId, byte kind, int symbolId, HistoryRange? range)
    {
        var items = new SortedDictionary<long, (string? ClientId, byte[] Body)>();
        if (!Has(epoch))
        {
            return [];
        }

        lock (_readLock)
        {
            if (range is null)
            {
                ReadChunks(items, Chunks(epoch, accountId, kind, symbolId, "", []), null);
            }
            else if (range.OrderId is { } orderId)
            {
                ReadOrder(items, epoch, accountId, kind, symbolId, orderId, range);
            }
            else
            {
                // The chunks that may hold items in range, in the order that lets the read stop once no later chunk can
                // hold one of the wanted ids: ascending by first id (stop past the limit-th lowest id found), or, for
                // the newest, descending by last id (stop below the limit-th highest).
                ReadChunks(
                    items,
                    Chunks(
                        epoch, accountId, kind, symbolId,
                        $"AND last_id >= $fromId AND max_time >= $fromTime AND min_time <= $toTime ORDER BY {(range.Newest ? "last_id DESC" : "first_id")}",
                        [("$fromId", range.FromId), ("$fromTime", range.FromTime), ("$toTime", range.ToTime)]),
                    range);
            }
        }

        return [.. items.Values.Select(item => item.Body)];
    }

    public byte[]? Find(long epoch, int accountId, byte kind, int symbolId, long? id, string? clientId)
    {
        if (!Has(epoch) || (id is null && clientId is null))
        {
            return null;
        }

        var items = new SortedDictionary<long, (string? ClientId, byte[] Body)>();
        lock (_readLock)
        {
            if (id is { } byId)
            {
                ReadChunks(items, Chunks(epoch, accountId, kind, symbolId, "AND first_id <= $id AND last_id >= $id", [("$id", byId)]), null);
                return items.TryGetValue(byId, out var item) ? item.Body : null;
            }

            // The newest item under the client id (a client id may be used again once its order is closed), in the chunks
            // whose filter has its bits (every chunk written before the filters existed is scanned as before).
            var probes = ClientIdFilter.Probes(clientId!);
            var bits = string.Concat(probes.Select((probe, i) => $" AND ({ClientIdFilter.Columns[probe.Key]} & $mask{i}) = $mask{i}"));
            var candidates = "SELECT chunk FROM history_client_filters WHERE epoch = $epoch AND account = $account AND kind = $kind "
                + (symbolId < 0 ? "" : "AND symbol = $symbol") + bits;
            ReadChunks(
                items,
                Chunks(
                    epoch, accountId, kind, symbolId,
                    $"AND (rowid <= $unfiltered OR rowid IN ({candidates})) AND instr(client_ids, $needle) > 0",
                    [
                        ("$needle", $"{Separator}{clientId}{Separator}"),
                        ("$unfiltered", Interlocked.Read(ref _unfilteredThrough)),
                        .. probes.Select((probe, i) => ($"$mask{i}", (object)probe.Value)),
                    ]),
                null);
        }

        return items.Values.LastOrDefault(item => item.ClientId == clientId).Body;
    }

    public bool Has(long epoch) => Interlocked.Read(ref _newestEpoch) >= epoch;

    public void DeleteBefore(long epoch, int step)
    {
        // In steps, releasing the lock between them, like the journal's pruning.
        const string Keys = "epoch, account, kind, order_id, symbol, id, chunk";
        while (Execute($"DELETE FROM history_keys WHERE ({Keys}) IN (SELECT {Keys} FROM history_keys WHERE epoch < $epoch LIMIT $step)", epoch, step) > 0)
        {
        }

        const string Filters = "epoch, account, kind, symbol, chunk";
        while (Execute($"DELETE FROM history_client_filters WHERE ({Filters}) IN (SELECT {Filters} FROM history_client_filters WHERE epoch < $epoch LIMIT $step)", epoch, step) > 0)
        {
        }

        while (Execute("DELETE FROM history_chunks WHERE rowid IN (SELECT rowid FROM history_chunks WHERE epoch < $epoch LIMIT $step)", epoch, step) > 0)
        {
        }

        lock (_writeLock)
        {
            // Once the chunks older than the keys are gone, lookups by order id need not read them.
            if (_unindexedThrough > 0 && Scalar(_writer, "SELECT EXISTS (SELECT 1 FROM history_chunks WHERE rowid <= $unindexed)", ("$unindexed", _unindexedThrough)) == 0)
            {
                Scalar(_writer, "UPDATE history_meta SET value = 0 WHERE name = 'unindexed_through'; SELECT 0");
                _unindexedThrough = 0;
            }

            // Likewise, once the chunks older than the filters are gone, lookups by client id test every chunk's filter.
            if (_unfilteredThrough > 0 && Scalar(_writer, "SELECT EXISTS (SELECT 1 FROM history_chunks WHERE rowid <= $unfiltered)", ("$unfiltered", _unfilteredThrough)) == 0)
            {
                Scalar(_writer, "UPDATE history_meta SET value = 0 WHERE name = 'unfiltered_through'; SELECT 0");
                Interlocked.Exchange(ref _unfilteredThrough, 0);
            }

            if (Scalar(_writer, "PRAGMA auto_vacuum") != 2)
            {
                // A file from before incremental vacuum: rewritten once, now that it holds only the current epoch (the
                // readers wait: a query of the history meanwhile would only find the file busy).
                lock (_readLock)
                {
                    Scalar(_writer, "PRAGMA auto_vacuum = INCREMENTAL; VACUUM; SELECT 0");
                }

                return;
            }
        }

        // The freed pages go back to the file system, a step at a time.
        var free = long.MaxValue;
        while (true)
        {
            lock (_writeLock)
            {
                var left = Scalar(_writer, "PRAGMA freelist_count");
                if (left == 0 || left >= free)
                {
                    return;
                }

                free = left;
                Scalar(_writer, VacuumStep);
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

    private static long Scalar(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private int Execute(string sql, long epoch, int step)
    {
        lock (_writeLock)
        {
            using var command = _writer.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$epoch", epoch);
            command.Parameters.AddWithValue("$step", step);
            return command.ExecuteNonQuery();
        }
    }

    // The items of an order: the ids its keys name (from the range's first id, the limit lowest or highest of them: all,
    // when a time bound applies too, as the keys hold no times), read from their chunks; and, of chunks older than the
    // keys, every item in range (the caller keeps those of the order).
    private void ReadOrder(
        SortedDictionary<long, (string? ClientId, byte[] Body)> items, long epoch, int accountId, byte kind, int symbolId, long orderId, HistoryRange range)
    {
        var timed = range.FromTime != long.MinValue || range.ToTime != long.MaxValue;
        var wanted = new Dictionary<long, long>();
        using (var keys = _reader.CreateCommand())
        {
            keys.CommandText = "SELECT id, chunk FROM history_keys WHERE epoch = $epoch AND account = $account AND kind = $kind AND order_id = $order "
                + (symbolId < 0 ? "" : "AND symbol = $symbol ") + $"AND id >= $fromId ORDER BY id{(range.Newest ? " DESC" : "")}";
            keys.Parameters.AddWithValue("$epoch", epoch);
            keys.Parameters.AddWithValue("$account", accountId);
            keys.Parameters.AddWithValue("$kind", kind);
            keys.Parameters.AddWithValue("$order", orderId);
            keys.Parameters.AddWithValue("$symbol", symbolId);
            keys.Parameters.AddWithValue("$fromId", range.FromId);
            using var reader = keys.ExecuteReader();
            while (reader.Read() && (timed || wanted.Count < range.Limit || wanted.ContainsKey(reader.GetInt64(0))))
            {
                wanted.TryAdd(reader.GetInt64(0), reader.GetInt64(1));
            }
        }

        var found = new SortedDictionary<long, (string? ClientId, byte[] Body)>();
        // No limit here: the chunks hold other orders' items too.
        ReadChunks(found, [.. wanted.Values.Distinct().Order()], range with { Limit = int.MaxValue });
        foreach (var (id, item) in found)
        {
            if (wanted.ContainsKey(id))
            {
                items[id] = item;
            }
        }

        if (_unindexedThrough > 0)
        {
            ReadChunks(
                items,
                Chunks(epoch, accountId, kind, symbolId, "AND rowid <= $unindexed", [("$unindexed", _unindexedThrough)]),
                range with { Limit = int.MaxValue });
        }
    }

    // The rowids of the matching chunks of one account, kind and symbol (any symbol when negative), in the order the
    // condition sorts them, with their id ranges; read lazily. Under the reader lock.
    private IEnumerable<(long Chunk, long FirstId, long LastId)> Chunks(
        long epoch, int accountId, byte kind, int symbolId, string condition, (string Name, object Value)[] parameters)
    {
        using var command = _reader.CreateCommand();
        command.CommandText = "SELECT rowid, first_id, last_id FROM history_chunks WHERE epoch = $epoch AND account = $account AND kind = $kind "
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
            yield return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        }
    }

    private void ReadChunks(SortedDictionary<long, (string? ClientId, byte[] Body)> items, IEnumerable<long> chunks, HistoryRange? range) =>
        ReadChunks(items, chunks.Select(chunk => (chunk, long.MinValue, long.MaxValue)), range);

    // Adds the items of the chunks, one per id (replay may have stored one twice); with a range, only items in it, and
    // reading stops once the chunks left (in the order they come) cannot hold a wanted one. A body is read only for a
    // chunk decoded (a sort by id range over many chunks then costs their index entries, not their bodies).
    private void ReadChunks(
        SortedDictionary<long, (string? ClientId, byte[] Body)> items, IEnumerable<(long Chunk, long FirstId, long LastId)> chunks, HistoryRange? range)
    {
        using var bodyOf = _reader.CreateCommand();
        bodyOf.CommandText = "SELECT body FROM history_chunks WHERE rowid = $chunk";
        var chunkParameter = bodyOf.Parameters.Add("$chunk", SqliteType.Integer);
        foreach (var (rowid, firstId, lastId) in chunks)
        {
            if (range is not null && items.Count >= range.Limit && (range.Newest ? lastId < items.Keys.First() : firstId > items.Keys.Last()))
            {
                break;
            }

            chunkParameter.Value = rowid;
            ChunksRead++;
            using var chunk = new BinaryReader(new MemoryStream((byte[])bodyOf.ExecuteScalar()!), Encoding.UTF8);
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
}
