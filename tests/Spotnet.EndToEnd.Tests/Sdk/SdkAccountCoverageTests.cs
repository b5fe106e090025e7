using System.Net;
using Spotnet.Client.Errors;
using Spotnet.Client.Requests;
using Spotnet.Protocol.Enums;

namespace Spotnet.EndToEnd.Tests.Sdk;

public sealed class SdkAccountCoverageTests
{
    private const string Symbol = "BTCUSDT";

    [Fact]
    public async Task Every_account_and_trading_method_of_the_sdk_works_against_a_server_whose_clock_is_far_from_the_client_clock()
    {
        await using var server = await TestServer.StartAsync();
        using var credentials = await SdkClients.CreateCredentialsAsync(server, "RSA-PKCS8");
        using var sellerCredentials = await SdkClients.CreateCredentialsAsync(server, "HMAC");
        // The clients' clock is 200 days ahead of the server's, so every signed call relies on server-time sync.
        var shift = TimeSpan.FromDays(200);
        var clock = new ManualTimeProvider(TestServer.Start + shift);
        var client = SdkClients.Create(server, credentials, time: clock);
        var seller = SdkClients.Create(server, sellerCredentials, time: clock);

        var account = await client.GetAccountAsync(new AccountRequest { OmitZeroBalances = true });
        Assert.Equal(1m, account.Balances.Single(balance => balance.Asset == "BTC").Free);
        Assert.InRange(client.TimeSync.Offset + shift, TimeSpan.FromSeconds(-1), TimeSpan.FromSeconds(1));
        Assert.Equal(Symbol, (await client.GetCommissionRatesAsync(new SignedSymbolRequest(Symbol))).Symbol);
        Assert.NotEmpty((await client.GetMyFiltersAsync(new SignedSymbolRequest(Symbol))).SymbolFilters);
        var limit = NewOrder.Limit(Symbol, OrderSide.Buy, 0.001m, 60000m);
        Assert.Null(await client.TestOrderAsync(new TestOrder(limit)));
        Assert.NotNull((await client.TestOrderAsync(new TestOrder(limit) { ComputeCommissionRates = true }))!.StandardCommissionForOrder);

        // Single orders: placed, resolved by client order id, listed, read, cancelled.
        var placed = await client.PlaceOrderAsync(limit with { ClientOrderId = "coverage-1" });
        Assert.Equal(placed.OrderId, (await client.ResolveOrderAsync(Symbol, "coverage-1"))!.OrderId);
        Assert.Null(await client.ResolveOrderAsync(Symbol, "never-placed"));
        Assert.Equal(placed.OrderId, Assert.Single(await client.GetOpenOrdersAsync()).OrderId);
        Assert.Equal(OrderStatus.New, (await client.GetOrderAsync(QueryOrder.ById(Symbol, placed.OrderId))).Status);
        Assert.Equal(OrderStatus.Canceled, (await client.CancelOrderAsync(CancelOrder.ByClientOrderId(Symbol, "coverage-1"))).Status);
        Assert.Equal(placed.OrderId, Assert.Single(await client.GetAllOrdersAsync(new AllOrdersRequest(Symbol))).OrderId);
        Assert.Contains(await client.GetOrderRateLimitsAsync(), rate => rate.RateLimitType == RateLimitType.Orders && rate.Interval == RateLimitInterval.Second && rate.Count == 1);

        // Every order-list kind is placed, then one call cancels them all. Each leg is built afresh: a leg carries its own generated client order id.
        var oto = await client.PlaceOtoOrderListAsync(new OtoOrderList(Symbol, OrderSide.Buy, 0.001m, OrderListLeg.Limit(60000m), OrderSide.Sell, 0.001m, OrderListLeg.LimitMaker(70000m)));
        var opo = await client.PlaceOpoOrderListAsync(new OtoOrderList(Symbol, OrderSide.Buy, 0.001m, OrderListLeg.Limit(60000m), OrderSide.Sell, null, OrderListLeg.LimitMaker(70000m)));
        var otoco = await client.PlaceOtocoOrderListAsync(new OtocoOrderList(Symbol, OrderSide.Buy, 0.001m, OrderListLeg.Limit(60000m), OrderSide.Sell, 0.001m, OrderListLeg.LimitMaker(70000m), OrderListLeg.StopLoss(55000m)));
        var opoco = await client.PlaceOpocoOrderListAsync(new OtocoOrderList(Symbol, OrderSide.Buy, 0.001m, OrderListLeg.Limit(60000m), OrderSide.Sell, null, OrderListLeg.LimitMaker(70000m), OrderListLeg.StopLoss(55000m)));
        Assert.Equal([2, 2, 3, 3], new[] { oto, opo, otoco, opoco }.Select(list => list.Orders.Count));
        Assert.All(new[] { oto, opo, otoco, opoco }, list => Assert.Equal(ContingencyType.Oto, list.ContingencyType));
        var cancellations = await client.CancelOpenOrdersAsync(new SignedSymbolRequest(Symbol));
        Assert.Equal(
            new[] { oto, opo, otoco, opoco }.Select(list => list.OrderListId).Order(),
            cancellations.Select(cancellation => cancellation.OrderList!.OrderListId).Order());
        Assert.Empty(await client.GetOpenOrdersAsync(new OpenOrdersRequest { Symbol = Symbol }));
        Assert.Empty(await client.GetOpenOrderListsAsync());
        Assert.Equal(4, (await client.GetAllOrderListsAsync(new AllOrderListsRequest { Limit = 10 })).Count);
        var queried = await client.GetOrderListAsync(QueryOrderList.ById(otoco.OrderListId));
        Assert.Equal((otoco.ListClientOrderId, ListOrderStatus.AllDone), (queried.ListClientOrderId, queried.ListOrderStatus));

        // A fill against another account shows in myTrades; a self-trade with EXPIRE_MAKER shows in myPreventedMatches.
        await seller.PlaceOrderAsync(NewOrder.Limit(Symbol, OrderSide.Sell, 0.001m, 65000m));
        var bought = await client.PlaceOrderAsync(NewOrder.Market(Symbol, OrderSide.Buy, 0.001m));
        var trade = Assert.Single(await client.GetAccountTradesAsync(new AccountTradesRequest(Symbol)));
        Assert.Equal((bought.OrderId, 65000m, true), (trade.OrderId, trade.Price, trade.IsBuyer));
        var maker = await client.PlaceOrderAsync(NewOrder.Limit(Symbol, OrderSide.Sell, 0.001m, 66000m));
        var taker = await client.PlaceOrderAsync(NewOrder.Limit(Symbol, OrderSide.Buy, 0.001m, 66000m) with { SelfTradePreventionMode = SelfTradePreventionMode.ExpireMaker });
        var prevented = Assert.Single(await client.GetPreventedMatchesAsync(new PreventedMatchesRequest(Symbol) { OrderId = taker.OrderId }));
        Assert.Equal((maker.OrderId, taker.OrderId), (prevented.MakerOrderId, prevented.TakerOrderId));
    }

    [Fact]
    public async Task Sor_methods_place_test_and_read_allocations_through_the_server_each_sent_once()
    {
        await using var server = await TestServer.StartAsync();
        using var credentials = await SdkClients.CreateCredentialsAsync(server, "ED25519");
        using var makerCredentials = await SdkClients.CreateCredentialsAsync(server, "HMAC");
        var counter = new RequestCounter();
        var client = SdkClients.Create(server, credentials, counter);
        var maker = SdkClients.Create(server, makerCredentials);
        await maker.PlaceOrderAsync(NewOrder.Limit("BTCUSDC", OrderSide.Sell, 0.001m, 60000m));
        var order = NewOrder.Limit(Symbol, OrderSide.Buy, 0.001m, 61000m);

        Assert.Null(await client.TestSorOrderAsync(new TestOrder(order)));
        Assert.Equal(1, counter.Count);
        Assert.NotNull((await client.TestSorOrderAsync(new TestOrder(order) { ComputeCommissionRates = true }))!.StandardCommissionForOrder);
        Assert.Equal(2, counter.Count);
        var placed = await client.PlaceSorOrderAsync(order);
        Assert.Equal(3, counter.Count);
        Assert.Equal((OrderStatus.Filled, WorkingFloor.Sor, true), (placed.Status, placed.WorkingFloor, placed.UsedSor));
        var fill = Assert.Single(placed.Fills!);
        Assert.Equal((Spotnet.Protocol.Enums.MatchType.OnePartyTradeReport, -1L, 0L, 60000m), (fill.MatchType, fill.TradeId, fill.AllocationId, fill.Price));
        var allocation = Assert.Single(await client.GetAllocationsAsync(new AllocationsRequest(Symbol) { OrderId = placed.OrderId }));
        Assert.Equal((0L, AllocationType.Sor, 0.001m, 60m), (allocation.AllocationId, allocation.AllocationType, allocation.Quantity, allocation.QuoteQuantity));
        Assert.Equal(4, counter.Count);

        var stop = await Assert.ThrowsAsync<SpotApiException>(() => client.PlaceSorOrderAsync(NewOrder.Limit("BNBUSDT", OrderSide.Buy, 1m, 500m)));
        Assert.Equal((HttpStatusCode.BadRequest, -1020), (stop.HttpStatus, stop.Code));
        Assert.Equal(5, counter.Count);
    }
}
