using Spotnet.Protocol.Signing;
namespace Spotnet.Server.Accounts;

/// <summary>An active API key as the request pipeline sees it: owner, permissions, IP list, cached verifier, usage.</summary>
public sealed class ApiKeyEntry
{
    private volatile bool _revoked;
    private int _trading;

    /// <summary>Creates an entry.</summary>
    public ApiKeyEntry(
        long keyId, long accountId, KeyType type, bool enableReading, bool enableTrading, IpRestriction ipRestriction,
        SignatureVerifier verifier, long tradingEnabledMilliseconds, KeyUsage usage)
    {
        KeyId = keyId;
        AccountId = accountId;
        Type = type;
        EnableReading = enableReading;
        _trading = enableTrading ? 1 : 0;
        IpRestriction = ipRestriction;
        Verifier = verifier;
        TradingEnabledMilliseconds = tradingEnabledMilliseconds;
        Usage = usage;
    }

    /// <summary>Row id of the key.</summary>
    public long KeyId { get; }

    /// <summary>Owning account.</summary>
    public long AccountId { get; }

    /// <summary>Key type.</summary>
    public KeyType Type { get; }

    /// <summary>Whether USER_DATA endpoints are allowed.</summary>
    public bool EnableReading { get; }

    /// <summary>Whether TRADE endpoints are allowed (until the expiry policy turns it off).</summary>
    public bool EnableTrading => Volatile.Read(ref _trading) == 1;

    /// <summary>Where the expiry policy counts from (Unix milliseconds): the key's creation, or when TRADE was last switched on or its IP list emptied.</summary>
    public long TradingEnabledMilliseconds { get; }

    /// <summary>Addresses the key may be used from.</summary>
    public IpRestriction IpRestriction { get; }

    /// <summary>Verifies signatures made with this key.</summary>
    public SignatureVerifier Verifier { get; }

    /// <summary>Usage counters.</summary>
    public KeyUsage Usage { get; }

    /// <summary>Whether the key was revoked; checked on every request, so revocation applies to the next one.</summary>
    public bool IsRevoked => _revoked;

    /// <summary>Marks the key revoked.</summary>
    public void Revoke() => _revoked = true;

    /// <summary>Turns TRADE off; true only for the caller that actually turned it off.</summary>
    public bool TryExpireTrading() => Interlocked.CompareExchange(ref _trading, 0, 1) == 1;
}
