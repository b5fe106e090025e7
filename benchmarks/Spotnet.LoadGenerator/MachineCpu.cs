using System.Globalization;

namespace Spotnet.LoadGenerator;

/// <summary>
/// The machine's idle and total CPU time from <c>/proc/stat</c> (Linux), so a run shows whether the server and the load
/// generator left cores unused (latency-bound) or used them all (CPU-bound). Elsewhere the share is NaN.
/// </summary>
internal static class MachineCpu
{
    private const string Path = "/proc/stat";

    /// <summary>Idle (idle + iowait) and total jiffies since boot, or zeros where unknown.</summary>
    public static (long Idle, long Total) Read()
    {
        if (!File.Exists(Path))
        {
            return (0, 0);
        }

        // "cpu  user nice system idle iowait irq softirq steal ..."
        var fields = File.ReadLines(Path).First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var values = fields.Skip(1).Take(8).Select(field => long.Parse(field, CultureInfo.InvariantCulture)).ToArray();
        return (values[3] + values[4], values.Sum());
    }

    /// <summary>The idle share between two readings, in percent.</summary>
    public static double IdlePercent((long Idle, long Total) from, (long Idle, long Total) to) =>
        to.Total > from.Total ? 100.0 * (to.Idle - from.Idle) / (to.Total - from.Total) : double.NaN;
}
