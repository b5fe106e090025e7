using System.Globalization;

namespace Spotnet.Reliability.Tests;

/// <summary>Seed and iteration count of the crash runs, from <c>SPOTNET_CRASH_SEED</c> and <c>SPOTNET_CRASH_ITERATIONS</c>.</summary>
public static class Seeds
{
    /// <summary>Iterations when <c>SPOTNET_CRASH_ITERATIONS</c> is not set.</summary>
    public const int DefaultIterations = 5;

    /// <summary>The given seed, or a fresh random one.</summary>
    public static int First() =>
        int.TryParse(Environment.GetEnvironmentVariable("SPOTNET_CRASH_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : Random.Shared.Next(1, int.MaxValue / 2);

    /// <summary>The given iteration count, or <see cref="DefaultIterations"/>.</summary>
    public static int Iterations() =>
        int.TryParse(Environment.GetEnvironmentVariable("SPOTNET_CRASH_ITERATIONS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count > 0
            ? count
            : DefaultIterations;
}
