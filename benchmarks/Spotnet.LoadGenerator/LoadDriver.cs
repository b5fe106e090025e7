using System.Diagnostics;
using System.Net;

namespace Spotnet.LoadGenerator;

/// <summary>
/// Drives one target with N keep-alive connections, one request in flight each (closed loop): a warm-up, then a
/// measured window in which every completed request's latency is recorded.
/// </summary>
internal static class LoadDriver
{
    private const int MaxNon200Samples = 3;

    /// <summary>
    /// Runs the load; <paramref name="nextRequest"/> gives the bytes of request number <c>sequence</c> on connection
    /// <c>connection</c>; <paramref name="serverCpu"/> reads the server process's CPU time at the start and end of the
    /// measured window.
    /// </summary>
    public static async Task<LoadResult> RunAsync(
        string target,
        IPEndPoint endPoint,
        int connections,
        TimeSpan warmUp,
        TimeSpan measured,
        Func<int, long, ReadOnlyMemory<byte>> nextRequest,
        Func<TimeSpan> serverCpu)
    {
        using var cancellation = new CancellationTokenSource(warmUp + measured + TimeSpan.FromSeconds(30));
        var clients = new HttpConnection[connections];
        try
        {
            for (var i = 0; i < connections; i++)
            {
                clients[i] = await HttpConnection.ConnectAsync(endPoint, cancellation.Token).ConfigureAwait(false);
            }

            var start = Stopwatch.GetTimestamp();
            var measureFrom = start + (long)(warmUp.TotalSeconds * Stopwatch.Frequency);
            var measureTo = measureFrom + (long)(measured.TotalSeconds * Stopwatch.Frequency);
            var shared = new SharedCounters();
            var loops = new Task<List<long>>[connections];
            for (var i = 0; i < connections; i++)
            {
                var connection = i;
                loops[i] = Task.Run(() => LoopAsync(
                    clients[connection], connection, measureFrom, measureTo, nextRequest, shared, cancellation.Token));
            }

            // Completions per second of the run, warm-up included, to show when the server reaches steady state.
            // The options give whole seconds, so the measured window starts on one of these ticks.
            var perSecond = new List<long>();
            var cpuFrom = serverCpu();
            var clientFrom = ClientCpu();
            var idleFrom = MachineCpu.Read();
            var total = warmUp + measured;
            long previous = 0;
            for (var second = 1; second <= (int)Math.Ceiling(total.TotalSeconds); second++)
            {
                var due = start + (long)(Math.Min(second, total.TotalSeconds) * Stopwatch.Frequency);
                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait).ConfigureAwait(false);
                }

                var completed = Interlocked.Read(ref shared.Completed);
                perSecond.Add(completed - previous);
                previous = completed;
                if (second == (int)warmUp.TotalSeconds)
                {
                    cpuFrom = serverCpu();
                    clientFrom = ClientCpu();
                    idleFrom = MachineCpu.Read();
                }
            }

            var cpuTo = serverCpu();
            var clientTo = ClientCpu();
            var idleTo = MachineCpu.Read();
            var latencies = (await Task.WhenAll(loops).ConfigureAwait(false)).SelectMany(list => list).ToArray();
            Array.Sort(latencies);
            return new LoadResult(
                target,
                latencies.Length,
                measured.TotalSeconds,
                Percentile(latencies, 0.50),
                Percentile(latencies, 0.99),
                Percentile(latencies, 0.999),
                Percentile(latencies, 1.0),
                (cpuTo - cpuFrom).TotalMicroseconds / latencies.Length,
                (clientTo - clientFrom).TotalMicroseconds / latencies.Length,
                MachineCpu.IdlePercent(idleFrom, idleTo),
                Interlocked.Read(ref shared.Non200),
                [.. shared.Non200Samples],
                shared.FirstBody,
                perSecond);
        }
        finally
        {
            foreach (var client in clients)
            {
                client?.Dispose();
            }
        }
    }

    private static async Task<List<long>> LoopAsync(
        HttpConnection client,
        int connection,
        long measureFrom,
        long measureTo,
        Func<int, long, ReadOnlyMemory<byte>> nextRequest,
        SharedCounters shared,
        CancellationToken cancellationToken)
    {
        var latencies = new List<long>(64 * 1024);
        for (long sequence = 0; ; sequence++)
        {
            var wantFirst = sequence == 0 && connection == 0;
            var sent = Stopwatch.GetTimestamp();
            var answer = await client.SendAsync(
                nextRequest(connection, sequence),
                status => wantFirst || (status != 200 && shared.Non200Samples.Count < MaxNon200Samples),
                cancellationToken).ConfigureAwait(false);
            var done = Stopwatch.GetTimestamp();
            Interlocked.Increment(ref shared.Completed);
            if (wantFirst)
            {
                shared.FirstBody = answer.Body;
            }

            if (answer.Status != 200)
            {
                Interlocked.Increment(ref shared.Non200);
                if (answer.Body is not null)
                {
                    lock (shared.Non200Samples)
                    {
                        if (shared.Non200Samples.Count < MaxNon200Samples)
                        {
                            shared.Non200Samples.Add($"{answer.Status} {answer.Body}");
                        }
                    }
                }
            }

            if (done >= measureTo)
            {
                return latencies;
            }

            if (done >= measureFrom)
            {
                latencies.Add(done - sent);
            }
        }
    }

    // The load generator's own CPU: on a machine it shares with the server, what it takes is not the server's.
    private static TimeSpan ClientCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static double Percentile(long[] sortedTicks, double fraction)
    {
        if (sortedTicks.Length == 0)
        {
            return double.NaN;
        }

        // Nearest rank.
        var index = Math.Clamp((int)Math.Ceiling(fraction * sortedTicks.Length) - 1, 0, sortedTicks.Length - 1);
        return sortedTicks[index] * 1_000_000.0 / Stopwatch.Frequency;
    }

    private sealed class SharedCounters
    {
        public long Non200;

        public long Completed;

        public List<string> Non200Samples { get; } = [];

        public string? FirstBody { get; set; }
    }
}
