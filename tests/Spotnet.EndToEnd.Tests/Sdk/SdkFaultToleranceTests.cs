using Spotnet.Client;
using Spotnet.Client.Credentials;
using Spotnet.Client.Errors;
using Spotnet.Client.Requests;
using Spotnet.Protocol.Enums;
using Spotnet.Tests.Shared;

namespace Spotnet.EndToEnd.Tests.Sdk;

/// <summary>
/// The SDK behind a fault proxy in front of the real server: a lost answer is never turned into a second order, and every
/// unknown outcome resolves to exactly the one order (or none) that the server's own books show.
/// </summary>
public sealed class SdkFaultToleranceTests
{
    private const string Symbol = "BTCUSDT";

    [Theory]
    [InlineData(Fault.DropResponse)]
    [InlineData(Fault.ResetMidBody)]
    [InlineData(Fault.Delay)]
    public async Task An_order_whose_answer_is_lost_after_the_server_placed_it_resolves_to_exactly_that_one_order(Fault fault)
    {
        await using var setup = await Setup.StartAsync();
        var order = NewOrder.Limit(Symbol, OrderSide.Buy, 0.001m, 50000m);
        setup.Proxy.Next(fault);

        var unknown = await Assert.ThrowsAsync<SpotExecutionUnknownException>(() => setup.Client.PlaceOrderAsync(order));
        var resolved = await setup.Client.ResolveOrderAsync(Symbol, unknown.ClientOrderId!);

        Assert.Equal(order.ClientOrderId, unknown.ClientOrderId);
        Assert.Equal(1, setup.Proxy.CountForwarded("POST", "/api/v3/order"));
        Assert.NotNull(resolved);
        Assert.Equal((OrderStatus.New, 50000m), (resolved.Status, resolved.Price));
        var placed = Assert.Single(await setup.Direct.GetAllOrdersAsync(new AllOrdersRequest(Symbol)), o => o.ClientOrderId == order.ClientOrderId);
        Assert.Equal(resolved.OrderId, placed.OrderId);
        Assert.Equal(resolved.OrderId, Assert.Single(await setup.Direct.GetOpenOrdersAsync()).OrderId);
    }

    [Fact]
    public async Task An_order_dropped_before_the_server_resolves_to_none_and_was_never_sent_again()
    {
        await using var setup = await Setup.StartAsync();
        var order = NewOrder.Limit(Symbol, OrderSide.Buy, 0.001m, 50000m);
        setup.Proxy.Next(Fault.DropRequest);

        var unknown = await Assert.ThrowsAsync<SpotExecutionUnknownException>(() => setup.Client.PlaceOrderAsync(order));

        Assert.Null(await setup.Client.ResolveOrderAsync(Symbol, unknown.ClientOrderId!));
        Assert.Equal(0, setup.Proxy.CountForwarded("POST", "/api/v3/order"));
        Assert.Empty(await setup.Direct.GetAllOrdersAsync(new AllOrdersRequest(Symbol)));
    }

    [Fact]
    public async Task A_market_order_whose_answer_is_lost_filled_once_and_resolves_to_its_single_fill()
    {
        await using var setup = await Setup.StartAsync(MarketDataFixture.SimulatedMarket);
        var order = NewOrder.Market(Symbol, OrderSide.Buy, 0.001m);
        setup.Proxy.Next(Fault.DropResponse);

        var unknown = await Assert.ThrowsAsync<SpotExecutionUnknownException>(() => setup.Client.PlaceOrderAsync(order));
        var resolved = await setup.Client.ResolveOrderAsync(Symbol, unknown.ClientOrderId!);

        Assert.Equal((OrderStatus.Filled, 0.001m), (resolved!.Status, resolved.ExecutedQuantity));
        Assert.Single(await setup.Direct.GetAllOrdersAsync(new AllOrdersRequest(Symbol)), o => o.ClientOrderId == order.ClientOrderId);
        var trades = await setup.Direct.GetAccountTradesAsync(new AccountTradesRequest(Symbol) { OrderId = resolved.OrderId });
        Assert.Equal(0.001m, trades.Sum(trade => trade.Quantity));
    }

    [Theory]
    [InlineData(Fault.DropResponse)]
    [InlineData(Fault.ResetMidBody)]
    [InlineData(Fault.Delay)]
    public async Task An_order_list_whose_answer_is_lost_resolves_by_its_list_client_order_id_to_exactly_one_list(Fault fault)
    {
        await using var setup = await Setup.StartAsync();
        var list = new OtoOrderList(Symbol, OrderSide.Buy, 0.001m, OrderListLeg.Limit(50000m), OrderSide.Sell, 0.001m, OrderListLeg.LimitMaker(70000m));
        setup.Proxy.Next(fault);

        var unknown = await Assert.ThrowsAsync<SpotExecutionUnknownException>(() => setup.Client.PlaceOtoOrderListAsync(list));
        var resolved = await setup.Client.ResolveOrderListAsync(unknown.ClientOrderId!);

        Assert.Equal(list.ListClientOrderId, unknown.ClientOrderId);
        Assert.Equal(1, setup.Proxy.CountForwarded("POST", "/api/v3/orderList/oto"));
        Assert.Equal((list.ListClientOrderId, ContingencyType.Oto), (resolved!.ListClientOrderId, resolved.ContingencyType));
        var placed = Assert.Single(await setup.Direct.GetAllOrderListsAsync(), l => l.ListClientOrderId == list.ListClientOrderId);
        Assert.Equal(resolved.OrderListId, placed.OrderListId);
        Assert.Equal(2, (await setup.Direct.GetAllOrdersAsync(new AllOrdersRequest(Symbol))).Count(o => o.OrderListId == resolved.OrderListId));
    }

    [Fact]
    public async Task An_order_list_dropped_before_the_server_resolves_to_none()
    {
        await using var setup = await Setup.StartAsync();
        var list = new OtoOrderList(Symbol, OrderSide.Buy, 0.001m, OrderListLeg.Limit(50000m), OrderSide.Sell, 0.001m, OrderListLeg.LimitMaker(70000m));
        setup.Proxy.Next(Fault.DropRequest);

        var unknown = await Assert.ThrowsAsync<SpotExecutionUnknownException>(() => setup.Client.PlaceOtoOrderListAsync(list));

        Assert.Null(await setup.Client.ResolveOrderListAsync(unknown.ClientOrderId!));
        Assert.Empty(await setup.Direct.GetAllOrderListsAsync());
        Assert.Empty(await setup.Direct.GetAllOrdersAsync(new AllOrdersRequest(Symbol)));
    }

    [Theory]
    [InlineData(Fault.DropResponse)]
    [InlineData(Fault.ResetMidBody)]
    [InlineData(Fault.Delay)]
    public async Task A_cancel_whose_answer_is_lost_is_settled_by_the_resent_cancels_minus_2011_and_a_query(Fault fault)
    {
        await using var setup = await Setup.StartAsync();
        var placed = await setup.Client.PlaceOrderAsync(NewOrder.Limit(Symbol, OrderSide.Buy, 0.001m, 50000m));
        var cancel = CancelOrder.ByClientOrderId(Symbol, placed.ClientOrderId);
        setup.Proxy.Next(fault);

        await Assert.ThrowsAsync<SpotExecutionUnknownException>(() => setup.Client.CancelOrderAsync(cancel));
        var resolved = await setup.Client.ResolveCancelAsync(cancel);

        // The first cancel went through, so the resent one was answered -2011 and the query found the order cancelled.
        Assert.Equal(2, setup.Proxy.CountForwarded("DELETE", "/api/v3/order"));
        Assert.Equal((placed.OrderId, OrderStatus.Canceled), (resolved!.OrderId, resolved.Status));
        Assert.Empty(await setup.Direct.GetOpenOrdersAsync());
        Assert.Single(await setup.Direct.GetAllOrdersAsync(new AllOrdersRequest(Symbol)));
    }

    [Fact]
    public async Task A_cancel_dropped_before_the_server_is_carried_out_by_the_resolution()
    {
        await using var setup = await Setup.StartAsync();
        var placed = await setup.Client.PlaceOrderAsync(NewOrder.Limit(Symbol, OrderSide.Buy, 0.001m, 50000m));
        var cancel = CancelOrder.ById(Symbol, placed.OrderId);
        setup.Proxy.Next(Fault.DropRequest);

        await Assert.ThrowsAsync<SpotExecutionUnknownException>(() => setup.Client.CancelOrderAsync(cancel));
        Assert.Equal(placed.OrderId, Assert.Single(await setup.Direct.GetOpenOrdersAsync()).OrderId);
        var resolved = await setup.Client.ResolveCancelAsync(cancel);

        Assert.Equal(1, setup.Proxy.CountForwarded("DELETE", "/api/v3/order"));
        Assert.Equal(OrderStatus.Canceled, resolved!.Status);
        Assert.Empty(await setup.Direct.GetOpenOrdersAsync());
    }

    [Fact]
    public async Task A_read_cut_mid_body_is_retried_and_answers_from_the_server()
    {
        await using var setup = await Setup.StartAsync();
        var placed = await setup.Client.PlaceOrderAsync(NewOrder.Limit(Symbol, OrderSide.Buy, 0.001m, 50000m));
        setup.Proxy.Next(Fault.ResetMidBody);

        var open = await setup.Client.GetOpenOrdersAsync();

        Assert.Equal(placed.OrderId, Assert.Single(open).OrderId);
        Assert.Equal(2, setup.Proxy.CountForwarded("GET", "/api/v3/openOrders"));
    }

    [Fact]
    public async Task An_enum_spelling_the_server_does_not_know_is_sent_as_is_and_rejected_with_binances_error()
    {
        await using var setup = await Setup.StartAsync();
        var futureType = SpotEnumValues.FromWire<OrderType>("LIMIT_FUTURE_KIND");

        var error = await Assert.ThrowsAsync<SpotApiException>(() => setup.Client.PlaceOrderAsync(new NewOrder(Symbol, OrderSide.Buy, futureType) { Quantity = 0.001m, Price = 50000m }));

        Assert.Equal((-1116, "Invalid orderType."), (error.Code, error.ServerMessage));
        Assert.Empty(await setup.Direct.GetAllOrdersAsync(new AllOrdersRequest(Symbol)));
    }

    /// <summary>A server, a proxy in front of it, an SDK client through the proxy and one straight to the server to check its books.</summary>
    private sealed class Setup : IAsyncDisposable
    {
        private readonly SpotCredentials _credentials;

        private Setup(TestServer server, FaultProxy proxy, SpotCredentials credentials)
        {
            Server = server;
            Proxy = proxy;
            _credentials = credentials;
            var webSocket = new Uri("ws://127.0.0.1:1");
            Client = new SpotRestClient(new HttpClient(), new SpotClientOptions
            {
                Environment = SpotEnvironment.Custom(proxy.BaseUri, new Uri(webSocket, "/ws-api/v3"), webSocket),
                Credentials = credentials,
                SynchronizeTime = false,
                // Short, so that a held answer (Fault.Delay) times out quickly; the timer runs in real time.
                RequestTimeout = TimeSpan.FromSeconds(1),
                RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            }, timeProvider: server.Time);
            Direct = SdkClients.Create(server, credentials);
        }

        public TestServer Server { get; }

        public FaultProxy Proxy { get; }

        public SpotRestClient Client { get; }

        public SpotRestClient Direct { get; }

        public static async Task<Setup> StartAsync(params string[] serverArgs)
        {
            var server = await TestServer.StartAsync(extraArgs: serverArgs);
            var credentials = await SdkClients.CreateCredentialsAsync(server, "HMAC");
            var proxy = await FaultProxy.StartAsync(server.Http.BaseAddress!);
            return new Setup(server, proxy, credentials);
        }

        public async ValueTask DisposeAsync()
        {
            _credentials.Dispose();
            await Proxy.DisposeAsync();
            await Server.DisposeAsync();
        }
    }
}
