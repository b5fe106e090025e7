using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Spotnet.Server.Storage;

namespace Spotnet.EndToEnd.Tests;

/// <summary>RT-10 over REST: key rotation, deletion and permission changes take effect on the very next request.</summary>
public sealed class KeyLifecycleTests
{
    private const string Rejected = "Invalid API-key, IP, or permissions for action.";
    private const string TestOrder = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=60000";

    [Fact]
    public async Task Rotating_from_key_A_to_key_B_under_load_rejects_A_from_the_next_request_and_leaves_B_unaffected()
    {
        await using var server = await TestServer.StartAsync(null, null, "--RateLimits:Enabled=false");
        var keyA = await server.CreateKeyAsync();
        var clientA = new TradingClient(server, keyA);
        var order = await clientA.OkAsync(clientA.PostAsync("/api/v3/order", TestOrder));
        var clientB = new TradingClient(server, await server.CreateKeyAsync(keyA.AccountId, "ED25519"));

        using var load = new Load();
        var loadA = Enumerable.Range(0, 3).Select(_ => load.Run(() => clientA.GetAsync("/api/v3/account"))).ToList();
        var loadB = Enumerable.Range(0, 3).Select(_ => load.Run(() => clientB.GetAsync("/api/v3/account"))).ToList();
        await load.UntilEachSendsAsync(3);

        var (deleted, _) = await server.AdminAsync(HttpMethod.Delete, $"/admin/v1/accounts/{keyA.AccountId}/api-keys/{keyA.KeyId}");
        var next = await clientA.GetAsync("/api/v3/account");
        await load.UntilEachSendsAsync(3);
        load.Stop();
        var statusesA = await Task.WhenAll(loadA);
        var statusesB = await Task.WhenAll(loadB);

        Assert.Equal(200, (int)deleted.StatusCode);
        next.AssertError(401, -2015, Rejected);
        (await clientA.PostAsync("/api/v3/order", TestOrder)).AssertError(401, -2015, Rejected);
        // Each client sends one request after another: once A was refused, it is never accepted again.
        Assert.All(statusesA, statuses =>
        {
            Assert.Equal(401, statuses[^1]);
            Assert.All(statuses.SkipWhile(status => status == 200), status => Assert.Equal(401, status));
        });
        Assert.All(statusesB, statuses => Assert.All(statuses, status => Assert.Equal(200, status)));
        // B works on the same account: it sees and cancels the order A placed.
        await clientB.OkAsync(clientB.DeleteAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={order.GetProperty("orderId").GetInt64()}"));
        var audit = server.App.Services.GetRequiredService<ISpotStore>().ReadAudit();
        Assert.Equal(2, audit.Count(record => record.Action == "apikey.create" && record.Detail.Contains($"accountId={keyA.AccountId} ", StringComparison.Ordinal)));
        var revoke = Assert.Single(audit, record => record.Action == "apikey.revoke");
        Assert.Equal("admin@127.0.0.1", revoke.Actor);
        Assert.Null(AuditChain.FindBreak(audit));
    }

    [Fact]
    public async Task Permission_and_ip_list_changes_apply_to_the_next_request_and_are_audited()
    {
        await using var server = await TestServer.StartAsync(null, null, "--RateLimits:Enabled=false");
        var signer = await server.CreateKeyAsync();
        var client = new TradingClient(server, signer);
        var path = $"/admin/v1/accounts/{signer.AccountId}/api-keys/{signer.KeyId}";
        await client.OkAsync(client.PostAsync("/api/v3/order/test", TestOrder));

        var (noTrade, changed) = await server.AdminAsync(HttpMethod.Patch, path, "{\"enableSpotAndMarginTrading\": false}");
        Assert.Equal(200, (int)noTrade.StatusCode);
        Assert.False(changed.GetProperty("enableSpotAndMarginTrading").GetBoolean());
        Assert.True(changed.GetProperty("enableReading").GetBoolean());
        (await client.PostAsync("/api/v3/order/test", TestOrder)).AssertError(401, -2015, Rejected);
        await client.OkAsync(client.GetAsync("/api/v3/account"));

        await server.AdminAsync(HttpMethod.Patch, path, "{\"enableSpotAndMarginTrading\": true}");
        await client.OkAsync(client.PostAsync("/api/v3/order/test", TestOrder));

        await server.AdminAsync(HttpMethod.Patch, path, "{\"ipRestrict\": [\"10.1.2.3\"]}");
        (await client.GetAsync("/api/v3/account")).AssertError(401, -2015, Rejected);
        (await client.PostAsync("/api/v3/order/test", TestOrder)).AssertError(401, -2015, Rejected);

        var (_, restricted) = await server.AdminAsync(HttpMethod.Patch, path, "{\"ipRestrict\": [\"10.1.2.3\", \"127.0.0.0/8\"]}");
        Assert.Equal(["10.1.2.3", "127.0.0.0/8"], restricted.GetProperty("ipRestrict").EnumerateArray().Select(ip => ip.GetString()));
        await client.OkAsync(client.GetAsync("/api/v3/account"));

        await server.AdminAsync(HttpMethod.Patch, path, "{\"enableReading\": false}");
        (await client.GetAsync("/api/v3/account")).AssertError(401, -2015, Rejected);
        await client.OkAsync(client.PostAsync("/api/v3/order/test", TestOrder));

        var (_, keys) = await server.AdminAsync(HttpMethod.Get, $"/admin/v1/accounts/{signer.AccountId}/api-keys");
        var listed = Assert.Single(keys.EnumerateArray());
        Assert.False(listed.GetProperty("enableReading").GetBoolean());
        Assert.True(listed.GetProperty("enableSpotAndMarginTrading").GetBoolean());
        var changes = server.App.Services.GetRequiredService<ISpotStore>().ReadAudit().Where(record => record.Action == "apikey.permissions").ToList();
        Assert.Equal(5, changes.Count);
        Assert.All(changes, record => Assert.Equal("admin@127.0.0.1", record.Actor));
        Assert.Contains($"keyId={signer.KeyId} reading=False trading=True ipRestrict=10.1.2.3,127.0.0.0/8", changes[^1].Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}", 400)]
    [InlineData("[]", 400)]
    [InlineData("{\"enableWithdrawals\": true}", 400)]
    [InlineData("{\"type\": \"RSA\"}", 400)]
    [InlineData("{\"enableReading\": \"yes\"}", 400)]
    [InlineData("{\"ipRestrict\": [\"not-an-ip\"]}", 400)]
    [InlineData("{\"ipRestrict\": [1]}", 400)]
    public async Task A_permission_change_that_is_not_understood_gets_400_and_changes_nothing(string body, int status)
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync();
        var path = $"/admin/v1/accounts/{signer.AccountId}/api-keys/{signer.KeyId}";

        var (response, error) = await server.AdminAsync(HttpMethod.Patch, path, body);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.False(string.IsNullOrEmpty(error.GetProperty("error").GetString()));
        Assert.DoesNotContain(server.App.Services.GetRequiredService<ISpotStore>().ReadAudit(), record => record.Action == "apikey.permissions");
    }

    [Fact]
    public async Task Changing_a_revoked_another_accounts_or_unknown_key_gets_404()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync();
        var other = await server.CreateKeyAsync();
        await server.AdminAsync(HttpMethod.Delete, $"/admin/v1/accounts/{signer.AccountId}/api-keys/{signer.KeyId}");

        var revoked = await server.AdminAsync(HttpMethod.Patch, $"/admin/v1/accounts/{signer.AccountId}/api-keys/{signer.KeyId}", "{\"enableReading\": true}");
        var foreign = await server.AdminAsync(HttpMethod.Patch, $"/admin/v1/accounts/{signer.AccountId}/api-keys/{other.KeyId}", "{\"enableReading\": false}");
        var unknown = await server.AdminAsync(HttpMethod.Patch, $"/admin/v1/accounts/{signer.AccountId}/api-keys/999999", "{\"enableReading\": true}");

        Assert.Equal(404, (int)revoked.Response.StatusCode);
        Assert.Equal(404, (int)foreign.Response.StatusCode);
        Assert.Equal(404, (int)unknown.Response.StatusCode);
        await new TradingClient(server, other).OkAsync(new TradingClient(server, other).GetAsync("/api/v3/account"));
    }

    [Fact]
    public async Task Permission_changes_survive_a_restart()
    {
        string dataDirectory;
        Signer signer;
        await using (var first = await TestServer.StartAsync())
        {
            first.KeepDataDirectory = true;
            dataDirectory = first.DataDirectory;
            signer = await first.CreateKeyAsync();
            await first.AdminAsync(HttpMethod.Patch, $"/admin/v1/accounts/{signer.AccountId}/api-keys/{signer.KeyId}", "{\"enableSpotAndMarginTrading\": false, \"ipRestrict\": [\"127.0.0.1\"]}");
        }

        await using var second = await TestServer.StartAsync(null, dataDirectory);
        var client = new TradingClient(second, signer);
        (await client.PostAsync("/api/v3/order/test", TestOrder)).AssertError(401, -2015, Rejected);
        await client.OkAsync(client.GetAsync("/api/v3/account"));
    }

    /// <summary>Clients that each send one request after another until stopped, recording every status.</summary>
    private sealed class Load : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly ConcurrentBag<List<int>> _all = [];

        public Task<int[]> Run(Func<Task<Reply>> call)
        {
            var statuses = new List<int>();
            _all.Add(statuses);
            return Task.Run(async () =>
            {
                while (!_stop.IsCancellationRequested)
                {
                    var status = (await call()).Status;
                    lock (statuses)
                    {
                        statuses.Add(status);
                    }
                }

                lock (statuses)
                {
                    return statuses.ToArray();
                }
            });
        }

        /// <summary>Waits until every client has sent <paramref name="count"/> more requests.</summary>
        public async Task UntilEachSendsAsync(int count)
        {
            var targets = _all.Select(statuses => (statuses, Count(statuses) + count)).ToList();
            while (targets.Any(target => Count(target.statuses) < target.Item2))
            {
                await Task.Delay(10);
            }
        }

        public void Stop() => _stop.Cancel();

        public void Dispose()
        {
            _stop.Cancel();
            _stop.Dispose();
        }

        private static int Count(List<int> statuses)
        {
            lock (statuses)
            {
                return statuses.Count;
            }
        }
    }
}
