using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spotnet.Client.Credentials;
using Spotnet.Client.Errors;
using Spotnet.Client.Requests;
using Spotnet.Client.Tests.Support;
using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Enums;

namespace Spotnet.Client.Tests;

public class SecurityTests
{
    [Fact]
    public void Credentials_show_only_the_masked_api_key()
    {
        using var credentials = DocumentedKeys.Hmac();

        Assert.Equal("SpotCredentials(Hmac, vmPU…Eh8A)", credentials.ToString());
        Assert.DoesNotContain(DocumentedKeys.Secret, credentials.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Credentials_serialized_to_json_show_the_key_type_and_masked_key_only()
    {
        using var credentials = DocumentedKeys.Hmac();

        var json = System.Text.Json.JsonSerializer.Serialize(credentials);

        Assert.Contains("vmPU…Eh8A", System.Text.RegularExpressions.Regex.Unescape(json), StringComparison.Ordinal);
        Assert.DoesNotContain(DocumentedKeys.Secret, json, StringComparison.Ordinal);
        Assert.DoesNotContain(DocumentedKeys.ApiKey, json, StringComparison.Ordinal);
    }

    [Fact]
    public void Disposing_credentials_zeroes_the_secret_they_hold()
    {
        var credentials = DocumentedKeys.Hmac();
        // The secret's only copy lives in the HMAC key's private buffer; read it the one way a test can.
        var buffer = (byte[])credentials.Key.GetType().GetField("_secret", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!.GetValue(credentials.Key)!;
        Assert.Equal(System.Text.Encoding.ASCII.GetBytes(DocumentedKeys.Secret), buffer);

        credentials.Dispose();

        Assert.All(buffer, value => Assert.Equal(0, value));
    }

    [Fact]
    public void Credentials_are_refused_over_plain_http_to_a_remote_host()
    {
        var options = new SpotClientOptions
        {
            Environment = SpotEnvironment.Custom(new Uri("http://spotnet.example:8080"), new Uri("ws://spotnet.example:8080/ws-api/v3"), new Uri("ws://spotnet.example:8080")),
            Credentials = DocumentedKeys.Hmac(),
        };

        var error = Assert.Throws<InvalidOperationException>(() => new SpotRestClient(new HttpClient(), options));
        Assert.Contains("clear text", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://localhost:5000")]
    [InlineData("http://[::1]:5000")]
    public void Credentials_over_plain_http_are_allowed_to_loopback(string rest)
    {
        var options = new SpotClientOptions
        {
            Environment = SpotEnvironment.Custom(new Uri(rest), new Uri("ws://127.0.0.1/ws-api/v3"), new Uri("ws://127.0.0.1")),
            Credentials = DocumentedKeys.Hmac(),
        };

        Assert.Equal(new Uri(rest), new SpotRestClient(new HttpClient(), options).Environment.RestBaseUri);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Key_file_readable_by_others_is_refused_with_the_fix_named()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

            var error = Assert.Throws<UnauthorizedAccessException>(() => KeyFileGuard.EnsurePrivate(path, allowInsecure: false));

            Assert.Contains("chmod 600", error.Message, StringComparison.Ordinal);
            KeyFileGuard.EnsurePrivate(path, allowInsecure: true);
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            KeyFileGuard.EnsurePrivate(path, allowInsecure: false);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Logs_at_trace_level_never_contain_the_secret_the_signature_the_full_api_key_or_the_payload()
    {
        await using var server = await CaptureServer.StartAsync();
        server.EnqueueJson(200, """{"serverTime":1499827319559}""");
        server.EnqueueJson(400, """{"code":-2010,"msg":"Account has insufficient balance for requested action."}""");
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddSpotRestClient(options =>
        {
            options.Environment = SpotEnvironment.Custom(server.BaseUri, new Uri("ws://127.0.0.1/ws-api/v3"), new Uri("ws://127.0.0.1"));
            options.Credentials = DocumentedKeys.Hmac();
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<SpotRestClient>();
        var order = NewOrder.Limit("BTCUSDT", OrderSide.Buy, 1m, 1m);

        await Assert.ThrowsAsync<SpotApiException>(() => client.SendAsync(EndpointId.NewOrder, order, static _ => 0, CancellationToken.None));
        await client.SendAsync(EndpointId.QueryOrder, new TestRequest(("origClientOrderId", order.ClientOrderId)), static _ => 0, CancellationToken.None);

        var requests = server.Requests.ToArray();
        var signature = requests[1].BodyText[(requests[1].BodyText.LastIndexOf('=') + 1)..];
        var querySignature = requests[2].RawQuery[(requests[2].RawQuery.LastIndexOf('=') + 1)..];
        var all = string.Join("\n", logs.Lines);
        Assert.Contains("vmPU…Eh8A", all, StringComparison.Ordinal);
        Assert.Contains("-2010", all, StringComparison.Ordinal);
        Assert.Contains("Start processing HTTP request GET", all, StringComparison.Ordinal);
        Assert.DoesNotContain(DocumentedKeys.Secret, all, StringComparison.Ordinal);
        Assert.DoesNotContain(DocumentedKeys.ApiKey, all, StringComparison.Ordinal);
        Assert.DoesNotContain(signature, all, StringComparison.Ordinal);
        Assert.DoesNotContain(querySignature, all, StringComparison.Ordinal);
        Assert.DoesNotContain(order.ClientOrderId, all, StringComparison.Ordinal);
        Assert.DoesNotContain("signature=", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dependency_injection_gives_one_shared_client_on_the_configured_environment()
    {
        await using var server = await CaptureServer.StartAsync();
        var services = new ServiceCollection();
        services.AddSpotRestClient(options => options.Environment = SpotEnvironment.Custom(server.BaseUri, new Uri("ws://127.0.0.1/ws-api/v3"), new Uri("ws://127.0.0.1")));
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<SpotRestClient>();
        await client.PingAsync();

        Assert.Same(client, provider.GetRequiredService<SpotRestClient>());
        Assert.Equal("/api/v3/ping", Assert.Single(server.Requests).Path);
    }
}
