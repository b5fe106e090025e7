using System.Diagnostics;
using System.Globalization;
using Spotnet.Server.Storage;

namespace Spotnet.Benchmarks.Server;

/// <summary>
/// The history file alone. <c>history [trades] [lookups] [per-write]</c>: one account's spilled history on one symbol
/// (that many trades, two per order, and half as many orders with client ids) written in writes of 1,000 items (or
/// <c>per-write</c>: a quiet server writes each batch's few items on their own) the way the history writer does, then
/// the reads the endpoints do: <c>myTrades</c> by <c>orderId</c>, the order query by <c>origClientOrderId</c> (one that
/// exists, and one that does not), <c>allOrders</c> newest; chunks decoded and time per read, the write cost per item, and the
/// file's size before and after a reset's delete. <c>history orders [count]</c>: only orders, with random client ids (as
/// Binance makes them when none is given), the write cost per item as the file grows (client id keys go into the index
/// at random places).
/// </summary>
internal static class HistoryStoreHarness
{
    private const byte OrderKind = 0;
    private const byte TradeKind = 1;

    public static void Run(string[] args)
    {
        if (args.Length > 0 && args[0] == "orders")
        {
            RunOrders(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000_000);
            return;
        }

        var trades = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200_000;
        var lookups = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        var perWrite = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000;
        var directory = Path.Combine(Path.GetTempPath(), "spotnet-history-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            Measure(Path.Combine(directory, "journal.db"), trades, lookups, perWrite);
        }
        finally
        {
            Directory.Delete(directory, true);
        }
    }

    private static void RunOrders(int orders)
    {
        var directory = Path.Combine(Path.GetTempPath(), "spotnet-history-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var path = Path.Combine(directory, "journal.db");
            using var store = new SqliteJournalStore(path);
            var body = new byte[120];
            var random = new Random(5);
            var step = orders / 10;
            for (var start = 0; start < orders; start += step)
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                for (var write = start; write < start + step; write += 5_000)
                {
                    var rows = new List<HistoryRow>();
                    for (long id = write; id < write + 5_000; id++)
                    {
                        rows.Add(new HistoryRow(0, 1, OrderKind, 0, id, ClientId(random), id * 1_000, body));
                    }

                    store.WriteHistory(rows);
                }

                var files = Directory.GetFiles(directory).Sum(file => new FileInfo(file).Length);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"orders {start + step,9}: {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / step,6:F2} µs CPU, {clock.Elapsed.TotalMicroseconds / step,6:F2} µs wall per item; files {files / 1e6:F0} MB"));
            }
        }
        finally
        {
            Directory.Delete(directory, true);
        }

        static string ClientId(Random random)
        {
            Span<char> id = stackalloc char[22];
            const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
            for (var i = 0; i < id.Length; i++)
            {
                id[i] = Alphabet[random.Next(Alphabet.Length)];
            }

            return new string(id);
        }
    }

    private static void Measure(string path, int trades, int lookups, int perWrite)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average {File.ReadAllText("/proc/loadavg").Trim()}; {trades} trades, {trades / 2} orders, {perWrite} items per write"));
        using var store = new SqliteJournalStore(path);
        var body = new byte[120];
        var written = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var start = 0; start < trades; start += perWrite)
        {
            var rows = new List<HistoryRow>();
            for (long id = start; id < Math.Min(trades, start + perWrite); id++)
            {
                rows.Add(Trade(id, body));
            }

            store.WriteHistory(rows);
        }

        for (var start = 0; start < trades / 2; start += perWrite)
        {
            var rows = new List<HistoryRow>();
            for (long id = start; id < Math.Min(trades / 2, start + perWrite); id++)
            {
                rows.Add(new HistoryRow(0, 1, OrderKind, 0, id, $"c{id}", id * 1_000, body));
            }

            store.WriteHistory(rows);
        }

        var writeCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / (trades + (trades / 2));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"write: {written.Elapsed.TotalSeconds:F1} s, {writeCpu:F2} µs CPU per item"));

        var random = new Random(5);
        Report("myTrades orderId", store, lookups, () => TradesOfOrder(store, random.Next(trades / 2)));
        Report("order by clientId", store, lookups, () => store.FindHistory(0, 1, OrderKind, 0, null, $"c{random.Next(trades / 2)}") is null ? 0 : 1);
        Report("unknown clientId", store, lookups, () => store.FindHistory(0, 1, OrderKind, 0, null, "never-placed") is null ? 0 : 1);
        Report("allOrders newest 500", store, lookups, () => store.ReadHistory(0, 1, OrderKind, 0, new HistoryRange { Limit = 500, Newest = true }).Count);

        var historyPath = SqliteJournalStore.HistoryPath(path);
        var before = new FileInfo(historyPath).Length;
        store.DeleteHistoryBefore(1);
        store.Probe(); // a write to the journal file only; the history file's WAL is checkpointed on its own
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"file: {before / 1e6:F1} MB, after the delete {new FileInfo(historyPath).Length / 1e6:F1} MB"));
    }

    // Trade i belongs to order i / 2.
    private static HistoryRow Trade(long id, byte[] body) =>
        new(0, 1, TradeKind, 0, id, null, id * 1_000, body, [id / 2]);

    // What the endpoint asks for myTrades with orderId (and no fromId): the newest 500 of the order's trades.
    private static int TradesOfOrder(SqliteJournalStore store, long orderId) =>
        store.ReadHistory(0, 1, TradeKind, 0, new HistoryRange { OrderId = orderId, Limit = 500, Newest = true }).Count;

    private static void Report(string name, SqliteJournalStore store, int lookups, Func<int> read)
    {
        var chunks = store.HistoryChunksRead;
        var items = 0L;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < lookups; i++)
        {
            items += read();
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-22} {clock.Elapsed.TotalMicroseconds / lookups,10:F0} µs/read  {(double)(store.HistoryChunksRead - chunks) / lookups,8:F1} chunks/read  {(double)items / lookups,8:F1} items/read"));
    }
}
