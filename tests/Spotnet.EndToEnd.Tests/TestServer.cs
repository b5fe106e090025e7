using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Spotnet.Server;
using Spotnet.Server.Api;

namespace Spotnet.EndToEnd.Tests;

/// <summary>The real server on 127.0.0.1:0 with a temporary data folder and a fake clock.</summary>
public sealed class TestServer : IAsyncDisposable
{
    /// <summary>Start time of every fake clock: the start of a minute, so weight windows are predictable.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private TestServer(WebApplication app, ManualTimeProvider time, string dataDirectory, HttpClient http)
    {
        App = app;
        Time = time;
        DataDirectory = dataDirectory;
        Http = http;
    }

    /// <summary>The application.</summary>
    public WebApplication App { get; }

    /// <summary>The server's clock.</summary>
    public ManualTimeProvider Time { get; }

    /// <summary>The data folder.</summary>
    public string DataDirectory { get; }

    /// <summary>A client for the bound address.</summary>
    public HttpClient Http { get; }

    /// <summary>Keeps the data folder on dispose, so a test can restart on it.</summary>
    public bool KeepDataDirectory { get; set; }

    /// <summary>The admin token from the data folder.</summary>
    public string AdminToken => File.ReadAllText(Path.Combine(DataDirectory, "admin-token")).Trim();

    /// <summary>Starts a server; <paramref name="routes"/> may add routes before it starts.</summary>
    public static Task<TestServer> StartAsync(Action<ApiRouteTable>? routes = null, string? dataDirectory = null, params string[] extraArgs) =>
        StartAsync(Start, null, routes, dataDirectory, extraArgs);

    /// <summary>Starts a server with its clock at <paramref name="start"/> and, when given, a journal store opened by <paramref name="openJournal"/>.</summary>
    public static Task<TestServer> StartAsync(
        DateTimeOffset start, Func<string, Spotnet.Server.Storage.IJournalStore>? openJournal, Action<ApiRouteTable>? routes, string? dataDirectory, params string[] extraArgs) =>
        StartAsync(start, openJournal, null, routes, dataDirectory, extraArgs);

    /// <summary>Starts a server whose account/key/audit store is opened by <paramref name="openStore"/> (tests inject its faults).</summary>
    public static Task<TestServer> StartWithStoreAsync(Func<string, Spotnet.Server.Storage.ISpotStore> openStore, params string[] extraArgs) =>
        StartAsync(Start, null, openStore, null, null, extraArgs);

    private static async Task<TestServer> StartAsync(
        DateTimeOffset start, Func<string, Spotnet.Server.Storage.IJournalStore>? openJournal, Func<string, Spotnet.Server.Storage.ISpotStore>? openStore,
        Action<ApiRouteTable>? routes, string? dataDirectory, string[] extraArgs)
    {
        dataDirectory ??= Path.Combine(Path.GetTempPath(), "spotnet-e2e-" + Guid.NewGuid().ToString("N"));
        var time = new ManualTimeProvider(start);
        // The simulated market stays off unless a test turns it on: most tests need empty books.
        var app = SpotnetHost.Build(["--urls", "http://127.0.0.1:0", "--data-dir", dataDirectory, "--MarketSimulation:Enabled=false", .. extraArgs], time, openJournal, openStore);
        routes?.Invoke(app.Services.GetRequiredService<ApiRouteTable>());
        await app.StartAsync();
        var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        return new TestServer(app, time, dataDirectory, http);
    }

    /// <summary>Sends an operator API request with the admin token.</summary>
    public async Task<(HttpResponseMessage Response, JsonElement Body)> AdminAsync(
        HttpMethod method, string path, string? json = null, string? token = null, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(method, path);
        configure?.Invoke(request);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? AdminToken);
        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>Creates an account and a key of the given type, returning a signer for it.</summary>
    public async Task<Signer> CreateKeyAsync(string type = "HMAC", string extraJson = "")
    {
        var (_, account) = await AdminAsync(HttpMethod.Post, "/admin/v1/accounts", "{}");
        var accountId = account.GetProperty("accountId").GetInt64();
        return await CreateKeyAsync(accountId, type, extraJson);
    }

    /// <summary>Creates a key of the given type on an account, returning a signer for it.</summary>
    public async Task<Signer> CreateKeyAsync(long accountId, string type, string extraJson = "")
    {
        var signer = Signer.Generate(type);
        var publicKey = signer.PublicKeyPem is null ? "" : $", \"publicKey\": {JsonSerializer.Serialize(signer.PublicKeyPem)}";
        var (response, body) = await AdminAsync(HttpMethod.Post, $"/admin/v1/accounts/{accountId}/api-keys", $"{{\"type\": \"{type}\"{publicKey}{extraJson}}}");
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        signer.Attach(accountId, body.GetProperty("keyId").GetInt64(), body.GetProperty("apiKey").GetString()!,
            body.TryGetProperty("secretKey", out var secret) ? secret.GetString() : null);
        return signer;
    }

    /// <summary>Sends a request with raw query and body; signs <c>query ++ body</c> when a signer is given.</summary>
    public async Task<Reply> SendAsync(
        HttpMethod method, string path, string query = "", string? body = null, Signer? signer = null,
        Action<HttpRequestMessage>? configure = null, bool signatureInBody = false)
    {
        if (signer is not null)
        {
            var signature = Uri.EscapeDataString(signer.Sign(query + (body ?? "")));
            if (signatureInBody)
            {
                body = (body is { Length: > 0 } ? body + "&" : "") + "signature=" + signature;
            }
            else
            {
                query = (query.Length > 0 ? query + "&" : "") + "signature=" + signature;
            }
        }

        using var request = new HttpRequestMessage(method, path + (query.Length > 0 ? "?" + query : ""));
        if (signer is not null)
        {
            request.Headers.Add("X-MBX-APIKEY", signer.ApiKey);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        }

        configure?.Invoke(request);
        var response = await Http.SendAsync(request);
        return await Reply.ReadAsync(response);
    }

    /// <summary>The current fake time in milliseconds.</summary>
    public long NowMilliseconds => Time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (KeepDataDirectory)
        {
            return;
        }

        try
        {
            Directory.Delete(DataDirectory, true);
        }
        catch (IOException)
        {
            // A file may still be closing; the folder is under /tmp.
        }
    }
}

/// <summary>A response with its body parsed when it is JSON.</summary>
public sealed record Reply(int Status, string Text, HttpResponseMessage Response)
{
    /// <summary>The parsed JSON body.</summary>
    public JsonElement Json => JsonDocument.Parse(Text).RootElement;

    /// <summary>Binance error code of the body.</summary>
    public int Code => Json.GetProperty("code").GetInt32();

    /// <summary>Binance error message of the body.</summary>
    public string Message => Json.GetProperty("msg").GetString()!;

    /// <summary>A response header value, or null.</summary>
    public string? Header(string name) =>
        Response.Headers.TryGetValues(name, out var values) ? values.Single()
        : Response.Content.Headers.TryGetValues(name, out var contentValues) ? contentValues.Single() : null;

    /// <summary>Reads a response.</summary>
    public static async Task<Reply> ReadAsync(HttpResponseMessage response) =>
        new((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response);

    /// <summary>Asserts a Binance error.</summary>
    public void AssertError(int status, int code, string message)
    {
        Assert.True(Status == status, $"expected {status} but got {Status}: {Text}");
        Assert.Equal(code, Code);
        Assert.Equal(message, Message);
    }
}
