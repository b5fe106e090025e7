using System.Text.Json;
using Spotnet.Client.Credentials;
using Spotnet.Protocol.Signing;

namespace Spotnet.EndToEnd.Tests.Sdk;

public sealed class SdkKeyGenerationTests
{
    [Theory]
    [InlineData(KeyType.Ed25519, "ED25519")]
    [InlineData(KeyType.Rsa, "RSA")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_key_pair_from_the_generator_is_registered_by_its_public_pem_and_the_server_verifies_its_signatures(KeyType keyType, string serverType)
    {
        await using var server = await TestServer.StartAsync();
        var path = Path.Combine(Path.GetTempPath(), $"spotnet-e2e-key-{Guid.NewGuid():N}.pem");
        try
        {
            var publicKeyPem = SpotKeyGenerator.GenerateKeyFile(path, "a strong passphrase", keyType);
            var (_, account) = await server.AdminAsync(HttpMethod.Post, "/admin/v1/accounts", "{}");
            var (response, key) = await server.AdminAsync(
                HttpMethod.Post,
                $"/admin/v1/accounts/{account.GetProperty("accountId").GetInt64()}/api-keys",
                $"{{\"type\": \"{serverType}\", \"publicKey\": {JsonSerializer.Serialize(publicKeyPem)}}}");
            Assert.True(response.IsSuccessStatusCode, key.ToString());
            using var credentials = SpotCredentials.FromPemFile(key.GetProperty("apiKey").GetString()!, path, () => "a strong passphrase");
            var client = SdkClients.Create(server, credentials);

            var accountInformation = await client.GetAccountAsync();

            Assert.NotEmpty(accountInformation.Balances);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
