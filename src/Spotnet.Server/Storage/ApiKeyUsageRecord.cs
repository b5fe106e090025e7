namespace Spotnet.Server.Storage;

/// <summary>Usage metadata of one API key (S-9), as persisted by the periodic flush.</summary>
/// <param name="KeyId">Row id of the key.</param>
/// <param name="CreatedBy">Who created the key (operator API actor).</param>
/// <param name="LastUsedMilliseconds">Last successfully authenticated request, Unix milliseconds; 0 when never used.</param>
/// <param name="LastUsedAddress">Client address of that request; null when never used.</param>
/// <param name="UserDataRequests">Authenticated USER_DATA requests.</param>
/// <param name="TradeRequests">Authenticated TRADE requests.</param>
/// <param name="UserStreamRequests">Authenticated USER_STREAM requests.</param>
/// <param name="AuthenticationFailures">Requests with this key refused by IP, timestamp, signature or permission checks.</param>
public sealed record ApiKeyUsageRecord(
    long KeyId,
    string CreatedBy,
    long LastUsedMilliseconds,
    string? LastUsedAddress,
    long UserDataRequests,
    long TradeRequests,
    long UserStreamRequests,
    long AuthenticationFailures);
