namespace Spotnet.LoadGenerator;

/// <summary>
/// What one target did in the measured window (server and load-generator CPU per request, and the machine's idle
/// share, included), plus the non-200 answers seen over the whole run.
/// </summary>
internal sealed record LoadResult(
    string Target,
    long Requests,
    double Seconds,
    double P50Microseconds,
    double P99Microseconds,
    double P999Microseconds,
    double MaxMicroseconds,
    double ServerCpuMicrosecondsPerRequest,
    double ClientCpuMicrosecondsPerRequest,
    double IdlePercent,
    long Non200,
    IReadOnlyList<string> Non200Samples,
    string? FirstBody,
    IReadOnlyList<long> CompletedPerSecond)
{
    /// <summary>Completed requests per second in the measured window.</summary>
    public double RequestsPerSecond => Requests / Seconds;
}
