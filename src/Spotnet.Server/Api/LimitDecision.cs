using Spotnet.Protocol.Errors;
namespace Spotnet.Server.Api;

/// <summary>The outcome of charging a request to its IP.</summary>
/// <param name="UsedWeight">Weight used in the current minute, for <c>X-MBX-USED-WEIGHT-1M</c>.</param>
/// <param name="Error">429 or 418 error, or null when the request may proceed.</param>
/// <param name="RetryAfterSeconds">Value of <c>Retry-After</c> when rejected.</param>
public readonly record struct LimitDecision(int UsedWeight, SpotError? Error, long RetryAfterSeconds);
