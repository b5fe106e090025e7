using System.Security.Cryptography;
using System.Text;

namespace Spotnet.EndToEnd.Tests;

public sealed class AdminTests
{
    [Fact]
    public async Task Account_balances_are_the_ledgers_as_the_api_shows_them_after_trading()
    {
        await using var server = await TestServer.StartAsync();
        var (_, created) = await server.AdminAsync(HttpMethod.Post, "/admin/v1/accounts", "{}");
        var accountId = created.GetProperty("accountId").GetInt64();
        var trader = new TradingClient(server, await server.CreateKeyAsync(accountId, "HMAC"));
        await trader.OkAsync(trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=60000"));

        var (_, account) = await server.AdminAsync(HttpMethod.Get, $"/admin/v1/accounts/{accountId}");
        var usdt = account.GetProperty("balances").EnumerateArray().Single(balance => balance.GetProperty("asset").GetString() == "USDT");
        Assert.Equal(("9940.00000000", "60.00000000"), (usdt.GetProperty("free").GetString(), usdt.GetProperty("locked").GetString()));
        Assert.Equal(await trader.BalanceAsync("USDT"), (usdt.GetProperty("free").GetString()!, usdt.GetProperty("locked").GetString()!));
    }

    [Fact]
    public async Task Creating_an_account_grants_the_allowance_in_at_least_ten_assets()
    {
        await using var server = await TestServer.StartAsync();
        var (response, body) = await server.AdminAsync(HttpMethod.Post, "/admin/v1/accounts", "{\"name\": \"bot\"}");

        Assert.Equal(200, (int)response.StatusCode);
        var accountId = body.GetProperty("accountId").GetInt64();
        Assert.Equal("bot", body.GetProperty("name").GetString());
        var (_, account) = await server.AdminAsync(HttpMethod.Get, $"/admin/v1/accounts/{accountId}");
        var balances = account.GetProperty("balances").EnumerateArray().ToList();
        Assert.True(balances.Count >= 10);
        Assert.Contains(balances, balance => balance.GetProperty("asset").GetString() == "USDT" && balance.GetProperty("free").GetString() == "10000.00000000");
        Assert.All(balances, balance => Assert.Equal("0.00000000", balance.GetProperty("locked").GetString()));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{\"name\": 5}")]
    [InlineData("{\"balance\": \"1000000\"}")]
    [InlineData("not json")]
    public async Task Account_request_that_is_not_an_object_with_a_name_gets_400(string body)
    {
        await using var server = await TestServer.StartAsync();
        var (response, error) = await server.AdminAsync(HttpMethod.Post, "/admin/v1/accounts", body);
        Assert.Equal(400, (int)response.StatusCode);
        Assert.False(string.IsNullOrEmpty(error.GetProperty("error").GetString()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    public async Task Operator_api_without_the_admin_token_gets_401(string? token)
    {
        await using var server = await TestServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/v1/accounts") { Content = new StringContent("{}") };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        var response = await server.Http.SendAsync(request);
        Assert.Equal(401, (int)response.StatusCode);
    }

    [Fact]
    public async Task Api_key_headers_never_authenticate_on_the_operator_api()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/admin/v1/accounts/{signer.AccountId}");
        request.Headers.Add("X-MBX-APIKEY", signer.ApiKey);
        request.Headers.Authorization = new("Bearer", signer.Secret);
        var response = await server.Http.SendAsync(request);
        Assert.Equal(401, (int)response.StatusCode);
    }

    [Fact]
    public async Task Admin_token_can_come_from_the_environment_style_setting()
    {
        await using var server = await TestServer.StartAsync(null, null, "--ADMIN_TOKEN=operator-secret-123");
        var (response, _) = await server.AdminAsync(HttpMethod.Post, "/admin/v1/accounts", "{}", "operator-secret-123");
        Assert.Equal(200, (int)response.StatusCode);
        var (refused, _) = await server.AdminAsync(HttpMethod.Post, "/admin/v1/accounts", "{}", "another-token");
        Assert.Equal(401, (int)refused.StatusCode);
        Assert.False(File.Exists(Path.Combine(server.DataDirectory, "admin-token")));
    }

    [Theory]
    [InlineData("HMAC")]
    [InlineData("RSA")]
    [InlineData("ED25519")]
    public async Task Creating_a_key_returns_the_key_and_only_for_hmac_a_secret(string type)
    {
        await using var server = await TestServer.StartAsync();
        var (_, account) = await server.AdminAsync(HttpMethod.Post, "/admin/v1/accounts", "{}");
        var accountId = account.GetProperty("accountId").GetInt64();
        var signer = Signer.Generate(type);
        var publicKey = signer.PublicKeyPem is null ? "" : $", \"publicKey\": {System.Text.Json.JsonSerializer.Serialize(signer.PublicKeyPem)}";
        var (response, key) = await server.AdminAsync(HttpMethod.Post, $"/admin/v1/accounts/{accountId}/api-keys", $"{{\"type\": \"{type}\"{publicKey}}}");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(64, key.GetProperty("apiKey").GetString()!.Length);
        Assert.Equal(type, key.GetProperty("type").GetString());
        Assert.Equal(type == "HMAC", key.TryGetProperty("secretKey", out var secret) && secret.GetString()!.Length == 64);
    }

    [Theory]
    [InlineData("{\"type\": \"RSA\"}")]
    [InlineData("{\"type\": \"DSA\"}")]
    [InlineData("{}")]
    [InlineData("{\"type\": \"HMAC\", \"enableWithdrawals\": true}")]
    [InlineData("{\"type\": \"HMAC\", \"ipRestrict\": [\"not-an-ip\"]}")]
    [InlineData("{\"type\": \"HMAC\", \"publicKey\": \"x\"}")]
    public async Task Invalid_key_request_gets_a_clear_400(string body)
    {
        await using var server = await TestServer.StartAsync();
        var (_, account) = await server.AdminAsync(HttpMethod.Post, "/admin/v1/accounts", "{}");
        var (response, error) = await server.AdminAsync(HttpMethod.Post, $"/admin/v1/accounts/{account.GetProperty("accountId").GetInt64()}/api-keys", body);
        Assert.Equal(400, (int)response.StatusCode);
        Assert.False(string.IsNullOrEmpty(error.GetProperty("error").GetString()));
    }

    public static TheoryData<string, string> RejectedPublicKeys()
    {
        using var rsa1024 = RSA.Create(1024);
        using var rsa2048 = RSA.Create(2048);
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var ed25519 = Signer.Generate("ED25519").PublicKeyPem!;
        return new()
        {
            { "RSA", rsa1024.ExportSubjectPublicKeyInfoPem() },
            { "RSA", rsa2048.ExportRSAPublicKeyPem() },
            { "RSA", rsa2048.ExportPkcs8PrivateKeyPem() },
            { "RSA", ec.ExportSubjectPublicKeyInfoPem() },
            { "RSA", rsa2048.ExportSubjectPublicKeyInfoPem() + "\ntrailing" },
            { "RSA", rsa2048.ExportSubjectPublicKeyInfoPem() + "\n" + rsa2048.ExportSubjectPublicKeyInfoPem() },
            { "ED25519", rsa2048.ExportSubjectPublicKeyInfoPem() },
            { "RSA", ed25519 },
        };
    }

    [Theory]
    [MemberData(nameof(RejectedPublicKeys))]
    public async Task Unacceptable_public_keys_are_refused_with_400(string type, string pem)
    {
        await using var server = await TestServer.StartAsync();
        var (_, account) = await server.AdminAsync(HttpMethod.Post, "/admin/v1/accounts", "{}");
        var body = $"{{\"type\": \"{type}\", \"publicKey\": {System.Text.Json.JsonSerializer.Serialize(pem)}}}";
        var (response, error) = await server.AdminAsync(HttpMethod.Post, $"/admin/v1/accounts/{account.GetProperty("accountId").GetInt64()}/api-keys", body);
        Assert.Equal(400, (int)response.StatusCode);
        Assert.False(string.IsNullOrEmpty(error.GetProperty("error").GetString()));
    }

    [Theory]
    [InlineData(3072)]
    [InlineData(4096)]
    public async Task Larger_rsa_keys_are_accepted_and_verify(int bits)
    {
        await using var server = await TestServer.StartAsync();
        var (_, account) = await server.AdminAsync(HttpMethod.Post, "/admin/v1/accounts", "{}");
        var accountId = account.GetProperty("accountId").GetInt64();
        var signer = Signer.Generate("RSA", bits);
        var (response, key) = await server.AdminAsync(HttpMethod.Post, $"/admin/v1/accounts/{accountId}/api-keys",
            $"{{\"type\": \"RSA\", \"publicKey\": {System.Text.Json.JsonSerializer.Serialize(signer.PublicKeyPem)}}}");
        Assert.Equal(200, (int)response.StatusCode);
        signer.Attach(accountId, key.GetProperty("keyId").GetInt64(), key.GetProperty("apiKey").GetString()!, null);
        var reply = await server.SendAsync(HttpMethod.Get, "/api/v3/rateLimit/order", $"timestamp={server.NowMilliseconds}", signer: signer);
        Assert.Equal(200, reply.Status);
    }

    [Fact]
    public async Task Listing_keys_shows_them_masked_and_without_secrets()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync("HMAC", ", \"ipRestrict\": [\"127.0.0.1\"], \"enableSpotAndMarginTrading\": false");
        await server.CreateKeyAsync(signer.AccountId, "ED25519");
        var (response, keys) = await server.AdminAsync(HttpMethod.Get, $"/admin/v1/accounts/{signer.AccountId}/api-keys");

        Assert.Equal(200, (int)response.StatusCode);
        var text = keys.GetRawText();
        Assert.DoesNotContain(signer.ApiKey, text);
        Assert.DoesNotContain(signer.Secret!, text);
        var first = keys[0];
        Assert.Equal(signer.ApiKey[..4] + "…" + signer.ApiKey[^4..], first.GetProperty("apiKey").GetString());
        Assert.Equal("HMAC", first.GetProperty("type").GetString());
        Assert.False(first.GetProperty("enableSpotAndMarginTrading").GetBoolean());
        Assert.Equal("127.0.0.1", first.GetProperty("ipRestrict")[0].GetString());
        Assert.Equal("ED25519", keys[1].GetProperty("type").GetString());
    }

    [Fact]
    public async Task Revoking_an_unknown_key_or_another_accounts_key_gets_404()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync();
        var other = await server.CreateKeyAsync();
        var (unknown, _) = await server.AdminAsync(HttpMethod.Delete, $"/admin/v1/accounts/{signer.AccountId}/api-keys/9999");
        Assert.Equal(404, (int)unknown.StatusCode);
        var (foreign, _) = await server.AdminAsync(HttpMethod.Delete, $"/admin/v1/accounts/{signer.AccountId}/api-keys/{other.KeyId}");
        Assert.Equal(404, (int)foreign.StatusCode);
        Assert.Equal(200, (await server.SendAsync(HttpMethod.Get, "/api/v3/rateLimit/order", $"timestamp={server.NowMilliseconds}", signer: other)).Status);
    }

    [Fact]
    public async Task Unknown_account_gets_404()
    {
        await using var server = await TestServer.StartAsync();
        Assert.Equal(404, (int)(await server.AdminAsync(HttpMethod.Get, "/admin/v1/accounts/424242")).Response.StatusCode);
        Assert.Equal(404, (int)(await server.AdminAsync(HttpMethod.Post, "/admin/v1/accounts/424242/api-keys", "{\"type\": \"HMAC\"}")).Response.StatusCode);
    }

    [Fact]
    public async Task Database_and_data_folder_reveal_no_secret_or_raw_api_key()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync();
        await server.App.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        foreach (var file in Directory.GetFiles(server.DataDirectory, "spotnet.db*"))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(signer.Secret!)));
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(signer.ApiKey)));
        }
    }

    [Fact]
    public async Task Operator_actions_are_in_the_hash_chained_audit_log()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync();
        await server.AdminAsync(HttpMethod.Delete, $"/admin/v1/accounts/{signer.AccountId}/api-keys/{signer.KeyId}");

        var store = (Spotnet.Server.Storage.SqliteSpotStore)Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Spotnet.Server.Storage.ISpotStore>(server.App.Services);
        var audit = store.ReadAudit();
        Assert.Contains(audit, record => record.Action == "apikey.create" && record.Detail.Contains($"keyId={signer.KeyId}", StringComparison.Ordinal));
        Assert.Contains(audit, record => record.Action == "apikey.revoke" && record.Detail.Contains($"keyId={signer.KeyId}", StringComparison.Ordinal));
        Assert.All(audit, record => Assert.DoesNotContain(signer.Secret!, record.Detail, StringComparison.Ordinal));
        Assert.Null(Spotnet.Server.Storage.AuditChain.FindBreak(audit));
    }
}
