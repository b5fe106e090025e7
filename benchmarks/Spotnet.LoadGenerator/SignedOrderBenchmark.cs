using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Spotnet.LoadGenerator;

/// <summary>
/// Benchmark B4: signed <c>POST /api/v3/order</c> (HMAC, <c>newOrderRespType=RESULT</c>) on the real server against a
/// Kestrel plaintext baseline, both child processes on loopback, driven one after the other by the same client.
/// </summary>
internal static class SignedOrderBenchmark
{
    private const double TargetRatio = 0.5;

    /// <summary>
    /// Runs both targets (with <see cref="BenchmarkOptions.Breakdown"/>, also an unsigned ping and a signed read on
    /// Spotnet), prints the table and returns 0, or 1 when any answer was not 200.
    /// </summary>
    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        var warmUp = TimeSpan.FromSeconds(options.WarmUpSeconds);
        var measured = TimeSpan.FromSeconds(options.Seconds);
        var loadBefore = LoadAverage();
        var dataDir = Directory.CreateTempSubdirectory("spotnet-load-");
        var adminToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        try
        {
            using var plaintext = await ChildServer.StartAsync(
                [typeof(SignedOrderBenchmark).Assembly.Location, PlaintextServer.Verb, "{url}"],
                new Dictionary<string, string> { ["DOTNET_gcServer"] = "1" }, // Spotnet.Server (Web SDK) runs server GC.
                "/plaintext").ConfigureAwait(false);
            using var spotnet = await ChildServer.StartAsync(
                [options.ServerDll, "--urls", "{url}", "--data-dir", dataDir.FullName],
                new Dictionary<string, string>
                {
                    ["SPOTNET_ADMIN_TOKEN"] = adminToken,
                    ["SPOTNET_RateLimits__Enabled"] = "false",
                    // Up to 1024 load connections come from one address; the per-IP cap (100) would refuse them.
                    ["SPOTNET_Network__MaxConnectionsPerIp"] = "0",
                    ["SPOTNET_MarketSimulation__Enabled"] = "false",
                    ["SPOTNET_Admin__CreateDemoAccount"] = "false",
                    ["SPOTNET_Journal__Enabled"] = options.Journal ? "true" : "false",
                    // Snapshots are still taken (their cost is measured) but none is deleted, so the journal stays
                    // whole and its bytes per order can be counted afterwards.
                    ["SPOTNET_Journal__SnapshotsKept"] = "1000000",
                },
                "/api/v3/ping").ConfigureAwait(false);

            var accounts = await OperatorApi.CreateAccountsAsync(spotnet.BaseAddress, adminToken, options.Connections)
                .ConfigureAwait(false);
            try
            {
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{Environment.ProcessorCount} cores, load average {loadBefore}; {options.Connections} connections, " +
                    $"{options.WarmUpSeconds} s warm-up + {options.Seconds} s measured per target"));

                var plaintextRequest = Encoding.ASCII.GetBytes(
                    $"GET /plaintext HTTP/1.1\r\nHost: {plaintext.EndPoint}\r\n\r\n");
                var plaintextResult = await LoadDriver.RunAsync(
                    "plaintext", plaintext.EndPoint, options.Connections, warmUp, measured,
                    (_, _) => plaintextRequest, () => plaintext.CpuTime).ConfigureAwait(false);
                var breakdown = new List<LoadResult>();
                if (options.Breakdown)
                {
                    var pingRequest = Encoding.ASCII.GetBytes($"GET /api/v3/ping HTTP/1.1\r\nHost: {spotnet.EndPoint}\r\n\r\n");
                    breakdown.Add(await LoadDriver.RunAsync(
                        "spotnet ping", spotnet.EndPoint, options.Connections, warmUp, measured,
                        (_, _) => pingRequest, () => spotnet.CpuTime).ConfigureAwait(false));
                    using var reads = SignedRequests.OrderRateLimitReads(accounts, spotnet.EndPoint.ToString());
                    breakdown.Add(await LoadDriver.RunAsync(
                        "signed read", spotnet.EndPoint, options.Connections, warmUp, measured, reads.Get,
                        () => spotnet.CpuTime).ConfigureAwait(false));
                }

                spotnet.EnsureRunning();
                using var orders = SignedRequests.Orders(accounts, spotnet.EndPoint.ToString());
                var orderResult = await LoadDriver.RunAsync(
                    "signed order", spotnet.EndPoint, options.Connections, warmUp, measured, orders.Get,
                    () => spotnet.CpuTime).ConfigureAwait(false);

                // Later rounds alternate the two targets again on warm servers, so that load from other work on a
                // shared machine hits both alike; their ratios show how much the first one can be trusted.
                var pairs = new List<(LoadResult Plaintext, LoadResult Orders)> { (plaintextResult, orderResult) };
                for (var round = 2; round <= options.Rounds; round++)
                {
                    var shortWarmUp = TimeSpan.FromSeconds(Math.Min(1, options.WarmUpSeconds));
                    var again = await LoadDriver.RunAsync(
                        $"plaintext #{round}", plaintext.EndPoint, options.Connections, shortWarmUp, measured,
                        (_, _) => plaintextRequest, () => plaintext.CpuTime).ConfigureAwait(false);
                    var ordersAgain = await LoadDriver.RunAsync(
                        $"signed order #{round}", spotnet.EndPoint, options.Connections, shortWarmUp, measured, orders.Get,
                        () => spotnet.CpuTime).ConfigureAwait(false);
                    pairs.Add((again, ordersAgain));
                }

                spotnet.EnsureRunning();
                LoadResult[] results =
                [
                    plaintextResult, .. breakdown, orderResult, .. pairs.Skip(1).SelectMany(pair => new[] { pair.Plaintext, pair.Orders }),
                ];
                Print(results, pairs, LoadAverage());
                Console.WriteLine($"journal: {(options.Journal ? "on" : "off")}");
                if (options.Journal)
                {
                    foreach (var line in spotnet.SnapshotLines())
                    {
                        Console.WriteLine($"server: {line}");
                    }

                    spotnet.Dispose();
                    var orderCount = pairs.Sum(pair => pair.Orders.CompletedPerSecond.Sum());
                    PrintJournalSize(Path.Combine(dataDir.FullName, "journal.db"), orderCount);
                }

                return results.All(result => result.Non200 == 0) ? 0 : 1;
            }
            finally
            {
                foreach (var account in accounts)
                {
                    account.SecretKey.Dispose();
                }
            }
        }
        finally
        {
            dataDir.Delete(recursive: true);
        }
    }

    private static void Print(
        IReadOnlyList<LoadResult> results, IReadOnlyList<(LoadResult Plaintext, LoadResult Orders)> pairs, string loadAfter)
    {
        var (plaintext, orders) = pairs[0];
        var ratio = orders.RequestsPerSecond / plaintext.RequestsPerSecond;
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"target",-17} {"req/s",10} {"p50 µs",9} {"p99 µs",9} {"p99.9 µs",9} {"max µs",9} {"srv CPU µs/req",15} {"client CPU µs/req",18} {"idle %",7} {"non-200",8}");
        foreach (var result in results)
        {
            table.AppendLine(CultureInfo.InvariantCulture,
                $"{result.Target,-17} {result.RequestsPerSecond,10:F0} {result.P50Microseconds,9:F0} {result.P99Microseconds,9:F0} " +
                $"{result.P999Microseconds,9:F0} {result.MaxMicroseconds,9:F0} {result.ServerCpuMicrosecondsPerRequest,15:F1} " +
                $"{result.ClientCpuMicrosecondsPerRequest,18:F1} {result.IdlePercent,7:F0} {result.Non200,8}");
        }

        table.AppendLine(CultureInfo.InvariantCulture,
            $"ratio signed/plaintext = {ratio:F2} (target >= {TargetRatio:F1}: {(ratio >= TargetRatio ? "met" : "NOT met")}); " +
            $"server CPU per request signed/plaintext = {orders.ServerCpuMicrosecondsPerRequest / plaintext.ServerCpuMicrosecondsPerRequest:F2}; " +
            $"load average after: {loadAfter}");
        if (pairs.Count > 1)
        {
            var ratios = pairs.Select(pair => pair.Orders.RequestsPerSecond / pair.Plaintext.RequestsPerSecond).ToList();
            var cpuRatios = pairs
                .Select(pair => pair.Orders.ServerCpuMicrosecondsPerRequest / pair.Plaintext.ServerCpuMicrosecondsPerRequest)
                .ToList();
            table.AppendLine(CultureInfo.InvariantCulture,
                $"per round: req/s ratio {string.Join(' ', ratios.Select(r => r.ToString("F2", CultureInfo.InvariantCulture)))} " +
                $"(median {Median(ratios):F2}); CPU ratio {string.Join(' ', cpuRatios.Select(r => r.ToString("F2", CultureInfo.InvariantCulture)))} " +
                $"(median {Median(cpuRatios):F2})");
        }

        Console.Write(table.ToString());
        foreach (var result in results)
        {
            Console.WriteLine($"{result.Target} completed per second (warm-up included): {string.Join(' ', result.CompletedPerSecond)}");
        }

        Console.WriteLine($"first order answer: {orders.FirstBody}");
        foreach (var result in results)
        {
            foreach (var sample in result.Non200Samples)
            {
                Console.WriteLine($"{result.Target} non-200: {sample}");
            }
        }
    }

    // Every order answered 200 was journaled (rejections and expiries too): the journal's record bytes over them.
    private static void PrintJournalSize(string path, long orders)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), COALESCE(SUM(LENGTH(data)), 0) FROM journal";
        using var reader = command.ExecuteReader();
        reader.Read();
        var records = reader.GetInt64(0);
        var bytes = reader.GetInt64(1);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"journal: {records} records (one per batch), {bytes} bytes for {orders} orders = {(double)bytes / Math.Max(1, orders):F1} bytes per order, " +
            $"{(double)orders / Math.Max(1, records):F1} orders per record; file {FileLength(path)} bytes, snapshot file {FileLength(SnapshotPath(path))} bytes"));
    }

    // Snapshots live next to the journal (journal.db → journal-snapshots.db); older servers kept them inside it.
    private static string SnapshotPath(string path) =>
        Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, Path.GetFileNameWithoutExtension(path) + "-snapshots" + Path.GetExtension(path));

    private static long FileLength(string path) => File.Exists(path) ? new FileInfo(path).Length + WalLength(path) : 0;

    private static long WalLength(string path) => File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0;

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    }

    private static string LoadAverage()
    {
        const string path = "/proc/loadavg";
        return File.Exists(path) ? string.Join(' ', File.ReadAllText(path).Split(' ').Take(3)) : "n/a";
    }
}
