namespace Spotnet.Client.RateLimits;

/// <summary>Usage the server last reported for one limiter window, from an <c>X-MBX-USED-WEIGHT-*</c> or <c>X-MBX-ORDER-COUNT-*</c> header.</summary>
/// <param name="Interval">The interval suffix as sent, e.g. <c>1M</c>, <c>10S</c>, <c>1D</c>.</param>
/// <param name="Used">Weight used or unfilled orders counted in the current window.</param>
/// <param name="ReportedAt">Local time the header arrived.</param>
public sealed record RateLimitUsage(string Interval, int Used, DateTimeOffset ReportedAt);
