namespace Spotnet.Server.Resets;

/// <summary>A completed reset: the epoch it started and when (the engine's command time, milliseconds).</summary>
/// <param name="Epoch">Number of resets so far, this one included.</param>
/// <param name="ResetTime">Time of the reset command in milliseconds since the Unix epoch.</param>
public sealed record ResetOutcome(long Epoch, long ResetTime);
