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

    [Theory]
    [InlineData("GET", "/admin/v1/accounts/abc")]
    [InlineData("GET", "/admin/v1/accounts/99999999999999999999999")]
    [InlineData("DELETE", "/admin/v1/data-keys/abc")]
    [InlineData("PUT", "/admin/v1/accounts/1")]
    [InlineData("GET", "/admin/v1/nothing-here")]
    public async Task Other_operator_paths_and_methods_get_the_operator_apis_own_404_behind_its_token(string method, string path)
    {
        await using var server = await TestServer.StartAsync();
        var (response, error) = await server.AdminAsync(new HttpMethod(method), path);
        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("No such operator route.", error.GetProperty("error").GetString());
        Assert.False(response.Headers.Contains("X-MBX-USED-WEIGHT-1M"));
        var (unauthenticated, _) = await server.AdminAsync(new HttpMethod(method), path, token: "wrong-token");
        Assert.Equal(401, (int)unauthenticated.StatusCode);
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
    [InlineData("{\"type\": \"HMAC\", \"ipRestrict\": [\"10/8\"]}")]
    [InlineData("{\"type\": \"HMAC\", \"ipRestrict\": [\"010.0.0.1\"]}")]
    [InlineData("{\"type\": \"HMAC\", \"ipRestrict\": [\"fe80::1%eth0\"]}")]
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

    public static TheoryData<string, string, string> BodiesWithInvalidText() => new()
    {
        // <FF> and <FE> stand for raw bytes that are not UTF-8; \ud800 and \udfff are lone surrogate escapes.
        { "POST", "accounts", "{\"name\": \"<FF><FE>\"}" },
        { "POST", "accounts", "{\"name\": \"\\ud800\"}" },
        { "POST", "accounts", "{\"<FF>\": 1}" },
        { "POST", "accounts", "{\"\\ud800\": 1}" },
        { "POST", "accounts", "{\"name\": \"ok\", \"x\": {\"y\": [\"\\udfff\"]}}" },
        { "POST", "api-keys", "{\"type\": \"\\ud800\"}" },
        { "POST", "api-keys", "{\"type\": \"RSA\", \"publicKey\": \"\\udfff\"}" },
        { "POST", "api-keys", "{\"type\": \"HMAC\", \"ipRestrict\": [\"\\ud800\"]}" },
        { "POST", "api-keys", "{\"type\": \"HMAC\", \"<FF>\": true}" },
        { "POST", "api-keys", "{\"\\ud800x\": 1}" },
        { "PATCH", "key", "{\"ipRestrict\": [\"<FF>\"]}" },
        { "PATCH", "key", "{\"enableReading\": true, \"\\ud800\": true}" },
        { "PATCH", "key", "{\"ipRestrict\": [\"127.0.0.1\", \"\\udbff\\u0041\"]}" },
    };

    [Theory]
    [MemberData(nameof(BodiesWithInvalidText))]
    public async Task A_body_with_invalid_utf8_or_a_lone_surrogate_gets_a_json_400_not_a_500(string method, string route, string body)
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync();
        var path = route switch
        {
            "accounts" => "/admin/v1/accounts",
            "api-keys" => $"/admin/v1/accounts/{signer.AccountId}/api-keys",
            _ => $"/admin/v1/accounts/{signer.AccountId}/api-keys/{signer.KeyId}",
        };
        var bytes = Encoding.UTF8.GetBytes(body.Replace("<FF>", "\u0001", StringComparison.Ordinal).Replace("<FE>", "\u0002", StringComparison.Ordinal));
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = bytes[i] switch { 1 => 0xFF, 2 => 0xFE, var other => other };
        }

        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Authorization = new("Bearer", server.AdminToken);
        var response = await server.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(400, (int)response.StatusCode);
        var error = System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("error").GetString();
        Assert.Equal(Spotnet.Server.Admin.AdminEndpoints.InvalidTextMessage, error);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        // Nothing was created or changed.
        var (_, keys) = await server.AdminAsync(HttpMethod.Get, $"/admin/v1/accounts/{signer.AccountId}/api-keys");
        var key = Assert.Single(keys.EnumerateArray());
        Assert.Equal(0, key.GetProperty("ipRestrict").GetArrayLength());
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("名前 with spaces, émojis 🙂 and 'quotes'", true)]
    [InlineData("<64>", true)]
    [InlineData("<64 emoji>", true)]
    [InlineData("<65>", false)]
    [InlineData("<65 emoji>", false)]
    [InlineData("tab\there", false)]
    [InlineData("nul\u0000", false)]
    [InlineData("line\nbreak", false)]
    [InlineData("del\u007f", false)]
    [InlineData("c1\u0085", false)]
    [InlineData("separator\u2028", false)]
    public async Task Account_names_are_at_most_64_characters_without_control_characters(string name, bool accepted)
    {
        name = name switch
        {
            "<64>" => new string('n', 64),
            "<65>" => new string('n', 65),
            "<64 emoji>" => string.Concat(Enumerable.Repeat("🙂", 64)),
            "<65 emoji>" => string.Concat(Enumerable.Repeat("🙂", 65)),
            _ => name,
        };
        await using var server = await TestServer.StartAsync();
        var (response, body) = await server.AdminAsync(HttpMethod.Post, "/admin/v1/accounts", System.Text.Json.JsonSerializer.Serialize(new { name }));

        Assert.Equal(accepted ? 200 : 400, (int)response.StatusCode);
        if (accepted)
        {
            var (_, account) = await server.AdminAsync(HttpMethod.Get, $"/admin/v1/accounts/{body.GetProperty("accountId").GetInt64()}");
            Assert.Equal(name, account.GetProperty("name").GetString());
        }
        else
        {
            Assert.Contains("name ", body.GetProperty("error").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_ip_list_holds_at_most_30_entries_on_creation_and_on_change()
    {
        await using var server = await TestServer.StartAsync();
        var thirty = string.Join(", ", Enumerable.Range(1, 30).Select(i => $"\"10.0.0.{i}\""));
        var thirtyOne = thirty + ", \"10.0.1.0/24\"";
        var signer = await server.CreateKeyAsync("HMAC", $", \"ipRestrict\": [{thirty}]");
        var keyPath = $"/admin/v1/accounts/{signer.AccountId}/api-keys";

        var (created, createError) = await server.AdminAsync(HttpMethod.Post, keyPath, $"{{\"type\": \"HMAC\", \"ipRestrict\": [{thirtyOne}]}}");
        Assert.Equal(400, (int)created.StatusCode);
        Assert.Equal("ipRestrict holds at most 30 entries; use CIDR ranges to cover more addresses.", createError.GetProperty("error").GetString());
        var (changed, changeError) = await server.AdminAsync(HttpMethod.Patch, $"{keyPath}/{signer.KeyId}", $"{{\"ipRestrict\": [{thirtyOne}]}}");
        Assert.Equal(400, (int)changed.StatusCode);
        Assert.Equal(createError.GetProperty("error").GetString(), changeError.GetProperty("error").GetString());

        // A long entry is refused, and echoed only in part.
        var (longEntry, longError) = await server.AdminAsync(HttpMethod.Patch, $"{keyPath}/{signer.KeyId}", $"{{\"ipRestrict\": [\"{new string('1', 100_000)}\"]}}");
        Assert.Equal(400, (int)longEntry.StatusCode);
        Assert.True(longError.GetProperty("error").GetString()!.Length < 200);

        var (_, keys) = await server.AdminAsync(HttpMethod.Get, keyPath);
        Assert.Equal(30, Assert.Single(keys.EnumerateArray()).GetProperty("ipRestrict").GetArrayLength());
    }

    [Theory]
    [InlineData("accounts")]
    [InlineData("api-keys")]
    [InlineData("key")]
    public async Task An_unknown_field_name_is_echoed_cut_to_64_characters(string route)
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync();
        var (method, path, prefix) = route switch
        {
            "accounts" => (HttpMethod.Post, "/admin/v1/accounts", ""),
            "api-keys" => (HttpMethod.Post, $"/admin/v1/accounts/{signer.AccountId}/api-keys", "\"type\": \"HMAC\", "),
            _ => (HttpMethod.Patch, $"/admin/v1/accounts/{signer.AccountId}/api-keys/{signer.KeyId}", ""),
        };
        var (response, error) = await server.AdminAsync(method, path, $"{{{prefix}\"{new string('x', 500_000)}\": 1}}");

        Assert.Equal(400, (int)response.StatusCode);
        var message = error.GetProperty("error").GetString()!;
        Assert.True(message.Length < 200, message);
        if (route != "accounts")
        {
            Assert.Equal($"Unknown or mistyped field '{new string('x', 64)}…'.", message);
        }

        // A short name is echoed whole.
        var (_, shortError) = await server.AdminAsync(HttpMethod.Post, $"/admin/v1/accounts/{signer.AccountId}/api-keys", "{\"type\": \"HMAC\", \"permissions\": [\"TRADE\"]}");
        Assert.Equal("Unknown or mistyped field 'permissions'.", shortError.GetProperty("error").GetString());
    }

    [Fact]
    public async Task An_account_holds_at_most_30_active_keys_by_default_and_a_revoked_key_frees_a_place()
    {
        await using var server = await TestServer.StartAsync();
        var first = await server.CreateKeyAsync();
        for (var i = 1; i < 30; i++)
        {
            await server.CreateKeyAsync(first.AccountId, "HMAC");
        }

        var keyPath = $"/admin/v1/accounts/{first.AccountId}/api-keys";
        var (refused, error) = await server.AdminAsync(HttpMethod.Post, keyPath, "{\"type\": \"HMAC\"}");
        Assert.Equal(400, (int)refused.StatusCode);
        Assert.Equal(
            "The account already has 30 active API keys, the most allowed (ApiKeys:MaxActivePerAccount); revoke one first.",
            error.GetProperty("error").GetString());
        // Another account is not affected.
        await server.CreateKeyAsync();

        await server.AdminAsync(HttpMethod.Delete, $"{keyPath}/{first.KeyId}");
        await server.CreateKeyAsync(first.AccountId, "ED25519");
        var (_, keys) = await server.AdminAsync(HttpMethod.Get, keyPath);
        Assert.Equal(30, keys.GetArrayLength());
    }

    [Fact]
    public async Task The_key_quota_is_a_setting()
    {
        await using var server = await TestServer.StartAsync(extraArgs: ["--ApiKeys:MaxActivePerAccount=2"]);
        var first = await server.CreateKeyAsync();
        await server.CreateKeyAsync(first.AccountId, "RSA");
        var (refused, _) = await server.AdminAsync(HttpMethod.Post, $"/admin/v1/accounts/{first.AccountId}/api-keys", "{\"type\": \"HMAC\"}");
        Assert.Equal(400, (int)refused.StatusCode);
    }

    [Fact]
    public async Task A_type_mismatch_names_the_types_as_the_api_spells_them()
    {
        await using var server = await TestServer.StartAsync();
        var (_, account) = await server.AdminAsync(HttpMethod.Post, "/admin/v1/accounts", "{}");
        var body = $"{{\"type\": \"RSA\", \"publicKey\": {System.Text.Json.JsonSerializer.Serialize(Signer.Generate("ED25519").PublicKeyPem)}}}";
        var (_, error) = await server.AdminAsync(HttpMethod.Post, $"/admin/v1/accounts/{account.GetProperty("accountId").GetInt64()}/api-keys", body);
        Assert.Equal("publicKey is an ED25519 key, but type is RSA.", error.GetProperty("error").GetString());

        var signer = await server.CreateKeyAsync("ED25519");
        var store = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Spotnet.Server.Storage.ISpotStore>(server.App.Services);
        Assert.Contains(store.ReadAudit(), record => record.Action == "apikey.create" && record.Detail.Contains($"keyId={signer.KeyId} type=ED25519 ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, "Bearer")]
    [InlineData("Bearer wrong-token", "Bearer error=\"invalid_token\"")]
    [InlineData("Basic dXNlcjpwYXNz", "Bearer error=\"invalid_token\"")]
    public async Task A_401_carries_a_bearer_challenge(string? authorization, string challenge)
    {
        await using var server = await TestServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/v1/data-keys");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        var response = await server.Http.SendAsync(request);
        Assert.Equal(401, (int)response.StatusCode);
        Assert.Equal(challenge, string.Join(", ", response.Headers.GetValues("WWW-Authenticate")));
        Assert.Equal(
            Spotnet.Server.Admin.AdminEndpoints.UnauthorizedMessage,
            System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("bearer")]
    [InlineData("BEARER")]
    [InlineData("BeArEr")]
    public async Task The_bearer_scheme_is_case_insensitive(string scheme)
    {
        await using var server = await TestServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/v1/data-keys");
        request.Headers.TryAddWithoutValidation("Authorization", $"{scheme} {server.AdminToken}");
        Assert.Equal(200, (int)(await server.Http.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Failed_operator_authentications_are_audited_with_a_reason_and_never_the_token()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync();
        const string wrongToken = "presented-but-wrong-token-9f8e7d";
        await server.AdminAsync(HttpMethod.Get, "/admin/v1/data-keys", token: wrongToken);
        await server.AdminAsync(HttpMethod.Get, "/admin/v1/data-keys", token: signer.ApiKey);
        await server.AdminAsync(HttpMethod.Get, "/admin/v1/data-keys", token: server.AdminToken[..^1]);
        using (var missing = new HttpRequestMessage(HttpMethod.Post, "/admin/v1/reset"))
        {
            Assert.Equal(401, (int)(await server.Http.SendAsync(missing)).StatusCode);
        }

        var store = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Spotnet.Server.Storage.ISpotStore>(server.App.Services);
        var audit = store.ReadAudit();
        var failures = audit.Where(record => record.Action == Spotnet.Server.Admin.AdminAuthentication.FailureAction).ToList();
        Assert.Equal(
            [
                "reason=wrong-token method=GET path=/admin/v1/data-keys",
                "reason=api-key method=GET path=/admin/v1/data-keys",
                "reason=wrong-token method=GET path=/admin/v1/data-keys",
                "reason=missing method=POST path=/admin/v1/reset",
            ],
            failures.Select(record => record.Detail));
        Assert.All(failures, record => Assert.Equal("admin@127.0.0.1", record.Actor));
        Assert.All(audit, record =>
        {
            Assert.DoesNotContain(wrongToken, record.Detail, StringComparison.Ordinal);
            Assert.DoesNotContain(signer.ApiKey, record.Detail, StringComparison.Ordinal);
            Assert.DoesNotContain(server.AdminToken[..^1], record.Detail, StringComparison.Ordinal);
        });
        Assert.Null(Spotnet.Server.Storage.AuditChain.FindBreak(audit));
    }

    [Fact]
    public async Task Ten_failed_authentications_in_a_minute_lock_that_address_out_of_the_operator_api_until_the_minute_ends()
    {
        await using var server = await TestServer.StartAsync();
        using var guesser = Reset.LoopbackClient.From("127.0.0.5", server.Http.BaseAddress!);
        async Task<HttpResponseMessage> SendAsync(string token)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/v1/data-keys");
            request.Headers.Authorization = new("Bearer", token);
            return await guesser.SendAsync(request);
        }

        server.Time.Advance(TimeSpan.FromSeconds(30));
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(401, (int)(await SendAsync($"guess-{i}")).StatusCode);
        }

        // The right token from that address waits for the minute's end too; other addresses are not affected.
        var locked = await SendAsync(server.AdminToken);
        Assert.Equal(429, (int)locked.StatusCode);
        Assert.Equal(30, (int)locked.Headers.RetryAfter!.Delta!.Value.TotalSeconds);
        Assert.False(string.IsNullOrEmpty(System.Text.Json.JsonDocument.Parse(await locked.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString()));
        Assert.Equal(429, (int)(await SendAsync("guess-10")).StatusCode);
        Assert.Equal(200, (int)(await server.AdminAsync(HttpMethod.Get, "/admin/v1/data-keys")).Response.StatusCode);

        server.Time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(429, (int)(await SendAsync(server.AdminToken)).StatusCode);
        server.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(200, (int)(await SendAsync(server.AdminToken)).StatusCode);

        // One record per counted failure: refused requests are not audited, so the limit bounds the audit log.
        var store = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Spotnet.Server.Storage.ISpotStore>(server.App.Services);
        var failures = store.ReadAudit().Where(record => record.Action == Spotnet.Server.Admin.AdminAuthentication.FailureAction).ToList();
        Assert.Equal(10, failures.Count);
        Assert.All(failures, record => Assert.Equal("admin@127.0.0.5", record.Actor));
        var lockedUntil = TestServer.Start.AddMinutes(1).ToUnixTimeMilliseconds();
        Assert.EndsWith($" lockedUntil={lockedUntil}", failures[^1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_failure_limit_is_a_setting_and_zero_turns_it_off()
    {
        await using var server = await TestServer.StartAsync(extraArgs: ["--Admin:AuthFailuresPerMinute=0"]);
        for (var i = 0; i < 15; i++)
        {
            Assert.Equal(401, (int)(await server.AdminAsync(HttpMethod.Get, "/admin/v1/data-keys", token: $"guess-{i}")).Response.StatusCode);
        }

        Assert.Equal(200, (int)(await server.AdminAsync(HttpMethod.Get, "/admin/v1/data-keys")).Response.StatusCode);
    }
}
