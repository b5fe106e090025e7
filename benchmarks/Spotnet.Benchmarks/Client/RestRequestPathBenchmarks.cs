using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Spotnet.Client;
using Spotnet.Client.Credentials;
using Spotnet.Client.Json;
using Spotnet.Client.Requests;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Json;

namespace Spotnet.Benchmarks.Client;

/// <summary>
/// The SDK's request path without the network (build, sign, send through <see cref="HttpClient"/> to an in-memory
/// handler, parse): a FULL order response and a 5,000-level depth response, against hand-written
/// <see cref="HttpClient"/> + <see cref="JsonDocument"/> code doing the same work; plus the FULL answer's parse alone, by
/// the SDK's reader, by Protocol's generated metadata and by <see cref="JsonDocument"/>.
/// </summary>
[MemoryDiagnoser]
public class RestRequestPathBenchmarks
{
    private const string ApiKey = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
    private const string Secret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
    private static readonly Uri BaseUri = new("http://127.0.0.1:1");

    private static readonly byte[] FullOrderBytes = Encoding.UTF8.GetBytes(FullOrderResponse());

    private readonly byte[] _secret = Encoding.ASCII.GetBytes(Secret);
    private HttpClient _orderHttp = null!;
    private HttpClient _depthHttp = null!;
    private SpotRestClient _orderClient = null!;
    private SpotRestClient _depthClient = null!;

    [GlobalSetup]
    public void Setup()
    {
        _orderHttp = new HttpClient(new CannedHandler(FullOrderBytes));
        _depthHttp = new HttpClient(new CannedHandler(Encoding.UTF8.GetBytes(DepthResponse(5000))));
        _orderClient = new SpotRestClient(_orderHttp, Options(SpotCredentials.FromSecret(ApiKey, Secret)));
        _depthClient = new SpotRestClient(_depthHttp, Options(null));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _orderHttp.Dispose();
        _depthHttp.Dispose();
    }

    [Benchmark(Description = "SDK: place order, FULL response")]
    public async Task<long> SdkPlaceOrder()
    {
        var response = await _orderClient.PlaceOrderAsync(NewOrder.Limit("BTCUSDT", OrderSide.Sell, 10m, 3995.5m));
        return response.OrderId + response.Fills!.Count;
    }

    [Benchmark(Description = "raw HttpClient + JsonDocument: place order, FULL response")]
    public async Task<long> RawPlaceOrder()
    {
        var payload = string.Create(CultureInfo.InvariantCulture, $"symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity={10m}&price={3995.5m}&newClientOrderId=6gCrw2kRUAF9CvJDGP16IP&recvWindow=5000&timestamp={DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}");
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(payload)));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseUri, "/api/v3/order"))
        {
            Content = new StringContent(payload + "&signature=" + signature, Encoding.ASCII, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add("X-MBX-APIKEY", ApiKey);
        using var response = await _orderHttp.SendAsync(request);
        using var document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        var root = document.RootElement;
        var fills = new List<(decimal Price, decimal Quantity, decimal Commission, long TradeId)>();
        foreach (var fill in root.GetProperty("fills").EnumerateArray())
        {
            fills.Add((
                decimal.Parse(fill.GetProperty("price").GetString()!, CultureInfo.InvariantCulture),
                decimal.Parse(fill.GetProperty("qty").GetString()!, CultureInfo.InvariantCulture),
                decimal.Parse(fill.GetProperty("commission").GetString()!, CultureInfo.InvariantCulture),
                fill.GetProperty("tradeId").GetInt64()));
        }

        return root.GetProperty("orderId").GetInt64() + fills.Count;
    }

    [Benchmark(Description = "parse FULL answer: SDK reader")]
    public long SdkParseFullOrder() => JsonSerializer.Deserialize(FullOrderBytes, SdkJson.Context.NewOrderResponse)!.Fills!.Count;

    [Benchmark(Description = "parse FULL answer: Protocol's generated metadata")]
    public long GeneratedParseFullOrder() => JsonSerializer.Deserialize(FullOrderBytes, SpotJsonContext.Default.NewOrderResponse)!.Fills!.Count;

    [Benchmark(Description = "parse FULL answer: JsonDocument, fills to decimals")]
    public long RawParseFullOrder()
    {
        using var document = JsonDocument.Parse(FullOrderBytes);
        var total = 0m;
        foreach (var fill in document.RootElement.GetProperty("fills").EnumerateArray())
        {
            total += decimal.Parse(fill.GetProperty("price").GetString()!, CultureInfo.InvariantCulture) * decimal.Parse(fill.GetProperty("qty").GetString()!, CultureInfo.InvariantCulture);
        }

        return (long)total + document.RootElement.GetProperty("orderId").GetInt64();
    }

    [Benchmark(Description = "SDK: depth, 5,000 levels a side")]
    public async Task<int> SdkDepth()
    {
        var book = await _depthClient.GetOrderBookAsync(new OrderBookRequest("BTCUSDT") { Limit = 5000 });
        return book.Bids.Count + book.Asks.Count;
    }

    [Benchmark(Description = "raw HttpClient + JsonDocument: depth, 5,000 levels a side")]
    public async Task<int> RawDepth()
    {
        using var response = await _depthHttp.GetAsync(new Uri(BaseUri, "/api/v3/depth?symbol=BTCUSDT&limit=5000"));
        using var document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        var levels = new List<(decimal Price, decimal Quantity)>(10_000);
        foreach (var side in new[] { "bids", "asks" })
        {
            foreach (var level in document.RootElement.GetProperty(side).EnumerateArray())
            {
                levels.Add((decimal.Parse(level[0].GetString()!, CultureInfo.InvariantCulture), decimal.Parse(level[1].GetString()!, CultureInfo.InvariantCulture)));
            }
        }

        return levels.Count;
    }

    private static SpotClientOptions Options(SpotCredentials? credentials) => new()
    {
        Environment = SpotEnvironment.Custom(BaseUri, new Uri("ws://127.0.0.1:1/ws-api/v3"), new Uri("ws://127.0.0.1:1")),
        Credentials = credentials,
        SynchronizeTime = false,
    };

    private static string FullOrderResponse()
    {
        var fills = string.Join(",", Enumerable.Range(0, 5).Select(i => $$"""{"price":"399{{i}}.00000000","qty":"2.00000000","commission":"7.99600000","commissionAsset":"USDT","tradeId":{{56 + i}}}"""));
        return $$"""{"symbol":"BTCUSDT","orderId":28,"orderListId":-1,"clientOrderId":"6gCrw2kRUAF9CvJDGP16IP","transactTime":1507725176595,"price":"3995.50000000","origQty":"10.00000000","executedQty":"10.00000000","origQuoteOrderQty":"0.000000","cummulativeQuoteQty":"39955.00000000","status":"FILLED","timeInForce":"GTC","type":"LIMIT","side":"SELL","workingTime":1507725176595,"selfTradePreventionMode":"NONE","fills":[{{fills}}]}""";
    }

    private static string DepthResponse(int levels)
    {
        var builder = new StringBuilder("""{"lastUpdateId":1027024,"bids":[""");
        for (var i = 0; i < levels; i++)
        {
            builder.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"[\"{30000m - (i * 0.01m):0.00000000}\",\"{1 + (i % 7) * 0.125m:0.00000000}\"]");
        }

        builder.Append("""],"asks":[""");
        for (var i = 0; i < levels; i++)
        {
            builder.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"[\"{30000.01m + (i * 0.01m):0.00000000}\",\"{1 + (i % 5) * 0.25m:0.00000000}\"]");
        }

        return builder.Append("]}").ToString();
    }

    /// <summary>Answers every request with the same bytes, so only client-side work is measured.</summary>
    private sealed class CannedHandler(byte[] body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(body) });
    }
}
