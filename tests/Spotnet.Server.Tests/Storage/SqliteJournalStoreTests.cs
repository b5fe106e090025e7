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

    [Fact]
    public void Records_appended_alone_and_together_are_all_read_back_in_order_after_reopening()
    {
        using (var store = new SqliteJournalStore(JournalPath))
        {
            store.Append([new JournalRecord(1, [1])]);
            store.Append([new JournalRecord(2, [2, 2]), new JournalRecord(3, [3, 3, 3])]);
            store.Append([new JournalRecord(4, [4])]);
        }

        using var reopened = new SqliteJournalStore(JournalPath);
        var records = reopened.Read(0).ToList();
        Assert.Equal([1L, 2L, 3L, 4L], records.Select(record => record.Sequence));
        Assert.Equal([[1], [2, 2], [3, 3, 3], [4]], records.Select(record => record.Data));
    }

    [Fact]
    public void The_journal_file_is_held_exclusively_while_its_store_is_open_and_released_when_it_is_closed()
    {
        // One server per data folder: a second one (or any other writer) cannot slip records in between, and the
        // store needs no file-lock round trips per commit.
        using (var store = new SqliteJournalStore(JournalPath))
        {
            store.Append([new JournalRecord(1, [1])]);
            var busy = Assert.Throws<SqliteException>(() => Scalar(JournalPath, "SELECT COUNT(*) FROM journal"));
            Assert.Equal(5, busy.SqliteErrorCode); // SQLITE_BUSY
        }

        Assert.Equal(1L, Scalar(JournalPath, "SELECT COUNT(*) FROM journal"));
    }

    [Fact]
    public void The_snapshot_file_uses_a_rollback_journal_with_large_pages_and_an_older_wal_file_is_converted()
    {
        // A rollback journal mode is per connection (a new one reports the default, "delete"); WAL would persist.
        var snapshots = SqliteJournalStore.SnapshotPath(JournalPath);
        using (new SqliteJournalStore(JournalPath))
        {
        }

        Assert.Equal("delete", Text(snapshots, "PRAGMA journal_mode"));
        Assert.Equal(65536L, Scalar(snapshots, "PRAGMA page_size"));

        // A snapshot file from a version that kept it in WAL mode: switched over on open, its snapshots kept.
        using (var connection = Open(snapshots))
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA journal_mode = WAL; INSERT INTO snapshots VALUES (3, x'0102');";
            command.ExecuteNonQuery();
        }

        using (var store = new SqliteJournalStore(JournalPath))
        {
            Assert.Equal(new byte[] { 1, 2 }, store.LoadSnapshot(3));
        }

        Assert.Equal("delete", Text(snapshots, "PRAGMA journal_mode"));
    }

    [Fact]
    public void History_rows_are_read_by_id_within_their_epoch_account_kind_and_symbol_and_written_again_without_duplicates()
    {
        using (var store = new SqliteJournalStore(JournalPath))
        {
            Assert.False(store.HasHistory(0));
            store.WriteHistory(
            [
                new HistoryRow(0, 1, 1, 0, 12, "b", 120, [12]),
                new HistoryRow(0, 1, 1, 0, 10, "a", 100, [10]),
                new HistoryRow(0, 1, 1, 3, 11, "a", 110, [11]), // another symbol
                new HistoryRow(0, 1, 2, 0, 13, null, 130, [13]), // another kind
                new HistoryRow(0, 2, 1, 0, 14, "a", 140, [14]), // another account
                new HistoryRow(1, 1, 1, 0, 15, "a", 150, [15]), // the next epoch
            ]);
            // Replay writes the same items again: read back once.
            store.WriteHistory([new HistoryRow(0, 1, 1, 0, 12, "b", 120, [12])]);
        }

        Assert.Equal(Path.Combine(_directory, "journal-history.db"), SqliteJournalStore.HistoryPath(JournalPath));
        using var reopened = new SqliteJournalStore(JournalPath);
        Assert.True(reopened.HasHistory(1));
        Assert.False(reopened.HasHistory(2));
        Assert.Equal([[10], [12]], reopened.ReadHistory(0, 1, 1, 0));
        Assert.Equal([[10], [11], [12]], reopened.ReadHistory(0, 1, 1, -1));
        Assert.Equal(new byte[] { 12 }, reopened.FindHistory(0, 1, 1, 0, 12, null));
        Assert.Null(reopened.FindHistory(0, 1, 1, 0, 13, null));
        // By client id: the newest under it.
        Assert.Equal(new byte[] { 10 }, reopened.FindHistory(0, 1, 1, 0, null, "a"));
        reopened.WriteHistory([new HistoryRow(0, 1, 1, 0, 16, "a", 160, [16])]);
        Assert.Equal(new byte[] { 16 }, reopened.FindHistory(0, 1, 1, 0, null, "a"));

        reopened.DeleteHistoryBefore(1);
        Assert.Empty(reopened.ReadHistory(0, 1, 1, -1));
        Assert.Equal([[15]], reopened.ReadHistory(1, 1, 1, 0));
        Assert.Equal(1L, Scalar(SqliteJournalStore.HistoryPath(JournalPath), "SELECT COUNT(*) FROM history_chunks"));
    }

    [Fact]
    public void A_ranged_history_read_returns_at_least_the_wanted_items_across_chunks_written_in_any_order()
    {
        // 2,000 items of one account in 20 writes of 100, one chunk each; item i has time 1,000 * i. Ids arrive a little
        // out of order (orders close out of id order), so neighbouring chunks overlap. Reads must give exactly what
        // filtering everything gives, reading only the few chunks near the wanted ids.
        var ids = Enumerable.Range(1, 2_000).Select(i => (long)i).OrderBy(i => i + ((i * 37) % 150)).ToList();
        using var store = new SqliteJournalStore(JournalPath);
        foreach (var write in ids.Chunk(100))
        {
            store.WriteHistory([.. write.Select(id => new HistoryRow(0, 1, 1, 0, id, $"c{id}", id * 1_000, BitConverter.GetBytes(id)))]);
        }

        HistoryRange[] ranges =
        [
            new() { Limit = 500, Newest = true },
            new() { FromId = 1_234, Limit = 10 },
            new() { FromTime = 300_000, ToTime = 900_000, Limit = 50 },
            new() { FromId = 1_990, Limit = 500 },
            new() { Limit = 1, Newest = true },
            new() { FromId = 1_500, Limit = 1 }, // myPreventedMatches by preventedMatchId
            new() { ToTime = 700_000, Limit = 20, Newest = true }, // myAllocations by endTime: the newest until then
            new() { FromTime = 300_000, Limit = 50 }, // myAllocations by startTime
        ];
        foreach (var range in ranges)
        {
            var chunksBefore = store.HistoryChunksRead;
            var read = store.ReadHistory(0, 1, 1, 0, range).Select(body => BitConverter.ToInt64(body)).ToList();
            Assert.InRange(store.HistoryChunksRead - chunksBefore, 1, Math.Min(20, (range.Limit / 100) + 4));
            var wanted = ids.Order().Where(id => range.Holds(id, id * 1_000)).ToList();
            wanted = range.Newest ? wanted.TakeLast(range.Limit).ToList() : wanted.Take(range.Limit).ToList();
            Assert.Equal(read.Order(), read);
            Assert.Superset(read.ToHashSet(), wanted.ToHashSet());
            // The lowest (or highest) of what was read are the wanted ones.
            Assert.Equal(wanted, range.Newest ? read.TakeLast(range.Limit) : read.Take(range.Limit));
        }

        Assert.Equal(BitConverter.GetBytes(777L), store.FindHistory(0, 1, 1, 0, 777, null));
        Assert.Equal(BitConverter.GetBytes(778L), store.FindHistory(0, 1, 1, 0, null, "c778"));
        Assert.Null(store.FindHistory(0, 1, 1, 0, null, "c2001"));
    }

    [Fact]
    public void Items_written_one_at_a_time_join_the_newest_chunk_and_read_back_as_if_written_together()
    {
        // A quiet server writes each batch's item on its own: it joins its group's newest chunk, up to 64 items.
        using var store = new SqliteJournalStore(JournalPath);
        for (long id = 1; id <= 200; id++)
        {
            store.WriteHistory([new HistoryRow(0, 1, 1, 0, id, $"c{id % 150}", id * 1_000, BitConverter.GetBytes(id), [id / 2])]);
        }

        // Written again by replay (an id its group's newest chunk already covers): a chunk of its own, read once.
        store.WriteHistory([new HistoryRow(0, 1, 1, 0, 100, "c100", 100_000, BitConverter.GetBytes(100L), [50])]);
        // Another account's item never joins this account's chunk.
        store.WriteHistory([new HistoryRow(0, 2, 1, 0, 201, "c10", 201_000, BitConverter.GetBytes(201L), [100])]);

        var path = SqliteJournalStore.HistoryPath(JournalPath);
        Assert.Equal([64L, 64L, 64L, 8L, 1L, 1L], ItemsPerChunk(path));
        static long Id(byte[] body) => BitConverter.ToInt64(body);
        Assert.Equal(Enumerable.Range(1, 200).Select(id => (long)id), store.ReadHistory(0, 1, 1, 0).Select(Id));
        Assert.Equal(160L, Id(store.FindHistory(0, 1, 1, 0, null, "c10")!)); // the newest under it: 10 and 160
        Assert.Null(store.FindHistory(0, 1, 1, 0, null, "c150"));
        Assert.Equal(77L, Id(store.FindHistory(0, 1, 1, 0, 77, null)!));
        Assert.Equal([120L, 121L], store.ReadHistory(0, 1, 1, 0, new HistoryRange { OrderId = 60, Limit = 500 }).Select(Id));
        Assert.Equal(Enumerable.Range(50, 21).Select(id => (long)id), store.ReadHistory(0, 1, 1, 0, new HistoryRange { FromTime = 50_000, ToTime = 70_000, Limit = 500 }).Select(Id));
        Assert.Equal(Enumerable.Range(191, 10).Select(id => (long)id), store.ReadHistory(0, 1, 1, 0, new HistoryRange { Limit = 10, Newest = true }).Select(Id).TakeLast(10));
        Assert.Equal([201L], store.ReadHistory(0, 2, 1, 0).Select(Id));
    }

    // The number of items in each chunk of the history file, in rowid order.
    private static List<long> ItemsPerChunk(string path)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM history_chunks ORDER BY rowid";
        using var reader = command.ExecuteReader();
        var counts = new List<long>();
        while (reader.Read())
        {
            using var chunk = new BinaryReader(new MemoryStream((byte[])reader.GetValue(0)));
            long count = 0;
            while (chunk.BaseStream.Position < chunk.BaseStream.Length)
            {
                chunk.ReadInt64();
                chunk.ReadString();
                chunk.ReadInt64();
                chunk.ReadBytes(chunk.ReadInt32());
                count++;
            }

            counts.Add(count);
        }

        return counts;
    }

    [Fact]
    public void A_ranged_read_across_symbols_reads_only_the_chunks_near_the_wanted_ids()
    {
        // allOrderList reads lists of every symbol: 2,000 items alternating between two symbols, in 20 writes of 100
        // (two chunks of 50 each).
        using var store = new SqliteJournalStore(JournalPath);
        foreach (var write in Enumerable.Range(1, 2_000).Select(i => (long)i).Chunk(100))
        {
            store.WriteHistory([.. write.Select(id => new HistoryRow(0, 1, 5, (int)(id % 2), id, $"l{id}", id * 1_000, BitConverter.GetBytes(id)))]);
        }

        HistoryRange[] ranges =
        [
            new() { Limit = 10, Newest = true },
            new() { FromId = 1_234, Limit = 10 },
            new() { FromTime = 300_000, ToTime = 900_000, Limit = 20 },
        ];
        foreach (var range in ranges)
        {
            var chunksBefore = store.HistoryChunksRead;
            var read = store.ReadHistory(0, 1, 5, -1, range).Select(body => BitConverter.ToInt64(body)).ToList();
            Assert.InRange(store.HistoryChunksRead - chunksBefore, 1, 4);
            var wanted = Enumerable.Range(1, 2_000).Select(i => (long)i).Where(id => range.Holds(id, id * 1_000)).ToList();
            Assert.Equal(range.Newest ? wanted.TakeLast(range.Limit) : wanted.Take(range.Limit), range.Newest ? read.TakeLast(range.Limit) : read.Take(range.Limit));
        }

        // A list client id is looked up on every symbol.
        Assert.Equal(BitConverter.GetBytes(1_001L), store.FindHistory(0, 1, 5, -1, null, "l1001"));
    }

    [Fact]
    public void A_read_by_order_id_reads_only_the_chunks_that_hold_the_orders_items()
    {
        // 2,000 trades in 20 writes of 100, one chunk each; trade i belongs to order i % 400, so each order has five
        // trades, each in another chunk (as a resting order's fills spread over a long history).
        using var store = new SqliteJournalStore(JournalPath);
        foreach (var write in Enumerable.Range(1, 2_000).Select(i => (long)i).Chunk(100))
        {
            store.WriteHistory([.. write.Select(id => new HistoryRow(0, 1, 1, 0, id, null, id * 1_000, BitConverter.GetBytes(id), [id % 400]))]);
        }

        HistoryRange[] ranges =
        [
            new() { OrderId = 123, Limit = 500, Newest = true }, // myTrades by orderId
            new() { OrderId = 123, Limit = 1, Newest = true },
            new() { OrderId = 123, FromId = 600, Limit = 2 }, // myTrades by orderId and fromId; amendments by orderId and fromExecutionId
            new() { OrderId = 123, FromId = 1_800, Limit = 10 },
            new() { OrderId = 0, Limit = 3 },
            new() { OrderId = 400, Limit = 3 }, // no such order
        ];
        foreach (var range in ranges)
        {
            var chunksBefore = store.HistoryChunksRead;
            var read = store.ReadHistory(0, 1, 1, 0, range).Select(body => BitConverter.ToInt64(body)).ToList();
            var wanted = Enumerable.Range(1, 2_000).Select(i => (long)i).Where(id => id % 400 == range.OrderId && range.Holds(id, id * 1_000)).ToList();
            wanted = range.Newest ? wanted.TakeLast(range.Limit).ToList() : wanted.Take(range.Limit).ToList();
            // One chunk per wanted trade, none for the others.
            Assert.Equal(wanted.Count, store.HistoryChunksRead - chunksBefore);
            Assert.Equal(read.Order(), read);
            var ofOrder = read.Where(id => id % 400 == range.OrderId).ToList();
            Assert.Equal(wanted, range.Newest ? ofOrder.TakeLast(range.Limit) : ofOrder.Take(range.Limit));
        }

        // A prevented match is found under its taker's order and its maker's.
        store.WriteHistory([.. Enumerable.Range(1, 10).Select(id => new HistoryRow(0, 1, 2, 0, id, null, id, [(byte)id], [id, 100 + (id % 2)]))]);
        Assert.Equal([[4]], store.ReadHistory(0, 1, 2, 0, new HistoryRange { OrderId = 4, Limit = 10 }));
        Assert.Equal([[3], [5], [7]], store.ReadHistory(0, 1, 2, 0, new HistoryRange { OrderId = 101, FromId = 2, Limit = 3 }));
        Assert.Equal([[2], [4], [6], [8], [10]], store.ReadHistory(0, 1, 2, 0, new HistoryRange { OrderId = 100, Limit = 10 }));
    }

    [Fact]
    public void A_client_id_finds_the_newest_item_under_it_and_an_order_id_is_never_taken_for_one()
    {
        using var store = new SqliteJournalStore(JournalPath);
        store.WriteHistory(
        [
            new HistoryRow(0, 1, 1, 0, 5, "7", 50, [5]),
            new HistoryRow(0, 1, 1, 0, 8, null, 80, [8], [7]), // under order 7, not client id "7"
            new HistoryRow(0, 1, 1, 1, 9, "7", 90, [9]), // another symbol
        ]);
        store.WriteHistory([new HistoryRow(0, 1, 1, 0, 6, "7", 60, [6])]);
        Assert.Equal(new byte[] { 6 }, store.FindHistory(0, 1, 1, 0, null, "7"));
        Assert.Equal(new byte[] { 9 }, store.FindHistory(0, 1, 1, -1, null, "7"));
        Assert.Null(store.FindHistory(0, 1, 1, 0, null, "8"));
        Assert.Null(store.FindHistory(0, 2, 1, 0, null, "7"));
        Assert.Equal([[8]], store.ReadHistory(0, 1, 1, 0, new HistoryRange { OrderId = 7, Limit = 10 }));
    }

    [Fact]
    public void A_client_id_is_found_through_the_filters_of_new_and_merged_chunks_and_an_unknown_one_passes_almost_none()
    {
        using (var store = new SqliteJournalStore(JournalPath))
        {
            // Forty chunks of 100 orders with client ids, then two quiet writes that join the newest chunk.
            for (var chunk = 0; chunk < 40; chunk++)
            {
                store.WriteHistory([.. Enumerable.Range(chunk * 100, 100).Select(id => new HistoryRow(0, 1, 0, 0, id, $"c{id}", id, [(byte)(id % 256)]))]);
            }

            store.WriteHistory([new HistoryRow(0, 1, 0, 0, 5000, "late-a", 5000, [1])]);
            store.WriteHistory([new HistoryRow(0, 1, 0, 0, 5001, "late-b", 5001, [2])]);
            foreach (var id in new[] { 0, 99, 100, 1234, 2500, 3999 })
            {
                Assert.Equal(new[] { (byte)(id % 256) }, store.FindHistory(0, 1, 0, 0, null, $"c{id}"));
            }

            Assert.Equal(new byte[] { 1 }, store.FindHistory(0, 1, 0, 0, null, "late-a"));
            Assert.Equal(new byte[] { 2 }, store.FindHistory(0, 1, 0, 0, null, "late-b"));
            Assert.Null(store.FindHistory(0, 1, 0, 0, null, "c4000"));
        }

        // What the lookups test, read from the file: every chunk has a filter, each id passes its own chunk's, and
        // unknown ids pass very few.
        var history = SqliteJournalStore.HistoryPath(JournalPath);
        Assert.Equal(Scalar(history, "SELECT COUNT(*) FROM history_chunks"), Scalar(history, "SELECT COUNT(*) FROM history_client_filters"));
        Assert.Equal(0L, Scalar(history, "SELECT value FROM history_meta WHERE name = 'unfiltered_through'"));
        Assert.Equal(1L, Passing("late-b"));
        Assert.True(Passing("c1234") >= 1);
        var unknown = Enumerable.Range(0, 200).Sum(i => Passing($"unknown-{i}"));
        Assert.True(unknown <= 40, $"{unknown} of 200 × 40 chunk filters passed unknown ids");

        long Passing(string clientId) => Scalar(
            history,
            "SELECT COUNT(*) FROM history_client_filters WHERE 1"
            + string.Concat(ClientIdFilter.Probes(clientId).Select(probe => $" AND ({ClientIdFilter.Columns[probe.Key]} & {probe.Value}) = {probe.Value}")));
    }

    [Fact]
    public void Client_id_filters_have_no_false_negatives_and_few_false_positives_when_full()
    {
        var ids = Enumerable.Range(0, 256).Select(i => $"x-{i * 7919}-id").ToList();
        var filter = ClientIdFilter.Of(ids);
        bool Passes(string id) => ClientIdFilter.Probes(id).All(probe => (filter[probe.Key] & probe.Value) == probe.Value);
        Assert.All(ids, id => Assert.True(Passes(id)));
        var falsePositives = Enumerable.Range(0, 10_000).Count(i => Passes($"other-{i}"));
        Assert.InRange(falsePositives, 0, 600); // about 3 % expected of a 2,048-bit filter with 3 probes and 256 ids
    }

    [Fact]
    public void A_history_file_from_before_the_keys_is_still_read_whole_by_order_id_until_a_reset_deletes_it_and_is_then_made_incremental()
    {
        // The file as the previous version wrote it: no keys, client ids in a column, no auto_vacuum.
        var history = SqliteJournalStore.HistoryPath(JournalPath);
        using (var old = Open(history))
        {
            using var command = old.CreateCommand();
            command.CommandText = """
                PRAGMA journal_mode = WAL;
                CREATE TABLE history_chunks (
                    epoch INTEGER NOT NULL, account INTEGER NOT NULL, kind INTEGER NOT NULL, symbol INTEGER NOT NULL,
                    first_id INTEGER NOT NULL, last_id INTEGER NOT NULL, min_time INTEGER NOT NULL, max_time INTEGER NOT NULL,
                    client_ids TEXT, body BLOB NOT NULL);
                CREATE INDEX history_chunks_first ON history_chunks (epoch, account, kind, symbol, first_id);
                CREATE INDEX history_chunks_last ON history_chunks (epoch, account, kind, symbol, last_id);
                INSERT INTO history_chunks VALUES (0, 1, 0, 0, 1, 2, 10, 20, $clients, $orders);
                INSERT INTO history_chunks VALUES (0, 1, 1, 0, 1, 2, 10, 20, NULL, $trades);
                """;
            command.Parameters.AddWithValue("$clients", "\u001fa\u001fb\u001f");
            command.Parameters.AddWithValue("$orders", OldChunk((1, "a", 10), (2, "b", 20)));
            command.Parameters.AddWithValue("$trades", OldChunk((1, "", 10), (2, "", 20)));
            command.ExecuteNonQuery();
        }

        Assert.Equal(0L, Scalar(history, "PRAGMA auto_vacuum"));
        using var store = new SqliteJournalStore(JournalPath);
        Assert.Equal(new byte[] { 2 }, store.FindHistory(0, 1, 0, 0, null, "b"));
        // The old chunk's trades are all returned (the caller keeps those of the order): nothing is missed.
        Assert.Equal([[1], [2]], store.ReadHistory(0, 1, 1, 0, new HistoryRange { OrderId = 9, Limit = 1 }));
        store.WriteHistory([new HistoryRow(0, 1, 0, 0, 3, "a", 30, [3]), new HistoryRow(1, 1, 0, 0, 4, "a", 40, [4])]);
        Assert.Equal(new byte[] { 3 }, store.FindHistory(0, 1, 0, 0, null, "a"));

        store.DeleteHistoryBefore(1);
        Assert.Equal(2L, Scalar(history, "PRAGMA auto_vacuum"));
        Assert.Equal(0L, Scalar(history, "SELECT value FROM history_meta WHERE name = 'unindexed_through'"));
        Assert.Equal(0L, Scalar(history, "SELECT value FROM history_meta WHERE name = 'unfiltered_through'"));
        Assert.Equal(new byte[] { 4 }, store.FindHistory(1, 1, 0, 0, null, "a"));
        Assert.Empty(store.ReadHistory(0, 1, 1, 0, new HistoryRange { OrderId = 9, Limit = 1 }));

        static byte[] OldChunk(params (long Id, string ClientId, long Time)[] items)
        {
            using var buffer = new MemoryStream();
            using var writer = new BinaryWriter(buffer);
            foreach (var (id, clientId, time) in items)
            {
                writer.Write(id);
                writer.Write(clientId);
                writer.Write(time);
                writer.Write(1);
                writer.Write((byte)id);
            }

            writer.Flush();
            return buffer.ToArray();
        }
    }

    [Fact]
    public void A_resets_delete_gives_the_freed_pages_back_to_the_file_system()
    {
        var history = SqliteJournalStore.HistoryPath(JournalPath);
        using var store = new SqliteJournalStore(JournalPath);
        Assert.Equal(2L, Scalar(history, "PRAGMA auto_vacuum"));
        foreach (var write in Enumerable.Range(1, 20_000).Select(i => (long)i).Chunk(1_000))
        {
            store.WriteHistory([.. write.Select(id => new HistoryRow(0, 1, 1, 0, id, $"c{id}", id, new byte[100], [id / 3]))]);
        }

        store.WriteHistory([new HistoryRow(1, 1, 1, 0, 1, "c1", 1, new byte[100], [0])]);
        var pages = Scalar(history, "PRAGMA page_count");
        store.DeleteHistoryBefore(1);
        Assert.Equal(0L, Scalar(history, "PRAGMA freelist_count"));
        Assert.InRange(Scalar(history, "PRAGMA page_count"), 1, pages / 10);
        Assert.Equal(1L, Scalar(history, "SELECT COUNT(*) FROM history_keys"));
        Assert.Equal(new byte[100], store.FindHistory(1, 1, 1, 0, null, "c1"));
    }

    public void Dispose() => Directory.Delete(_directory, true);

    private static string Text(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)command.ExecuteScalar()!;
    }

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
