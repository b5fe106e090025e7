using System.Security.Cryptography;
using System.Text.Json;
using Spotnet.Client;
using Spotnet.Client.Credentials;
using Spotnet.Protocol.Signing;

namespace Spotnet.EndToEnd.Tests.Sdk;

/// <summary>Builds SDK clients for a test server and registers keys of every kind through the operator API.</summary>
internal static class SdkClients
{
    /// <summary>The key kinds the SDK must sign with: HMAC, RSA from PKCS#1 and PKCS#8 PEMs, and Ed25519.</summary>
    public static TheoryData<string> KeyKinds => ["HMAC", "RSA-PKCS1", "RSA-PKCS8", "ED25519"];

    /// <summary>A client for <paramref name="server"/>; without <paramref name="time"/> it shares the server's fake clock and skips time sync.</summary>
    public static SpotRestClient Create(TestServer server, SpotCredentials? credentials = null, RequestCounter? counter = null, TimeProvider? time = null)
    {
        var rest = server.Http.BaseAddress!;
        var webSocket = new UriBuilder(rest) { Scheme = "ws" }.Uri;
        var options = new SpotClientOptions
        {
            Environment = SpotEnvironment.Custom(rest, new Uri(webSocket, "/ws-api/v3"), webSocket),
            Credentials = credentials,
            SynchronizeTime = time is not null,
        };
        return new SpotRestClient(new HttpClient(counter ?? new RequestCounter()), options, timeProvider: time ?? server.Time);
    }

    /// <summary>Creates an account and a key of <paramref name="kind"/> on it, returning the SDK credentials built from the secret or private-key PEM.</summary>
    public static async Task<SpotCredentials> CreateCredentialsAsync(TestServer server, string kind)
    {
        var (_, account) = await server.AdminAsync(HttpMethod.Post, "/admin/v1/accounts", "{}");
        var accountId = account.GetProperty("accountId").GetInt64();
        var (type, privateKeyPem, publicKeyPem, expected) = GenerateKey(kind);
        var publicKey = publicKeyPem is null ? "" : $", \"publicKey\": {JsonSerializer.Serialize(publicKeyPem)}";
        var (response, body) = await server.AdminAsync(HttpMethod.Post, $"/admin/v1/accounts/{accountId}/api-keys", $"{{\"type\": \"{type}\"{publicKey}}}");
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        var credentials = SpotCredentials.FromSecret(body.GetProperty("apiKey").GetString()!, privateKeyPem ?? body.GetProperty("secretKey").GetString()!);
        Assert.Equal(expected, credentials.KeyType);
        return credentials;
    }

    private static (string Type, string? PrivateKeyPem, string? PublicKeyPem, KeyType Expected) GenerateKey(string kind)
    {
        switch (kind)
        {
            case "HMAC":
                return ("HMAC", null, null, KeyType.Hmac);
            case "RSA-PKCS1":
            case "RSA-PKCS8":
            {
                using var rsa = RSA.Create(2048);
                var privateKeyPem = kind == "RSA-PKCS1" ? rsa.ExportRSAPrivateKeyPem() : rsa.ExportPkcs8PrivateKeyPem();
                return ("RSA", privateKeyPem, rsa.ExportSubjectPublicKeyInfoPem(), KeyType.Rsa);
            }

            case "ED25519":
            {
                using var key = SigningKey.GenerateEd25519();
                return ("ED25519", key.ExportPrivateKeyPem(), key.PublicKey!.ToPem(), KeyType.Ed25519);
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown key kind.");
        }
    }
}
