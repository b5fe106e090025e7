namespace Spotnet.Client.Tests;

public class SpotEnvironmentTests
{
    [Fact]
    public void Testnet_points_at_binance_vision()
    {
        Assert.Equal(new Uri("https://testnet.binance.vision"), SpotEnvironment.Testnet.RestBaseUri);
        Assert.Equal(new Uri("wss://ws-api.testnet.binance.vision/ws-api/v3"), SpotEnvironment.Testnet.WebSocketApiUri);
        Assert.Equal(new Uri("wss://stream.testnet.binance.vision"), SpotEnvironment.Testnet.StreamUri);
    }

    [Fact]
    public void Live_and_demo_point_at_their_documented_hosts()
    {
        Assert.Equal("api.binance.com", SpotEnvironment.Live.RestBaseUri.Host);
        Assert.Equal("demo-api.binance.com", SpotEnvironment.Demo.RestBaseUri.Host);
        Assert.Equal("demo-ws-api.binance.com", SpotEnvironment.Demo.WebSocketApiUri.Host);
    }

    [Fact]
    public void Options_default_to_the_testnet_so_nothing_reaches_live_by_accident() =>
        Assert.Same(SpotEnvironment.Testnet, new SpotClientOptions().Environment);

    [Fact]
    public async Task Custom_base_path_is_kept_for_every_call()
    {
        await using var server = await Support.CaptureServer.StartAsync();
        using var http = new HttpClient();
        var client = new SpotRestClient(http, new SpotClientOptions { Environment = SpotEnvironment.Custom(new Uri(server.BaseUri, "/spotnet/"), new Uri("ws://127.0.0.1/ws-api/v3"), new Uri("ws://127.0.0.1")) });

        await client.PingAsync();

        Assert.Equal("/spotnet/api/v3/ping", Assert.Single(server.Requests).Path);
    }
}
