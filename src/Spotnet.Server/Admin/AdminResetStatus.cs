namespace Spotnet.Server.Admin;

/// <summary>Answer to <c>GET /admin/v1/reset</c>.</summary>
/// <param name="Epoch">The current epoch (the number of resets so far).</param>
/// <param name="Schedule">The schedule: <c>monthly</c>, <c>every-N-days</c> or <c>off</c>.</param>
/// <param name="NextScheduledReset">When the next scheduled reset falls due (milliseconds), omitted when scheduled resets are off.</param>
public sealed record AdminResetStatus(long Epoch, string Schedule, long? NextScheduledReset);
