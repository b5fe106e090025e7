namespace Spotnet.Client.RateLimits;

/// <summary>Describes a rate-limit answer (HTTP 429 or 418) and when requests may resume.</summary>
/// <param name="HttpStatus">429 (too many requests) or 418 (IP banned).</param>
/// <param name="Code">Binance's error code from the body, e.g. -1003 or -1015.</param>
/// <param name="ResumeAt">When the affected limiter sends again, from <c>Retry-After</c>.</param>
public sealed record RateLimitHitEventArgs(int HttpStatus, int Code, DateTimeOffset ResumeAt);
