namespace Spotnet.Server.Admin;

/// <summary>Answer to <c>POST /admin/v1/reset</c>.</summary>
/// <param name="Epoch">The epoch the reset started (the number of resets so far).</param>
/// <param name="ResetTime">When the reset ran, in milliseconds since the Unix epoch.</param>
/// <param name="NextScheduledReset">When the next scheduled reset falls due (milliseconds), omitted when scheduled resets are off.</param>
public sealed record AdminReset(long Epoch, long ResetTime, long? NextScheduledReset);
