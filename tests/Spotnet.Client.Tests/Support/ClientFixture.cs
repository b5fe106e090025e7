using Spotnet.Client.Credentials;

namespace Spotnet.Client.Tests.Support;

/// <summary>A capture server, a fake clock and a client pointed at them.</summary>
internal sealed class ClientFixture : IAsyncDisposable
{
    private readonly HttpClient _http = new();

    private ClientFixture(CaptureServer server, ManualTimeProvider time, SpotRestClient client)
    {
        Server = server;
        Time = time;
        Client = client;
    }

    /// <summary>1499827319559 ms, the timestamp of Binance's signed examples.</summary>
    public static DateTimeOffset DocumentedNow { get; } = DateTimeOffset.FromUnixTimeMilliseconds(1499827319559);

    public CaptureServer Server { get; }

    public ManualTimeProvider Time { get; }

    public SpotRestClient Client { get; private set; }

    public static async Task<ClientFixture> StartAsync(Action<SpotClientOptions>? configure = null, SpotCredentials? credentials = null)
    {
        var server = await CaptureServer.StartAsync();
        var time = new ManualTimeProvider(DocumentedNow);
        var options = new SpotClientOptions
        {
            Environment = SpotEnvironment.Custom(server.BaseUri, new Uri("ws://127.0.0.1:1/ws-api/v3"), new Uri("ws://127.0.0.1:1")),
            Credentials = credentials ?? DocumentedKeys.Hmac(),
            SynchronizeTime = false,
            RetryBaseDelay = TimeSpan.Zero,
        };
        configure?.Invoke(options);
        var fixture = new ClientFixture(server, time, null!);
        fixture.Client = new SpotRestClient(fixture._http, options, timeProvider: time);
        return fixture;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Server.DisposeAsync();
    }
}
