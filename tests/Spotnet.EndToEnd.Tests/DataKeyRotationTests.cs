using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Spotnet.Server.Storage;

namespace Spotnet.EndToEnd.Tests;

/// <summary>S-11: data key rotation, rewrap and retirement through the operator API, with HMAC signing working throughout.</summary>
public sealed class DataKeyRotationTests
{
    [Fact]
    public async Task Rotation_rewrap_and_retirement_keep_every_hmac_key_signing_across_restarts()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "spotnet-e2e-" + Guid.NewGuid().ToString("N"));
        Signer before, after;
        await using (var first = await TestServer.StartAsync(null, dataDirectory))
        {
            first.KeepDataDirectory = true;
            before = await first.CreateKeyAsync();
            var (_, rotated) = await first.AdminAsync(HttpMethod.Post, "/admin/v1/data-keys/rotate");
            after = await first.CreateKeyAsync();

            Assert.Equal(2, rotated.GetProperty("activeVersion").GetInt32());
            await AssertSignsAsync(first, before, after);
            // The demo key and the first key are under version 1, the second key under version 2.
            Assert.Equal([(1, 2), (2, 1)], Versions(await StatusAsync(first)));
        }

        await using (var second = await TestServer.StartAsync(null, dataDirectory))
        {
            second.KeepDataDirectory = true;
            await AssertSignsAsync(second, before, after);
            var (refused, refusal) = await second.AdminAsync(HttpMethod.Delete, "/admin/v1/data-keys/1");
            var (_, rewrap) = await second.AdminAsync(HttpMethod.Post, "/admin/v1/data-keys/rewrap");
            await AssertSignsAsync(second, before, after);
            var (retired, status) = await second.AdminAsync(HttpMethod.Delete, "/admin/v1/data-keys/1");

            Assert.Equal(409, (int)refused.StatusCode);
            Assert.Contains("rewrap first", refusal.GetProperty("error").GetString(), StringComparison.Ordinal);
            Assert.Equal(2, rewrap.GetProperty("rewrapped").GetInt32());
            Assert.Equal(0, rewrap.GetProperty("failed").GetInt32());
            Assert.Equal(200, (int)retired.StatusCode);
            Assert.Equal([(2, 3)], Versions(status));
            Assert.False(File.Exists(Path.Combine(dataDirectory, "data.key")));
            await AssertSignsAsync(second, before, after);
            var actions = second.App.Services.GetRequiredService<ISpotStore>().ReadAudit().Select(record => record.Action).ToList();
            Assert.Contains("datakey.rotate", actions);
            Assert.Contains("datakey.rewrap", actions);
            Assert.Contains("datakey.retire", actions);
        }

        // Cold start: nothing is cached, every secret is decrypted with version 2.
        await using var third = await TestServer.StartAsync(null, dataDirectory);
        await AssertSignsAsync(third, before, after);
        Assert.Equal([(2, 3)], Versions(await StatusAsync(third)));
    }

    [Fact]
    public async Task Keys_used_for_the_first_time_while_secrets_are_rewrapped_and_the_old_version_retired_keep_signing()
    {
        await using var server = await TestServer.StartAsync();
        var (_, account) = await server.AdminAsync(HttpMethod.Post, "/admin/v1/accounts", "{}");
        var accountId = account.GetProperty("accountId").GetInt64();
        var signers = new List<Signer>();
        for (var i = 0; i < 20; i++)
        {
            signers.Add(await server.CreateKeyAsync(accountId, "HMAC"));
        }

        // Restart-like state: nothing cached, so each key's first request decrypts its secret from the store.
        await server.AdminAsync(HttpMethod.Post, "/admin/v1/data-keys/rotate");
        var requests = signers.Select(signer => server.SendAsync(HttpMethod.Get, "/api/v3/rateLimit/order", $"timestamp={server.NowMilliseconds}", signer: signer)).ToList();
        var (_, rewrap) = await server.AdminAsync(HttpMethod.Post, "/admin/v1/data-keys/rewrap");
        var (retired, _) = await server.AdminAsync(HttpMethod.Delete, "/admin/v1/data-keys/1");
        var replies = await Task.WhenAll(requests);

        Assert.Equal(0, rewrap.GetProperty("failed").GetInt32());
        Assert.Equal(200, (int)retired.StatusCode);
        Assert.All(replies, reply => Assert.True(reply.Status == 200, reply.Text));
    }

    [Fact]
    public async Task The_active_version_and_unknown_versions_cannot_be_retired()
    {
        await using var server = await TestServer.StartAsync();

        var (active, activeError) = await server.AdminAsync(HttpMethod.Delete, "/admin/v1/data-keys/1");
        var (unknown, _) = await server.AdminAsync(HttpMethod.Delete, "/admin/v1/data-keys/7");

        Assert.Equal(409, (int)active.StatusCode);
        Assert.Contains("active", activeError.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(404, (int)unknown.StatusCode);
        Assert.True(File.Exists(Path.Combine(server.DataDirectory, "data.key")));
    }

    [Fact]
    public async Task Data_key_operations_need_the_admin_token()
    {
        await using var server = await TestServer.StartAsync();

        var (response, _) = await server.AdminAsync(HttpMethod.Post, "/admin/v1/data-keys/rotate", token: "wrong");

        Assert.Equal(401, (int)response.StatusCode);
        Assert.Equal(1, (await StatusAsync(server)).GetProperty("activeVersion").GetInt32());
    }

    private static async Task AssertSignsAsync(TestServer server, params Signer[] signers)
    {
        foreach (var signer in signers)
        {
            var reply = await server.SendAsync(HttpMethod.Get, "/api/v3/account", $"timestamp={server.NowMilliseconds}", signer: signer);
            Assert.True(reply.Status == 200, reply.Text);
        }
    }

    private static async Task<JsonElement> StatusAsync(TestServer server) =>
        (await server.AdminAsync(HttpMethod.Get, "/admin/v1/data-keys")).Body;

    private static List<(int Version, int Secrets)> Versions(JsonElement status) =>
        [.. status.GetProperty("versions").EnumerateArray().Select(version => (version.GetProperty("version").GetInt32(), version.GetProperty("secrets").GetInt32()))];
}
