using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Spotnet.Engine;
using Spotnet.Server.Api;
using Spotnet.Server.Configuration;
using Spotnet.Server.Exchange;
using Spotnet.Server.Market;
using Spotnet.Server.Storage;

namespace Spotnet.Benchmarks.Server;

/// <summary>
/// The journal without HTTP. <c>journal [seconds] [producers] [µs] [rounds] [discard]</c>: producers on the thread pool place IOC
/// orders through <see cref="ExchangeHost.RunAsync"/> in a closed loop, each first burning a fixed amount of CPU to
/// stand in for the REST front's work, with the journal off and on (a real SQLite file), alternated; it prints orders
/// per second, process CPU per order and orders per record. <c>journal store [appends]</c>: the store alone, CPU per
/// one-record commit and per MiB of snapshot, the costs that are steady enough to compare builds on a shared machine.
/// <c>journal snapshot [orders] [rounds]</c>: the engine's pause to encode a snapshot, and the engine's restore.
/// </summary>
internal static class JournalPipelineHarness
{
    public static void Run(string[] args)
    {
        if (args.Length > 0 && args[0] == "store")
        {
            RunStore(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3000);
            return;
        }

        if (args.Length > 0 && args[0] == "snapshot")
        {
            RunSnapshot(
                args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500_000,
                args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5).GetAwaiter().GetResult();
            return;
        }

        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        var producers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 32;
        var workMicroseconds = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 25;
        var rounds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 2;
        var discard = args.Length > 4 && args[4] == "discard";
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"load average {File.ReadAllText("/proc/loadavg").Trim()}; {producers} producers, {workMicroseconds} µs of front-end CPU each, {seconds} s per run"));
        Console.WriteLine("journal  orders/s  CPU µs/order  orders/record");
        var spin = Calibrate(workMicroseconds);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var journal in new[] { false, true })
            {
                var (rate, cpu, perRecord) = Measure(journal, discard, seconds, producers, spin).GetAwaiter().GetResult();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(journal ? "on " : "off"),-7}  {rate,8:F0}  {cpu,12:F2}  {perRecord,13:F1}"));
            }
        }
    }

    // With discard, the journal pipeline runs over a store that keeps nothing: its cost without SQLite and the disk.
    private static async Task<(double Rate, double Cpu, double PerRecord)> Measure(bool journal, bool discard, int seconds, int producers, int spin)
    {
        var settings = new ServerSettings().WithDefaults();
        var catalog = new ExchangeCatalog(settings);
        var directory = Directory.CreateTempSubdirectory("spotnet-journal-bench-");
        IJournalStore? store = !journal ? null
            : discard ? new DiscardingStore()
            : new SqliteJournalStore(Path.Combine(directory.FullName, "journal.db"));
        var marketData = new MarketData(settings.Symbols.Select(symbol => symbol.Symbol), settings.MarketData);
        var host = new ExchangeHost(
            catalog, new OrderCountLimiter(settings.RateLimits, new LimiterClock(TimeProvider.System)), TimeProvider.System,
            NullLogger<ExchangeHost>.Instance, store, new JournalSettings(), [new MarketDataFeed(catalog, marketData)]);
        try
        {
            var symbol = catalog.SymbolId("BTCUSDT");
            var stop = false;
            long orders = 0;
            async Task Produce(long account)
            {
                var sequence = 0L;
                while (!Volatile.Read(ref stop))
                {
                    Thread.SpinWait(spin);
                    var clientOrderId = string.Create(CultureInfo.InvariantCulture, $"b{account}-{sequence++}");
                    await host.RunAsync(session => session.Execute(new PlaceOrder
                    {
                        Time = session.Now,
                        AccountId = session.Account(account),
                        SymbolId = symbol,
                        Side = OrderSide.Buy,
                        Type = OrderType.Limit,
                        TimeInForce = TimeInForce.Ioc,
                        Price = Price.Parse("60000"),
                        Quantity = Quantity.Parse("0.0002"),
                        ClientOrderId = clientOrderId,
                    })).ConfigureAwait(false);
                    Interlocked.Increment(ref orders);
                }
            }

            var tasks = Enumerable.Range(1, producers).Select(account => Task.Run(() => Produce(account))).ToArray();
            await Task.Delay(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
            var sequenceBefore = host.JournalSequence;
            var ordersBefore = Interlocked.Read(ref orders);
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            await Task.Delay(TimeSpan.FromSeconds(seconds)).ConfigureAwait(false);
            var elapsed = clock.Elapsed;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            var done = Interlocked.Read(ref orders) - ordersBefore;
            var records = host.JournalSequence - sequenceBefore;
            Volatile.Write(ref stop, true);
            await Task.WhenAll(tasks).ConfigureAwait(false);
            return (done / elapsed.TotalSeconds, cpu.TotalMicroseconds / done, records > 0 ? (double)done / records : 0);
        }
        finally
        {
            await host.DisposeAsync().ConfigureAwait(false);
            directory.Delete(recursive: true);
        }
    }

    // CPU of the whole process per append of one 1 KiB record (one commit, one fsync each): the per-commit cost that
    // group commit spreads over the orders of a batch.
    private static void RunStore(int appends)
    {
        var directory = Directory.CreateTempSubdirectory("spotnet-journal-store-");
        try
        {
            using var store = new SqliteJournalStore(Path.Combine(directory.FullName, "journal.db"));
            var data = new byte[1024];
            Random.Shared.NextBytes(data);
            for (var round = 0; round < 3; round++)
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                for (var i = 0; i < appends; i++)
                {
                    store.Append([new JournalRecord(round * appends + i + 1, data)]);
                }

                var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"append: {used.TotalMicroseconds / appends:F1} µs CPU, {clock.Elapsed.TotalMicroseconds / appends:F1} µs wall per commit"));
            }

            // Snapshots of 32 MiB, two kept, as the host keeps them: CPU per MiB stored.
            var chunk = new byte[1 << 20];
            Random.Shared.NextBytes(chunk);
            var chunks = Enumerable.Repeat<ReadOnlyMemory<byte>>(chunk, 32).ToArray();
            for (var snapshot = 1; snapshot <= 6; snapshot++)
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                store.SaveSnapshot(snapshot, chunks);
                if (snapshot > 2)
                {
                    store.DeleteSnapshot(snapshot - 2);
                }

                var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                var files = Directory.GetFiles(directory.FullName).Sum(file => new FileInfo(file).Length) >> 20;
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"snapshot {snapshot}: {used.TotalMilliseconds / 32:F2} ms CPU, {clock.Elapsed.TotalMilliseconds / 32:F2} ms wall per MiB; files {files} MiB"));
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    // The pause a snapshot makes under the engine lock: a state with the given number of orders in its history (half of
    // them traded, as a market maker's resting sell meets a buy), then the snapshot encoded a few times, timed in
    // wall and CPU time, and split into the engine's part and the projections'.
    private static async Task RunSnapshot(int orders, int rounds)
    {
        var settings = new ServerSettings().WithDefaults();
        var catalog = new ExchangeCatalog(settings);
        var marketData = new MarketData(settings.Symbols.Select(symbol => symbol.Symbol), settings.MarketData);
        IExchangeProjection[] projections = [new MarketDataFeed(catalog, marketData)];
        var host = new ExchangeHost(
            catalog, new OrderCountLimiter(settings.RateLimits, new LimiterClock(TimeProvider.System)), TimeProvider.System,
            NullLogger<ExchangeHost>.Instance, null, new JournalSettings(), projections);
        try
        {
            var symbol = catalog.SymbolId("BTCUSDT");
            const int Accounts = 64;
            var tasks = new List<Task>();
            for (var i = 0; i < orders; i++)
            {
                var account = 1 + (i % Accounts);
                var sell = i % 2 == 0;
                var clientOrderId = string.Create(CultureInfo.InvariantCulture, $"s{i}");
                tasks.Add(host.RunAsync(session => session.Execute(new PlaceOrder
                {
                    Time = session.Now,
                    AccountId = session.Account(account),
                    SymbolId = symbol,
                    Side = sell ? OrderSide.Sell : OrderSide.Buy,
                    Type = OrderType.Limit,
                    TimeInForce = sell ? TimeInForce.Gtc : TimeInForce.Ioc,
                    Price = Price.Parse("60000"),
                    Quantity = Quantity.Parse("0.0002"),
                    ClientOrderId = clientOrderId,
                })));
                if (tasks.Count == 4096)
                {
                    await Task.WhenAll(tasks).ConfigureAwait(false);
                    tasks.Clear();
                }
            }

            await Task.WhenAll(tasks).ConfigureAwait(false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average {File.ReadAllText("/proc/loadavg").Trim()}; {orders} orders placed"));
            for (var round = 0; round < rounds; round++)
            {
                await host.RunAsync(session =>
                {
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    var collections = GC.CollectionCount(0);
                    var clock = Stopwatch.StartNew();
                    using (var engineOnly = new SnapshotBuffer())
                    {
                        session.Engine.WriteSnapshot(engineOnly);
                        var engineMs = clock.Elapsed.TotalMilliseconds;
                        using var whole = JournalFormat.EncodeSnapshot(1, 0, session.Engine, host.Accounts, projections);
                        var wallMs = clock.Elapsed.TotalMilliseconds - engineMs;
                        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
                        var engineBytes = new byte[engineOnly.Length];
                        var offset = 0;
                        foreach (var chunk in engineOnly.Chunks())
                        {
                            chunk.Span.CopyTo(engineBytes.AsSpan(offset));
                            offset += chunk.Length;
                        }

                        clock.Restart();
                        MatchingEngine.Restore(catalog.Config, engineBytes);
                        var restoreMs = clock.Elapsed.TotalMilliseconds;
                        Console.WriteLine(string.Create(
                            CultureInfo.InvariantCulture,
                            $"snapshot {whole.Length / 1e6:F1} MB: {wallMs:F0} ms wall ({whole.Length / 1e3 / wallMs:F0} MB/s); engine part {engineOnly.Length / 1e6:F1} MB in {engineMs:F0} ms; both encodings {cpuMs:F0} ms CPU, {GC.CollectionCount(0) - collections} GCs; engine restored in {restoreMs:F0} ms"));
                    }

                    return 0;
                }).ConfigureAwait(false);
            }
        }
        finally
        {
            await host.DisposeAsync().ConfigureAwait(false);
        }
    }

    // SpinWait iterations that take about the given time on this machine: the fastest of a few probes, the one least
    // disturbed by other work.
    private static int Calibrate(double microseconds)
    {
        const int Probe = 1_000_000;
        var fastest = double.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            Thread.SpinWait(Probe);
            fastest = Math.Min(fastest, clock.Elapsed.TotalMicroseconds / Probe);
        }

        return (int)Math.Max(0, microseconds / fastest);
    }

    private sealed class DiscardingStore : IJournalStore
    {
        public void Append(IReadOnlyList<JournalRecord> records)
        {
        }

        public IEnumerable<JournalRecord> Read(long afterSequence) => [];

        public void CutFrom(long fromSequence)
        {
        }

        public void DeleteThrough(long sequence)
        {
        }

        public void SaveSnapshot(long sequence, IReadOnlyList<ReadOnlyMemory<byte>> chunks)
        {
        }

        public IReadOnlyList<long> ListSnapshots() => [];

        public byte[]? LoadSnapshot(long sequence) => null;

        public void DeleteSnapshot(long sequence)
        {
        }

        // History is discarded too: the harness measures the journal pipeline and never reads history back.
        public void WriteHistory(IReadOnlyList<HistoryRow> rows)
        {
        }

        public IReadOnlyList<byte[]> ReadHistory(long epoch, int accountId, byte kind, int symbolId, HistoryRange? range = null) => [];

        public byte[]? FindHistory(long epoch, int accountId, byte kind, int symbolId, long? id, string? clientId) => null;

        public bool HasHistory(long epoch) => false;

        public void DeleteHistoryBefore(long epoch)
        {
        }

        public void Probe()
        {
        }

        public void Dispose()
        {
        }
    }
}
