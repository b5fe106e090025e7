using System.Diagnostics;
using System.Globalization;
using Spotnet.Engine;

namespace Spotnet.Benchmarks.Engine;

/// <summary>
/// Console harness for the engine benchmarks B1 (book only) and B2 (realistic): commands are recorded in a first
/// run, then replayed on a fresh engine while measuring throughput, per-command latency and allocated bytes.
/// Usage: <c>dotnet run -c Release --project benchmarks/Spotnet.Benchmarks -- engine [b1|b2|all] [commands]</c>.
/// </summary>
public static class EngineHarness
{
    public static void Run(string[] args)
    {
        var which = args.Length > 0 ? args[0] : "all";
        var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000_000;
        // Orders per CPU-second divides by the process's CPU time instead of wall time: on a shared machine it is
        // the single-core rate without the time the thread spent waiting for a core. The load average says how shared.
        if (File.Exists("/proc/loadavg"))
        {
            Console.WriteLine($"Load average {File.ReadAllText("/proc/loadavg").Trim()} on {Environment.ProcessorCount} cores");
        }

        Console.WriteLine("| Benchmark | Commands | Orders/s (wall) | Orders per CPU-s | Untimed per CPU-s | p50 (µs) | p99 (µs) | p99.9 (µs) | p99.99 (µs) | Allocated bytes/command | Gen-0 GCs | Trades | Random read 4 MB before / after, 64 MB (ns) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        if (which is "b1" or "all")
        {
            Measure("B1 book only", new EngineScenario(symbols: 1, accounts: 8, stpShare: 0, icebergShare: 0, stopShare: 0), count);
        }

        if (which is "b2" or "all")
        {
            Measure("B2 realistic", new EngineScenario(symbols: 10, accounts: 1_000, stpShare: 0.3, icebergShare: 0.05, stopShare: 0.05), count);
        }
    }

    private static void Measure(string name, EngineScenario scenario, int count)
    {
        var (setup, commands) = scenario.Record(count);

        // Warm up on a separate engine (JIT, tiering), then measure on a fresh one.
        var warm = scenario.CreateEngine();
        Replay(warm, setup, commands, 0, Math.Min(commands.Length, 300_000), null);

        // The first fifth builds the books and the order pool (steady state starts after it); the rest is measured.
        var engine = scenario.CreateEngine();
        var warmup = commands.Length / 5;
        Replay(engine, setup, commands, 0, warmup, null);
        var latencies = new long[commands.Length - warmup];

        // On a virtual machine the share of the last-level cache left by its neighbours changes from minute to minute,
        // and B2's working set does not fit in the core's own cache: random reads over 4 MB (fast while the shared cache
        // holds them) just before and after the timed replay, and over 64 MB (main memory), say whether a slow round is
        // the engine or the machine.
        var cacheBefore = MemoryProbe.NanosecondsPerRandomRead(4);
        var memory = MemoryProbe.NanosecondsPerRandomRead(64);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var collectionsBefore = GC.CollectionCount(0);
        var (elapsed, allocated, trades) = Replay(engine, [], commands, warmup, commands.Length, latencies);
        var collections = GC.CollectionCount(0) - collectionsBefore;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var cacheAfter = MemoryProbe.NanosecondsPerRandomRead(4);
        Array.Sort(latencies);
        double Percentile(double p) => latencies[(int)Math.Min(latencies.Length - 1, p * latencies.Length)] * 1_000_000.0 / Stopwatch.Frequency;
        var measured = latencies.Length;
        var perSecond = measured / elapsed.TotalSeconds;
        var perCpuSecond = measured / cpu.TotalSeconds;

        // The same replay on a third engine without the two timestamps per command: the difference is what timing costs.
        var untimed = scenario.CreateEngine();
        Replay(untimed, setup, commands, 0, warmup, null);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var untimedCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        Replay(untimed, [], commands, warmup, commands.Length, null);
        var untimedPerCpuSecond = measured / (Process.GetCurrentProcess().TotalProcessorTime - untimedCpuBefore).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {measured:N0} | {perSecond:N0} | {perCpuSecond:N0} | {untimedPerCpuSecond:N0} | {Percentile(0.50):F2} | {Percentile(0.99):F2} | {Percentile(0.999):F2} | {Percentile(0.9999):F2} | {(double)allocated / measured:F2} | {collections} | {trades:N0} | {cacheBefore:F0} / {cacheAfter:F0}, {memory:F0} |"));
        if (Environment.GetEnvironmentVariable("SPOTNET_BENCH_BREAKDOWN") == "1")
        {
            var byType = new Dictionary<string, (List<long> Ticks, long Bytes)>();
            var fresh = scenario.CreateEngine();
            foreach (var command in setup)
            {
                fresh.Execute(command);
            }

            for (var i = 0; i < commands.Length; i++)
            {
                var command = commands[i];
                var b0 = GC.GetAllocatedBytesForCurrentThread();
                var t0 = Stopwatch.GetTimestamp();
                var result = command is CancelReplace cr ? fresh.CancelReplace(cr).NewOrder : fresh.Execute(command);
                var ticks = Stopwatch.GetTimestamp() - t0;
                var bytes = GC.GetAllocatedBytesForCurrentThread() - b0;
                if (i < commands.Length / 5)
                {
                    continue;
                }

                var key = command.GetType().Name + (command is PlaceOrder p ? ":" + p.Type + ":" + p.TimeInForce : "") + ":" + result.Code;
                if (!byType.TryGetValue(key, out var entry))
                {
                    entry = ([], 0);
                }

                entry.Ticks.Add(ticks);
                byType[key] = (entry.Ticks, entry.Bytes + bytes);
            }

            foreach (var (key, (list, bytes)) in byType.OrderByDescending(e => e.Value.Ticks.Sum()))
            {
                var n = list.Count;
                var total = list.Sum();
                list.Sort();
                double Micros(long t) => t * 1e6 / Stopwatch.Frequency;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {key}: {n:N0} commands, mean {Micros(total) / n:F2} µs, p50 {Micros(list[n / 2]):F2} µs, p99 {Micros(list[Math.Min(n - 1, (int)(0.99 * n))]):F2} µs, {(double)bytes / n:F1} B"));
            }
        }

        var violations = engine.CheckInvariants();
        if (violations.Count > 0)
        {
            Console.WriteLine("INVARIANT VIOLATIONS: " + string.Join("; ", violations.Take(5)));
        }
    }

    private static (TimeSpan Elapsed, long Allocated, long Trades) Replay(
        MatchingEngine engine, EngineCommand[] setup, EngineCommand[] commands, int from, int to, long[]? latencies)
    {
        foreach (var command in setup)
        {
            engine.Execute(command);
        }

        long trades = 0;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        for (var i = from; i < to; i++)
        {
            var before = Stopwatch.GetTimestamp();
            var command = commands[i];
            if (command is CancelReplace cancelReplace)
            {
                engine.CancelReplace(cancelReplace);
            }
            else
            {
                engine.Execute(command);
            }

            // The caller drains the events; counting them stands in for publishing.
            trades += engine.Output.Trades.Count;
            if (latencies is not null)
            {
                latencies[i - from] = Stopwatch.GetTimestamp() - before;
            }
        }

        var elapsed = Stopwatch.GetElapsedTime(start);
        return (elapsed, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore, trades);
    }
}
