using Spotnet.Client.Errors;
using Spotnet.Client.Requests;
using Spotnet.Client.Tests.Support;
using Spotnet.Tests.Shared;
using Spotnet.Protocol.Enums;

namespace Spotnet.Client.Tests;

/// <summary>The SDK behind a proxy that loses requests and answers: an order is never sent twice, and a lost answer becomes an unknown outcome carrying the id to resolve it.</summary>
/// <remarks>The upstream here only records what reached it; the same scenarios against a real Spotnet server wait for its trading endpoints.</remarks>
public class FaultProxyTests
{
    private const string OrderFull = """{"symbol":"BTCUSDT","orderId":28,"orderListId":-1,"clientOrderId":"x","transactTime":1507725176595}""";

    [Theory]
    [InlineData(Fault.DropResponse)]
    [InlineData(Fault.ResetMidBody)]
    public async Task Order_whose_answer_is_lost_after_the_server_acted_reaches_the_server_once_and_is_reported_unknown(Fault fault)
    {
        await using var setup = await Setup.StartAsync();
        setup.Upstream.DefaultAnswer = context => CaptureServer.Json(context, 200, OrderFull);
        setup.Proxy.Next(fault);
        var order = NewOrder.Limit("BTCUSDT", OrderSide.Buy, 1m, 100m);

        var error = await Assert.ThrowsAsync<SpotExecutionUnknownException>(() => setup.Client.PlaceOrderAsync(order));

        Assert.Equal(order.ClientOrderId, error.ClientOrderId);
        var placed = Assert.Single(setup.Upstream.Requests);
        Assert.Contains($"newClientOrderId={order.ClientOrderId}&", placed.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Order_dropped_before_the_server_is_reported_unknown_and_never_resent()
    {
        await using var setup = await Setup.StartAsync();
        setup.Proxy.Next(Fault.DropRequest);
        var order = NewOrder.Market("BTCUSDT", OrderSide.Sell, 1m);

        var error = await Assert.ThrowsAsync<SpotExecutionUnknownException>(() => setup.Client.PlaceOrderAsync(order));

        Assert.Equal(order.ClientOrderId, error.ClientOrderId);
        Assert.Empty(setup.Upstream.Requests);
    }

    [Fact]
    public async Task Unknown_outcome_is_resolved_by_querying_the_client_order_id()
    {
        await using var setup = await Setup.StartAsync();
        setup.Proxy.Next(Fault.DropResponse);
        setup.Upstream.EnqueueJson(200, OrderFull);
        setup.Upstream.EnqueueJson(400, """{"code":-2013,"msg":"Order does not exist."}""");
        var order = NewOrder.Limit("BTCUSDT", OrderSide.Buy, 1m, 100m);
        var unknown = await Assert.ThrowsAsync<SpotExecutionUnknownException>(() => setup.Client.PlaceOrderAsync(order));

        var resolved = await setup.Client.ResolveOrderAsync("BTCUSDT", unknown.ClientOrderId!);

        var query = setup.Upstream.Requests.Last();
        Assert.Equal(("GET", "/api/v3/order"), (query.Method, query.Path));
        Assert.StartsWith($"symbol=BTCUSDT&origClientOrderId={order.ClientOrderId}&", query.RawQuery, StringComparison.Ordinal);
        Assert.Null(resolved);
    }

    [Fact]
    public async Task Order_stalled_past_its_timeout_is_reported_unknown_and_not_retried()
    {
        await using var setup = await Setup.StartAsync();
        setup.Upstream.DefaultAnswer = context => CaptureServer.Json(context, 200, OrderFull);
        var release = new TaskCompletionSource();
        setup.Proxy.OnStall = async () =>
        {
            setup.Time.Advance(TimeSpan.FromSeconds(21));
            await release.Task;
        };
        setup.Proxy.Next(Fault.Stall);

        await Assert.ThrowsAsync<SpotExecutionUnknownException>(() => setup.Client.PlaceOrderAsync(NewOrder.Market("BTCUSDT", OrderSide.Buy, 1m)));
        release.SetResult();

        Assert.Single(setup.Upstream.Requests);
    }

    [Fact]
    public async Task Read_cut_mid_body_is_retried_and_succeeds()
    {
        await using var setup = await Setup.StartAsync();
        setup.Upstream.DefaultAnswer = context => CaptureServer.Json(context, 200, """{"symbol":"BTCUSDT","price":"30000.00000000"}""");
        setup.Proxy.Next(Fault.ResetMidBody);
        setup.Proxy.Next(Fault.DropResponse);

        var tickers = await setup.Client.GetPriceTickersAsync(TickerRequest.For("BTCUSDT"));

        Assert.Equal(30000m, Assert.Single(tickers).Price);
        Assert.Equal(3, setup.Upstream.Requests.Count);
    }

    private sealed class Setup : IAsyncDisposable
    {
        private readonly HttpClient _http = new();

        private Setup(CaptureServer upstream, FaultProxy proxy, ManualTimeProvider time)
        {
            Upstream = upstream;
            Proxy = proxy;
            Time = time;
            Client = new SpotRestClient(_http, new SpotClientOptions
            {
                Environment = SpotEnvironment.Custom(proxy.BaseUri, new Uri("ws://127.0.0.1:1/ws-api/v3"), new Uri("ws://127.0.0.1:1")),
                Credentials = DocumentedKeys.Hmac(),
                SynchronizeTime = false,
                RetryBaseDelay = TimeSpan.Zero,
            }, timeProvider: time);
        }

        public CaptureServer Upstream { get; }

        public FaultProxy Proxy { get; }

        public ManualTimeProvider Time { get; }

        public SpotRestClient Client { get; }

        public static async Task<Setup> StartAsync()
        {
            var upstream = await CaptureServer.StartAsync();
            var proxy = await FaultProxy.StartAsync(upstream.BaseUri);
            return new Setup(upstream, proxy, new ManualTimeProvider(ClientFixture.DocumentedNow));
        }

        public async ValueTask DisposeAsync()
        {
            _http.Dispose();
            await Proxy.DisposeAsync();
            await Upstream.DisposeAsync();
        }
    }
}
