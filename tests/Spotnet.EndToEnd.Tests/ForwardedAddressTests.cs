namespace Spotnet.EndToEnd.Tests;

/// <summary>S-4: the client address is the socket peer; forwarding headers count only from configured trusted proxies.</summary>
public sealed class ForwardedAddressTests
{
    private const string Path = "/api/v3/rateLimit/order";
    private const string PrivateNetworkOnly = ", \"ipRestrict\": [\"10.0.0.0/8\"]";

    [Fact]
    public async Task Key_restricted_to_a_network_the_client_is_not_in_returns_minus_2015()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync("HMAC", PrivateNetworkOnly);

        var reply = await SendAsync(server, signer);

        reply.AssertError(401, -2015, "Invalid API-key, IP, or permissions for action.");
    }

    [Theory]
    [InlineData("X-Forwarded-For", "10.1.2.3")]
    [InlineData("Forwarded", "for=10.1.2.3")]
    public async Task Forwarding_headers_from_a_peer_that_is_not_a_trusted_proxy_are_ignored(string header, string value)
    {
        await using var server = await TestServer.StartAsync(extraArgs: "--Network:TrustedProxies:0=192.0.2.1");
        var signer = await server.CreateKeyAsync("HMAC", PrivateNetworkOnly);

        var reply = await SendAsync(server, signer, (header, value));

        reply.AssertError(401, -2015, "Invalid API-key, IP, or permissions for action.");
    }

    [Theory]
    [InlineData("X-Forwarded-For", "10.1.2.3")]
    [InlineData("X-Forwarded-For", "10.1.2.3, 127.0.0.1")]
    [InlineData("Forwarded", "for=10.1.2.3;proto=http")]
    [InlineData("Forwarded", "for=\"10.1.2.3:4711\"")]
    public async Task Forwarding_headers_from_a_trusted_proxy_name_the_client(string header, string value)
    {
        await using var server = await TestServer.StartAsync(extraArgs: "--Network:TrustedProxies:0=127.0.0.0/8");
        var signer = await server.CreateKeyAsync("HMAC", PrivateNetworkOnly);

        var reply = await SendAsync(server, signer, (header, value));

        Assert.True(reply.Status == 200, reply.Text);
    }

    [Fact]
    public async Task Address_a_client_prepends_before_the_trusted_proxy_entry_is_not_believed()
    {
        await using var server = await TestServer.StartAsync(extraArgs: "--Network:TrustedProxies:0=127.0.0.1");
        var signer = await server.CreateKeyAsync("HMAC", PrivateNetworkOnly);

        // The client sent "10.1.2.3"; the proxy appended the address it saw (192.0.2.7), which is the client.
        var reply = await SendAsync(server, signer, ("X-Forwarded-For", "10.1.2.3, 192.0.2.7"));

        reply.AssertError(401, -2015, "Invalid API-key, IP, or permissions for action.");
    }

    [Fact]
    public async Task Weight_behind_a_trusted_proxy_is_counted_per_forwarded_client()
    {
        await using var server = await TestServer.StartAsync(extraArgs: "--Network:TrustedProxies:0=127.0.0.1");

        await server.SendAsync(HttpMethod.Get, "/api/v3/ping", configure: request => request.Headers.Add("X-Forwarded-For", "192.0.2.7"));
        var second = await server.SendAsync(HttpMethod.Get, "/api/v3/ping", configure: request => request.Headers.Add("X-Forwarded-For", "192.0.2.7"));
        var other = await server.SendAsync(HttpMethod.Get, "/api/v3/ping", configure: request => request.Headers.Add("X-Forwarded-For", "192.0.2.8"));

        Assert.Equal("2", second.Header("X-MBX-USED-WEIGHT-1M"));
        Assert.Equal("1", other.Header("X-MBX-USED-WEIGHT-1M"));
    }

    [Fact]
    public async Task Operator_api_behind_a_trusted_proxy_on_loopback_refuses_forwarded_remote_clients()
    {
        await using var server = await TestServer.StartAsync(extraArgs: "--Network:TrustedProxies:0=127.0.0.1");

        var (remote, _) = await server.AdminAsync(HttpMethod.Get, "/admin/v1/data-keys", configure: request => request.Headers.Add("X-Forwarded-For", "192.0.2.7"));
        var (local, _) = await server.AdminAsync(HttpMethod.Get, "/admin/v1/data-keys");

        Assert.Equal(403, (int)remote.StatusCode);
        Assert.Equal(200, (int)local.StatusCode);
    }

    [Fact]
    public async Task Operator_audit_records_name_the_forwarded_client_for_changes_and_failures_alike()
    {
        await using var server = await TestServer.StartAsync(extraArgs: "--Network:TrustedProxies:0=127.0.0.1");
        static void Forwarded(HttpRequestMessage request) => request.Headers.Add("X-Forwarded-For", "127.0.0.9");

        var (created, _) = await server.AdminAsync(HttpMethod.Post, "/admin/v1/accounts", "{}", configure: Forwarded);
        var (reset, _) = await server.AdminAsync(HttpMethod.Post, "/admin/v1/reset", configure: Forwarded);
        var (refused, _) = await server.AdminAsync(HttpMethod.Get, "/admin/v1/data-keys", token: "wrong", configure: Forwarded);

        Assert.Equal(200, (int)created.StatusCode);
        Assert.Equal(200, (int)reset.StatusCode);
        Assert.Equal(401, (int)refused.StatusCode);
        var audit = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Spotnet.Server.Storage.ISpotStore>(server.App.Services).ReadAudit();
        foreach (var action in new[] { "account.create", "reset", Spotnet.Server.Admin.AdminAuthentication.FailureAction })
        {
            Assert.Equal("admin@127.0.0.9", audit.Last(record => record.Action == action).Actor);
        }
    }

    [Fact]
    public async Task Invalid_trusted_proxy_entry_stops_start_up()
    {
        var error = await Assert.ThrowsAsync<Spotnet.Server.StartupRefusedException>(() => TestServer.StartAsync(extraArgs: "--Network:TrustedProxies:0=proxy.example"));

        Assert.Contains("TrustedProxies", error.Message, StringComparison.Ordinal);
    }

    private static Task<Reply> SendAsync(TestServer server, Signer signer, (string Name, string Value)? header = null) =>
        server.SendAsync(HttpMethod.Get, Path, $"timestamp={server.NowMilliseconds}", signer: signer,
            configure: request =>
            {
                if (header is { } h)
                {
                    request.Headers.TryAddWithoutValidation(h.Name, h.Value);
                }
            });
}
