using System.Diagnostics;

namespace Spotnet.Benchmarks.Engine;

/// <summary>The machine's memory latency: dependent reads at random places in a block of a given size.</summary>
public static class MemoryProbe
{
    public static double NanosecondsPerRandomRead(int megabytes)
    {
        // One cycle through every slot in random order (Sattolo's algorithm), so each read depends on the one before.
        var next = new int[megabytes * 1024 * 1024 / sizeof(int)];
        for (var i = 0; i < next.Length; i++)
        {
            next[i] = i;
        }

        var random = new Random(1);
        for (var i = next.Length - 1; i > 0; i--)
        {
            var j = random.Next(i);
            (next[i], next[j]) = (next[j], next[i]);
        }

        const int Reads = 4_000_000;
        var at = 0;
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < Reads; i++)
        {
            at = next[at];
        }

        var elapsed = Stopwatch.GetElapsedTime(start);
        GC.KeepAlive(at);
        return elapsed.TotalNanoseconds / Reads;
    }
}
