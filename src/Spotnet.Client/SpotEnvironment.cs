namespace Spotnet.Client;

/// <summary>Where a client sends its requests: live Binance, the Spot testnet, demo trading, or a custom server such as Spotnet.</summary>
/// <param name="Name">A name for logs.</param>
/// <param name="RestBaseUri">Base of the REST API, without <c>/api</c>.</param>
/// <param name="WebSocketApiUri">Full URI of the WebSocket API (ending in <c>/ws-api/v3</c>).</param>
/// <param name="StreamUri">Base URI of the market streams (without <c>/ws</c> or <c>/stream</c>).</param>
public sealed record SpotEnvironment(string Name, Uri RestBaseUri, Uri WebSocketApiUri, Uri StreamUri)
{
    /// <summary>Live Binance Spot.</summary>
    public static SpotEnvironment Live { get; } = new("live", new("https://api.binance.com"), new("wss://ws-api.binance.com:443/ws-api/v3"), new("wss://stream.binance.com:9443"));

    /// <summary>Binance's Spot Test Network.</summary>
    public static SpotEnvironment Testnet { get; } = new("testnet", new("https://testnet.binance.vision"), new("wss://ws-api.testnet.binance.vision/ws-api/v3"), new("wss://stream.testnet.binance.vision"));

    /// <summary>Binance demo trading.</summary>
    public static SpotEnvironment Demo { get; } = new("demo", new("https://demo-api.binance.com"), new("wss://demo-ws-api.binance.com/ws-api/v3"), new("wss://demo-stream.binance.com:9443"));

    /// <summary>A custom server, such as a local Spotnet.</summary>
    public static SpotEnvironment Custom(Uri restBaseUri, Uri webSocketApiUri, Uri streamUri) => new("custom", restBaseUri, webSocketApiUri, streamUri);
}
