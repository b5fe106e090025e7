using Spotnet.Protocol.Signing;
namespace Spotnet.Server.Accounts;

/// <summary>An active API key as the request pipeline sees it: owner, permissions, IP list, cached verifier.</summary>
public sealed class ApiKeyEntry
{
    private volatile bool _revoked;

    /// <summary>Creates an entry.</summary>
    public ApiKeyEntry(
        long keyId, long accountId, KeyType type, bool enableReading, bool enableTrading, IpRestriction ipRestriction,
        SignatureVerifier verifier)
    {
        KeyId = keyId;
        AccountId = accountId;
        Type = type;
        EnableReading = enableReading;
        EnableTrading = enableTrading;
        IpRestriction = ipRestriction;
        Verifier = verifier;
    }

    /// <summary>Row id of the key.</summary>
    public long KeyId { get; }

    /// <summary>Owning account.</summary>
    public long AccountId { get; }

    /// <summary>Key type.</summary>
    public KeyType Type { get; }

    /// <summary>Whether USER_DATA endpoints are allowed.</summary>
    public bool EnableReading { get; }

    /// <summary>Whether TRADE endpoints are allowed.</summary>
    public bool EnableTrading { get; }

    /// <summary>Addresses the key may be used from.</summary>
    public IpRestriction IpRestriction { get; }

    /// <summary>Verifies signatures made with this key.</summary>
    public SignatureVerifier Verifier { get; }

    /// <summary>Whether the key was revoked; checked on every request, so revocation applies to the next one.</summary>
    public bool IsRevoked => _revoked;

    /// <summary>Marks the key revoked.</summary>
    public void Revoke() => _revoked = true;
}
