using Spotnet.Protocol.Endpoints;
using Spotnet.Server.Storage;

namespace Spotnet.Server.Accounts;

/// <summary>
/// Usage counters of one API key (S-9), updated in memory on every request without locks and written to the store
/// by <see cref="KeyUsageTracker.Flush"/>.
/// </summary>
public sealed class KeyUsage
{
    private readonly long _keyId;
    private readonly string _createdBy;
    private long _lastUsedMilliseconds;
    private string? _lastUsedAddress;
    private long _userDataRequests;
    private long _tradeRequests;
    private long _userStreamRequests;
    private long _authenticationFailures;
    private int _dirty;

    /// <summary>Creates counters starting from stored values.</summary>
    public KeyUsage(ApiKeyUsageRecord stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        _keyId = stored.KeyId;
        _createdBy = stored.CreatedBy;
        _lastUsedMilliseconds = stored.LastUsedMilliseconds;
        _lastUsedAddress = stored.LastUsedAddress;
        _userDataRequests = stored.UserDataRequests;
        _tradeRequests = stored.TradeRequests;
        _userStreamRequests = stored.UserStreamRequests;
        _authenticationFailures = stored.AuthenticationFailures;
    }

    /// <summary>Counts an authenticated request.</summary>
    public void RecordRequest(SecurityType security, string address, long nowMilliseconds)
    {
        switch (security)
        {
            case SecurityType.Trade:
                Interlocked.Increment(ref _tradeRequests);
                break;
            case SecurityType.UserStream:
                Interlocked.Increment(ref _userStreamRequests);
                break;
            default:
                Interlocked.Increment(ref _userDataRequests);
                break;
        }

        // Two racing requests may leave either one as "last"; both are equally recent.
        Volatile.Write(ref _lastUsedAddress, address);
        Volatile.Write(ref _lastUsedMilliseconds, nowMilliseconds);
        Volatile.Write(ref _dirty, 1);
    }

    /// <summary>Counts a request with this key refused by the IP, timestamp, signature or permission checks.</summary>
    public void RecordAuthenticationFailure()
    {
        Interlocked.Increment(ref _authenticationFailures);
        Volatile.Write(ref _dirty, 1);
    }

    /// <summary>The current values.</summary>
    public ApiKeyUsageRecord Snapshot() => new(
        _keyId, _createdBy, Volatile.Read(ref _lastUsedMilliseconds), Volatile.Read(ref _lastUsedAddress),
        Interlocked.Read(ref _userDataRequests), Interlocked.Read(ref _tradeRequests),
        Interlocked.Read(ref _userStreamRequests), Interlocked.Read(ref _authenticationFailures));

    /// <summary>Marks the counters changed, so the next flush writes them.</summary>
    public void MarkChanged() => Volatile.Write(ref _dirty, 1);

    /// <summary>Returns the current values and clears the changed mark when something changed since the last call.</summary>
    public ApiKeyUsageRecord? TakeChanges() => Interlocked.Exchange(ref _dirty, 0) == 1 ? Snapshot() : null;
}
