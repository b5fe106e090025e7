using Microsoft.Extensions.DependencyInjection;
using Spotnet.Server.Storage;

namespace Spotnet.EndToEnd.Tests;

/// <summary>S-5: TRADE expires on keys without an IP list when the policy is on; S-9: usage metadata per key.</summary>
public sealed class KeyPolicyTests
{
    private const string TestOrder = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=60000";
    private const string Rejected = "Invalid API-key, IP, or permissions for action.";

    [Fact]
    public async Task Key_without_ip_list_loses_trading_after_the_configured_days_but_keeps_reading()
    {
        await using var server = await TestServer.StartAsync(extraArgs: "--ApiKeys:UnrestrictedTradingDays=30");
        var client = await TradingClient.CreateAsync(server);

        server.Time.Advance(TimeSpan.FromDays(30) - TimeSpan.FromSeconds(1));
        var lastSecond = await client.PostAsync("/api/v3/order/test", TestOrder);
        server.Time.Advance(TimeSpan.FromSeconds(1));
        var expired = await client.PostAsync("/api/v3/order/test", TestOrder);
        var again = await client.PostAsync("/api/v3/order/test", TestOrder);
        var reading = await client.GetAsync("/api/v3/account");

        Assert.True(lastSecond.Status == 200, lastSecond.Text);
        expired.AssertError(401, -2015, Rejected);
        again.AssertError(401, -2015, Rejected);
        Assert.True(reading.Status == 200, reading.Text);
        var audit = server.App.Services.GetRequiredService<ISpotStore>().ReadAudit();
        var expiry = Assert.Single(audit, record => record.Action == "permission.expired");
        Assert.Contains($"keyId={client.Signer.KeyId}", expiry.Detail, StringComparison.Ordinal);
        Assert.Null(AuditChain.FindBreak(audit));
    }

    [Fact]
    public async Task Expired_trading_shows_in_the_key_listing_even_before_the_key_is_used_again()
    {
        await using var server = await TestServer.StartAsync(extraArgs: "--ApiKeys:UnrestrictedTradingDays=30");
        var signer = await server.CreateKeyAsync();

        server.Time.Advance(TimeSpan.FromDays(31));
        var (_, keys) = await server.AdminAsync(HttpMethod.Get, $"/admin/v1/accounts/{signer.AccountId}/api-keys");

        Assert.False(keys[0].GetProperty("enableSpotAndMarginTrading").GetBoolean());
        Assert.True(keys[0].GetProperty("enableReading").GetBoolean());
        var order = await new TradingClient(server, signer).PostAsync("/api/v3/order/test", TestOrder);
        order.AssertError(401, -2015, Rejected);
    }

    [Fact]
    public async Task Key_with_an_ip_list_keeps_trading_past_the_expiry()
    {
        await using var server = await TestServer.StartAsync(extraArgs: "--ApiKeys:UnrestrictedTradingDays=30");
        var signer = await server.CreateKeyAsync("HMAC", ", \"ipRestrict\": [\"127.0.0.1\", \"::1\"]");

        server.Time.Advance(TimeSpan.FromDays(400));
        var order = await new TradingClient(server, signer).PostAsync("/api/v3/order/test", TestOrder);

        Assert.True(order.Status == 200, order.Text);
    }

    [Fact]
    public async Task Switching_trading_back_on_restarts_the_expiry_countdown_and_survives_a_restart()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "spotnet-e2e-" + Guid.NewGuid().ToString("N"));
        Signer signer;
        await using (var first = await TestServer.StartAsync(null, dataDirectory, "--ApiKeys:UnrestrictedTradingDays=30"))
        {
            first.KeepDataDirectory = true;
            signer = await first.CreateKeyAsync();
            first.Time.Advance(TimeSpan.FromDays(31));
            var expired = await new TradingClient(first, signer).PostAsync("/api/v3/order/test", TestOrder);
            var (_, switchedOn) = await first.AdminAsync(HttpMethod.Patch, KeyPath(signer), "{\"enableSpotAndMarginTrading\": true}");
            first.Time.Advance(TimeSpan.FromDays(29));
            var day29 = await new TradingClient(first, signer).PostAsync("/api/v3/order/test", TestOrder);

            expired.AssertError(401, -2015, Rejected);
            Assert.True(switchedOn.GetProperty("enableSpotAndMarginTrading").GetBoolean());
            Assert.True(day29.Status == 200, day29.Text);
        }

        // The countdown's start is stored: after a restart (the clock starts over at the same start) it still counts
        // from the switch on day 31, not from the creation.
        await using var second = await TestServer.StartAsync(null, dataDirectory, "--ApiKeys:UnrestrictedTradingDays=30");
        var (lastSecond, day30) = await OrderBeforeAndAtAsync(second, signer, TimeSpan.FromDays(61));

        Assert.True(lastSecond.Status == 200, lastSecond.Text);
        day30.AssertError(401, -2015, Rejected);
        Assert.Equal(2, second.App.Services.GetRequiredService<ISpotStore>().ReadAudit().Count(record => record.Action == "permission.expired"));
    }

    [Fact]
    public async Task Emptying_the_ip_list_of_a_trading_key_starts_the_countdown_then()
    {
        await using var server = await TestServer.StartAsync(extraArgs: "--ApiKeys:UnrestrictedTradingDays=30");
        var signer = await server.CreateKeyAsync("HMAC", ", \"ipRestrict\": [\"127.0.0.1\", \"::1\"]");
        server.Time.Advance(TimeSpan.FromDays(100));

        await server.AdminAsync(HttpMethod.Patch, KeyPath(signer), "{\"ipRestrict\": []}");
        var (lastSecond, expired) = await OrderBeforeAndAtAsync(server, signer, TimeSpan.FromDays(30));

        Assert.True(lastSecond.Status == 200, lastSecond.Text);
        expired.AssertError(401, -2015, Rejected);
    }

    [Fact]
    public async Task Trading_never_expires_by_default()
    {
        await using var server = await TestServer.StartAsync();
        var client = await TradingClient.CreateAsync(server);

        server.Time.Advance(TimeSpan.FromDays(400));
        var order = await client.PostAsync("/api/v3/order/test", TestOrder);

        Assert.True(order.Status == 200, order.Text);
        Assert.DoesNotContain(server.App.Services.GetRequiredService<ISpotStore>().ReadAudit(), record => record.Action == "permission.expired");
    }

    [Fact]
    public async Task Usage_counts_requests_by_security_type_failures_and_the_last_use()
    {
        await using var server = await TestServer.StartAsync();
        var client = await TradingClient.CreateAsync(server);
        var (_, fresh) = await server.AdminAsync(HttpMethod.Get, UsagePath(client.Signer));

        await client.OkAsync(client.GetAsync("/api/v3/account"));
        await client.OkAsync(client.GetAsync("/api/v3/rateLimit/order"));
        await client.OkAsync(client.PostAsync("/api/v3/order/test", TestOrder));
        var query = $"timestamp={server.NowMilliseconds}";
        await server.SendAsync(HttpMethod.Get, "/api/v3/account", $"{query}&signature={new string('0', 64)}",
            configure: request => request.Headers.Add("X-MBX-APIKEY", client.Signer.ApiKey));
        await server.SendAsync(HttpMethod.Get, "/api/v3/account", $"timestamp={server.NowMilliseconds - 10_000}", signer: client.Signer);
        server.Time.Advance(TimeSpan.FromSeconds(5));
        var (response, usage) = await server.AdminAsync(HttpMethod.Get, UsagePath(client.Signer));

        Assert.False(fresh.TryGetProperty("lastUsedTime", out _));
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(client.Signer.KeyId, usage.GetProperty("keyId").GetInt64());
        Assert.Equal(TestServer.Start.ToUnixTimeMilliseconds(), usage.GetProperty("createdTime").GetInt64());
        Assert.StartsWith("admin@", usage.GetProperty("createdBy").GetString(), StringComparison.Ordinal);
        Assert.Equal(TestServer.Start.ToUnixTimeMilliseconds(), usage.GetProperty("lastUsedTime").GetInt64());
        Assert.Equal("127.0.0.1", usage.GetProperty("lastUsedIp").GetString());
        Assert.Equal(2, usage.GetProperty("requests").GetProperty("USER_DATA").GetInt64());
        Assert.Equal(1, usage.GetProperty("requests").GetProperty("TRADE").GetInt64());
        Assert.Equal(0, usage.GetProperty("requests").GetProperty("USER_STREAM").GetInt64());
        Assert.Equal(2, usage.GetProperty("authFailures").GetInt64());
    }

    [Fact]
    public async Task Usage_counters_are_flushed_to_the_store_and_survive_a_restart()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "spotnet-e2e-" + Guid.NewGuid().ToString("N"));
        Signer signer;
        await using (var first = await TestServer.StartAsync(null, dataDirectory))
        {
            first.KeepDataDirectory = true;
            var client = await TradingClient.CreateAsync(first);
            signer = client.Signer;
            await client.OkAsync(client.GetAsync("/api/v3/account"));
            await client.OkAsync(client.PostAsync("/api/v3/order/test", TestOrder));
        }

        await using var second = await TestServer.StartAsync(null, dataDirectory);
        var stored = second.App.Services.GetRequiredService<ISpotStore>().GetKeyUsage(signer.KeyId);
        var (_, usage) = await second.AdminAsync(HttpMethod.Get, UsagePath(signer));

        Assert.NotNull(stored);
        Assert.Equal(1, stored.UserDataRequests);
        Assert.Equal(1, stored.TradeRequests);
        Assert.Equal(1, usage.GetProperty("requests").GetProperty("USER_DATA").GetInt64());
        Assert.Equal("127.0.0.1", usage.GetProperty("lastUsedIp").GetString());
    }

    [Fact]
    public async Task Usage_of_a_key_asked_through_another_account_is_not_found()
    {
        await using var server = await TestServer.StartAsync();
        var owner = await server.CreateKeyAsync();
        var other = await server.CreateKeyAsync();

        var (response, _) = await server.AdminAsync(HttpMethod.Get, $"/admin/v1/accounts/{other.AccountId}/api-keys/{owner.KeyId}/usage");

        Assert.Equal(404, (int)response.StatusCode);
    }

    // A test order one second before the clock has moved on by `span`, and one at that moment.
    private static async Task<(Reply Before, Reply At)> OrderBeforeAndAtAsync(TestServer server, Signer signer, TimeSpan span)
    {
        var client = new TradingClient(server, signer);
        server.Time.Advance(span - TimeSpan.FromSeconds(1));
        var before = await client.PostAsync("/api/v3/order/test", TestOrder);
        server.Time.Advance(TimeSpan.FromSeconds(1));
        return (before, await client.PostAsync("/api/v3/order/test", TestOrder));
    }

    private static string KeyPath(Signer signer) => $"/admin/v1/accounts/{signer.AccountId}/api-keys/{signer.KeyId}";

    private static string UsagePath(Signer signer) => $"/admin/v1/accounts/{signer.AccountId}/api-keys/{signer.KeyId}/usage";
}
