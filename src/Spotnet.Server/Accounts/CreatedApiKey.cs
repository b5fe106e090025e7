using Spotnet.Protocol.Signing;
namespace Spotnet.Server.Accounts;

/// <summary>A freshly created key: the only time its HMAC secret is ever shown.</summary>
/// <param name="KeyId">Row id, used to revoke the key.</param>
/// <param name="ApiKey">The key string sent in <c>X-MBX-APIKEY</c>.</param>
/// <param name="SecretKey">The HMAC secret; null for asymmetric keys.</param>
/// <param name="Type">Key type.</param>
public sealed record CreatedApiKey(long KeyId, string ApiKey, string? SecretKey, KeyType Type)
{
    /// <summary>Masks the key and hides the secret, so it never reaches logs.</summary>
    public override string ToString() => $"CreatedApiKey {{ KeyId = {KeyId}, ApiKey = {AccountService.Mask(ApiKey)}, Type = {Type} }}";
}
