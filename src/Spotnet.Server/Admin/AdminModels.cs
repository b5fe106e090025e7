namespace Spotnet.Server.Admin;

/// <summary>Answer to <c>POST /admin/v1/accounts</c>.</summary>
public sealed record AdminAccountCreated(long AccountId, string? Name, IReadOnlyList<AdminBalance> Balances);

/// <summary>Answer to <c>GET /admin/v1/accounts/{accountId}</c>.</summary>
public sealed record AdminAccount(long AccountId, string? Name, long CreatedTime, IReadOnlyList<AdminBalance> Balances);

/// <summary>One balance on the operator API.</summary>
public sealed record AdminBalance(string Asset, string Free, string Locked);

/// <summary>Answer to <c>POST /admin/v1/accounts/{accountId}/api-keys</c>; the only time a secret is shown.</summary>
public sealed record AdminKeyCreated(long KeyId, string ApiKey, string? SecretKey, string Type)
{
    /// <summary>Hides the secret and masks the key, so it never reaches logs.</summary>
    public override string ToString() => $"AdminKeyCreated {{ KeyId = {KeyId}, Type = {Type} }}";
}

/// <summary>One key in a listing, masked.</summary>
public sealed record AdminKey(
    long KeyId, string ApiKey, string Type, bool EnableReading, bool EnableSpotAndMarginTrading,
    IReadOnlyList<string> IpRestrict, long CreatedTime);

/// <summary>Answer to a key revocation.</summary>
public sealed record AdminKeyRevoked(long KeyId, bool Revoked);

/// <summary>An operator API error.</summary>
public sealed record AdminError(string Error);

/// <summary>Answer to <c>GET /admin/v1/accounts/{accountId}/api-keys/{keyId}/usage</c> (S-9).</summary>
public sealed record AdminKeyUsage(
    long KeyId, long CreatedTime, string CreatedBy, long? LastUsedTime, string? LastUsedIp, AdminRequestCounts Requests,
    long AuthFailures);

/// <summary>Authenticated requests of a key by security type.</summary>
public sealed record AdminRequestCounts(
    [property: System.Text.Json.Serialization.JsonPropertyName("USER_DATA")] long UserData,
    [property: System.Text.Json.Serialization.JsonPropertyName("TRADE")] long Trade,
    [property: System.Text.Json.Serialization.JsonPropertyName("USER_STREAM")] long UserStream);

/// <summary>Answer to <c>POST /admin/v1/data-keys/rewrap</c>.</summary>
public sealed record AdminRewrapResult(int Rewrapped, int Failed, Security.DataKeyStatus Status);
