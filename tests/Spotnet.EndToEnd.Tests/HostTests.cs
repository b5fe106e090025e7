using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
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
    public async Task Https_with_a_configured_certificate_serves_over_tls_with_that_certificate()
    {
        var folder = Path.Combine(Path.GetTempPath(), "spotnet-e2e-tls-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            using var certificate = SelfSignedLoopbackCertificate();
            var pfx = Path.Combine(folder, "tls.pfx");
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "pw"));
            var app = Spotnet.Server.SpotnetHost.Build(
            [
                "--urls", "https://127.0.0.1:0", "--data-dir", Path.Combine(folder, "data"), "--MarketSimulation:Enabled=false",
                $"--Network:CertificatePath={pfx}", "--Network:CertificatePassword=pw",
            ]);
            await using (app)
            {
                await app.StartAsync();
                try
                {
                    var address = new Uri(Assert.Single(app.Urls));
                    Assert.Equal("https", address.Scheme);
                    Assert.Equal("127.0.0.1", address.Host);

                    // Trusts exactly the generated certificate, nothing else.
                    var thumbprint = certificate.GetCertHashString(HashAlgorithmName.SHA256);
                    using var handler = new SocketsHttpHandler();
                    handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, _) =>
                        presented is not null && string.Equals(presented.GetCertHashString(HashAlgorithmName.SHA256), thumbprint, StringComparison.OrdinalIgnoreCase);
                    using var client = new HttpClient(handler) { BaseAddress = address };
                    using var ping = await client.GetAsync(new Uri("/api/v3/ping", UriKind.Relative));
                    Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
                    Assert.Equal("{}", await ping.Content.ReadAsStringAsync());

                    // The connection really is TLS: a client with the default trust refuses the self-signed certificate.
                    using var untrusting = new HttpClient { BaseAddress = address };
                    var refused = await Assert.ThrowsAsync<HttpRequestException>(() => untrusting.GetAsync(new Uri("/api/v3/ping", UriKind.Relative)));
                    Assert.IsType<System.Security.Authentication.AuthenticationException>(refused.InnerException);
                }
                finally
                {
                    await app.StopAsync();
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("malformed settings file")]
    [InlineData("negative IntervalDays")]
    [InlineData("IntervalDays not a number")]
    [InlineData("plain http on a non-loopback address")]
    [InlineData("https without a certificate")]
    [InlineData("certificate with a wrong password")]
    [InlineData("missing --settings file")]
    public async Task A_refused_start_prints_one_line_exits_with_2_and_writes_nothing(string refusal)
    {
        var folder = Path.Combine(Path.GetTempPath(), "spotnet-e2e-refusal-" + Guid.NewGuid().ToString("N"));
        var dataDirectory = Path.Combine(folder, "data");
        var settingsFile = Path.Combine(folder, "settings.json");
        Directory.CreateDirectory(folder);
        try
        {
            string[] args;
            string reason;
            switch (refusal)
            {
                case "malformed settings file":
                    await File.WriteAllTextAsync(settingsFile, """{"Reset": """);
                    args = ["--settings", settingsFile];
                    reason = $"Failed to load configuration from file '{settingsFile}'";
                    break;
                case "negative IntervalDays":
                    // The default settings file, in the data folder: the refusal comes before any store or journal is opened.
                    Directory.CreateDirectory(dataDirectory);
                    await File.WriteAllTextAsync(Path.Combine(dataDirectory, "spotnet.json"), """{"Reset": {"IntervalDays": -1}}""");
                    args = [];
                    reason = "Reset:IntervalDays must be 0 (monthly) or a number of days, not -1";
                    break;
                case "IntervalDays not a number":
                    await File.WriteAllTextAsync(settingsFile, """{"Reset": {"IntervalDays": "abc"}}""");
                    args = ["--settings", settingsFile];
                    reason = "Failed to convert configuration value 'abc' at 'Reset:IntervalDays'";
                    break;
                case "plain http on a non-loopback address":
                    // TEST-NET-1 (RFC 5737): refused before Kestrel binds, so nothing is ever sent there.
                    args = ["--urls", "http://192.0.2.1:18488"];
                    reason = "Refusing plain HTTP on non-loopback address http://192.0.2.1:18488";
                    break;
                case "https without a certificate":
                    args = ["--urls", "https://127.0.0.1:0"];
                    reason = "https://127.0.0.1:0 needs a certificate";
                    break;
                case "certificate with a wrong password":
                    using (var certificate = SelfSignedLoopbackCertificate())
                    {
                        await File.WriteAllBytesAsync(Path.Combine(folder, "tls.pfx"), certificate.Export(X509ContentType.Pfx, "pw"));
                    }

                    args = ["--urls", "https://127.0.0.1:0", $"--Network:CertificatePath={Path.Combine(folder, "tls.pfx")}", "--Network:CertificatePassword=wrong"];
                    reason = $"Network:CertificatePath {Path.Combine(folder, "tls.pfx")} cannot be read";
                    break;
                default:
                    args = ["--settings", Path.Combine(folder, "no-such-file.json")];
                    reason = $"the settings file {Path.Combine(folder, "no-such-file.json")} (--settings) does not exist";
                    break;
            }

            var (exitCode, output, error) = await RunServerProcessAsync(["--data-dir", dataDirectory, .. args]);

            Assert.True(exitCode == 2, $"exit code {exitCode}\n{output}\n{error}");
            var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.StartsWith("Spotnet: cannot start: ", line, StringComparison.Ordinal);
            Assert.Contains(reason, line, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", output + error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
            // Nothing was written: no data folder, or only the settings file the test put there.
            var written = Directory.Exists(dataDirectory) ? Directory.GetFileSystemEntries(dataDirectory).Select(Path.GetFileName).ToArray() : [];
            Assert.True(written.All(name => name == "spotnet.json"), string.Join(", ", written));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
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

    /// <summary>A self-signed server certificate for 127.0.0.1 (ECDSA P-256, valid for a day), with its private key.</summary>
    private static X509Certificate2 SelfSignedLoopbackCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1", "Server Authentication")], critical: false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
    }

    /// <summary>Runs the built server (<c>dotnet Spotnet.Server.dll</c>, copied beside the tests) until it exits; killed after 60 s.</summary>
    private static async Task<(int ExitCode, string Output, string Error)> RunServerProcessAsync(string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Spotnet.Server.dll"));
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"The server did not exit within 60 s:\n{await output}\n{await error}");
        }

        return (process.ExitCode, await output, await error);
    }
}
