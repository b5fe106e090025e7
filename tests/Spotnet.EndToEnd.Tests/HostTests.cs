using System.Text.Json;
using Spotnet.Protocol.Endpoints;
using Spotnet.Server.Api;

namespace Spotnet.EndToEnd.Tests;

public sealed class HostTests
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task First_start_writes_demo_credentials_admin_token_and_data_key_readable_by_the_owner_only()
    {
        await using var server = await TestServer.StartAsync();
        foreach (var name in new[] { "demo-credentials.json", "admin-token", "data.key" })
        {
            var path = Path.Combine(server.DataDirectory, name);
            Assert.True(File.Exists(path), name);
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(path));
        }

        Assert.True(File.Exists(Path.Combine(server.DataDirectory, "spotnet.db")));
    }

    [Fact]
    public async Task Demo_credentials_sign_requests()
    {
        await using var server = await TestServer.StartAsync();
        using var credentials = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(server.DataDirectory, "demo-credentials.json")));
        var signer = Signer.Generate("HMAC");
        signer.Attach(credentials.RootElement.GetProperty("accountId").GetInt64(), 0,
            credentials.RootElement.GetProperty("apiKey").GetString()!, credentials.RootElement.GetProperty("secretKey").GetString());

        var reply = await server.SendAsync(HttpMethod.Get, "/api/v3/rateLimit/order", $"timestamp={server.NowMilliseconds}", signer: signer);
        Assert.Equal(200, reply.Status);
        var (_, account) = await server.AdminAsync(HttpMethod.Get, $"/admin/v1/accounts/{signer.AccountId}");
        Assert.Equal("demo", account.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Keys_survive_a_restart_and_the_demo_account_is_created_once()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "spotnet-e2e-" + Guid.NewGuid().ToString("N"));
        Signer signer;
        string demo;
        await using (var first = await TestServer.StartAsync(null, dataDirectory))
        {
            first.KeepDataDirectory = true;
            signer = await first.CreateKeyAsync("ED25519");
            demo = await File.ReadAllTextAsync(Path.Combine(dataDirectory, "demo-credentials.json"));
        }

        await using var second = await TestServer.StartAsync(null, dataDirectory);
        var reply = await second.SendAsync(HttpMethod.Get, "/api/v3/rateLimit/order", $"timestamp={second.NowMilliseconds}", signer: signer);
        Assert.Equal(200, reply.Status);
        Assert.Equal(demo, await File.ReadAllTextAsync(Path.Combine(dataDirectory, "demo-credentials.json")));
        var (_, accounts) = await second.AdminAsync(HttpMethod.Post, "/admin/v1/accounts", "{}");
        Assert.Equal(3, accounts.GetProperty("accountId").GetInt64());
    }

    [Theory]
    [InlineData("http://0.0.0.0:5000")]
    [InlineData("http://192.0.2.7:5000")]
    [InlineData("http://*:5000")]
    public void Plain_http_on_a_non_loopback_address_is_refused_unless_allowed(string url)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Spotnet.Server.SpotnetHost.CheckBindings(url, new()));
        Assert.Contains("AllowInsecureNonLoopback", error.Message, StringComparison.Ordinal);
        Spotnet.Server.SpotnetHost.CheckBindings(url, new() { AllowInsecureNonLoopback = true });
    }

    [Theory]
    [InlineData("http://127.0.0.1:0")]
    [InlineData("http://localhost:5757")]
    [InlineData("http://[::1]:5757")]
    public void Plain_http_on_loopback_is_allowed(string url) =>
        Spotnet.Server.SpotnetHost.CheckBindings(url, new());

    [Fact]
    public void Https_without_a_certificate_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Spotnet.Server.SpotnetHost.CheckBindings("https://0.0.0.0:443", new()));
        Assert.Contains("CertificatePath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_served_route_is_a_row_of_the_protocol_endpoint_table()
    {
        await using var server = await TestServer.StartAsync();
        var routes = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<ApiRouteTable>(server.App.Services).Routes.ToList();

        Assert.NotEmpty(routes);
        foreach (var route in routes)
        {
            Assert.Same(EndpointTable.FindRest(route.Endpoint.HttpMethod, route.Endpoint.Path), route.Endpoint);
        }

        var served = routes.Select(route => route.Endpoint.Id).ToHashSet();
        Assert.Superset(new HashSet<EndpointId> { EndpointId.Ping, EndpointId.Time, EndpointId.ExchangeInfo, EndpointId.UnfilledOrderCount }, served);
    }

    [Fact]
    public async Task Every_served_route_answers_over_http_and_unserved_table_rows_answer_404()
    {
        await using var server = await TestServer.StartAsync();
        var routes = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<ApiRouteTable>(server.App.Services);
        foreach (var endpoint in EndpointTable.Rest)
        {
            var reply = await server.SendAsync(new HttpMethod(endpoint.HttpMethod), endpoint.Path);
            if (routes.Find(endpoint.HttpMethod, endpoint.Path) is null)
            {
                Assert.Equal(404, reply.Status);
            }
            else
            {
                Assert.NotEqual(404, reply.Status);
                Assert.NotNull(reply.Header("X-MBX-USED-WEIGHT-1M"));
            }
        }
    }

    [Fact]
    public async Task Ping_answers_an_empty_object()
    {
        await using var server = await TestServer.StartAsync();
        var reply = await server.SendAsync(HttpMethod.Get, "/api/v3/ping");
        Assert.Equal(200, reply.Status);
        Assert.Equal("{}", reply.Text);
        Assert.StartsWith("application/json", reply.Header("Content-Type"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Time_answers_the_server_clock_in_milliseconds()
    {
        await using var server = await TestServer.StartAsync();
        var reply = await server.SendAsync(HttpMethod.Get, "/api/v3/time");
        Assert.Equal($"{{\"serverTime\":{server.NowMilliseconds}}}", reply.Text);
    }

    [Fact]
    public async Task Public_endpoint_rejects_unknown_parameters()
    {
        await using var server = await TestServer.StartAsync();
        var reply = await server.SendAsync(HttpMethod.Get, "/api/v3/ping", "foo=1");
        reply.AssertError(400, -1101, "Too many parameters; expected '0' and received '1'.");
    }

    [Fact]
    public async Task Handler_failure_answers_minus_1000_without_details()
    {
        var endpoint = Probe.Endpoint with { Path = "/api/v3/probe/throw", Security = SecurityType.None, Parameters = [] };
        await using var server = await TestServer.StartAsync(routes =>
            routes.Map(endpoint, _ => throw new InvalidOperationException("internal detail at /secret/path")));

        var reply = await server.SendAsync(HttpMethod.Post, "/api/v3/probe/throw");

        reply.AssertError(500, -1000, "An unknown error occurred while processing the request.");
        Assert.DoesNotContain("internal detail", reply.Text, StringComparison.Ordinal);
        Assert.NotNull(reply.Header("X-MBX-USED-WEIGHT-1M"));
    }
}
