using Spotnet.Client.Requests;
using Spotnet.Protocol.Enums;

namespace Spotnet.EndToEnd.Tests.Sdk;

public sealed class SdkTradingSessionTests
{
    private const string Symbol = "BTCUSDT";

    [Theory]
    [MemberData(nameof(SdkClients.KeyKinds), MemberType = typeof(SdkClients))]
    public async Task A_full_trading_session_through_the_sdk_works_with_every_key_type(string kind)
    {
        await using var server = await TestServer.StartAsync(extraArgs: MarketDataFixture.SimulatedMarket);
        using var credentials = await SdkClients.CreateCredentialsAsync(server, kind);
        var client = SdkClients.Create(server, credentials);

        // A limit buy far below the simulated market (around 65000) rests, is found by its client order id, and is cancelled.
        var resting = await client.PlaceOrderAsync(NewOrder.Limit(Symbol, OrderSide.Buy, 0.001m, 50000m));
        Assert.Equal(OrderStatus.New, resting.Status);
        var queried = await client.GetOrderAsync(QueryOrder.ByClientOrderId(Symbol, resting.ClientOrderId));
        Assert.Equal(resting.OrderId, queried.OrderId);
        Assert.Equal(50000m, queried.Price);
        Assert.Equal(0.001m, queried.OriginalQuantity);
        var canceled = await client.CancelOrderAsync(CancelOrder.ById(Symbol, resting.OrderId));
        Assert.Equal(OrderStatus.Canceled, canceled.Status);
        Assert.Equal(OrderStatus.Canceled, (await client.GetOrderAsync(QueryOrder.ById(Symbol, resting.OrderId))).Status);

        // A market buy fills against the simulated book, and myTrades shows exactly its fills.
        var market = await client.PlaceOrderAsync(NewOrder.Market(Symbol, OrderSide.Buy, 0.01m));
        Assert.Equal(OrderStatus.Filled, market.Status);
        Assert.Equal(0.01m, market.ExecutedQuantity);
        var trades = await client.GetAccountTradesAsync(new AccountTradesRequest(Symbol) { OrderId = market.OrderId });
        Assert.Equal(market.Fills!.Select(fill => fill.TradeId), trades.Select(trade => trade.Id));
        Assert.Equal(0.01m, trades.Sum(trade => trade.Quantity));
        Assert.All(trades, trade => Assert.True(trade.IsBuyer));

        // An OCO sell is placed, listed as open, queried, and cancelled with both legs.
        var oco = await client.PlaceOcoOrderListAsync(OcoOrderList.SellTakeProfitStopLoss(Symbol, 0.001m, 70000m, 60000m, 59000m));
        Assert.Equal(ContingencyType.Oco, oco.ContingencyType);
        Assert.Equal(2, oco.OrderReports.Count);
        Assert.Equal(oco.OrderListId, Assert.Single(await client.GetOpenOrderListsAsync()).OrderListId);
        Assert.Equal(oco.OrderListId, (await client.GetOrderListAsync(QueryOrderList.ByClientOrderId(oco.ListClientOrderId))).OrderListId);
        var canceledList = await client.CancelOrderListAsync(CancelOrderList.ById(Symbol, oco.OrderListId));
        Assert.Equal(ListOrderStatus.AllDone, canceledList.ListOrderStatus);
        Assert.All(canceledList.OrderReports, leg => Assert.Equal(OrderStatus.Canceled, leg.Status));
        Assert.Empty(await client.GetOpenOrderListsAsync());
        Assert.Equal(oco.OrderListId, Assert.Single(await client.GetAllOrderListsAsync()).OrderListId);

        // Cancel-replace swaps a resting order for a new one at another price.
        var old = await client.PlaceOrderAsync(NewOrder.Limit(Symbol, OrderSide.Buy, 0.002m, 60000m));
        var replaced = await client.CancelReplaceOrderAsync(CancelReplaceOrder.ById(old.OrderId, NewOrder.Limit(Symbol, OrderSide.Buy, 0.002m, 61000m)));
        Assert.Equal(CancelReplaceResult.Success, replaced.CancelResult);
        Assert.Equal(NewOrderResult.Success, replaced.NewOrderResult);
        Assert.Equal(OrderStatus.Canceled, replaced.CancelResponse.Order!.Status);
        var replacement = replaced.NewOrderResponse!.Order!;
        Assert.Equal(61000m, replacement.Price);

        // Amend keep-priority lowers the quantity of the same order, and the amendment is listed.
        var amended = await client.AmendOrderAsync(AmendOrder.ById(Symbol, replacement.OrderId, 0.001m));
        Assert.Equal(replacement.OrderId, amended.AmendedOrder.OrderId);
        Assert.Equal(0.001m, amended.AmendedOrder.Quantity);
        var amendment = Assert.Single(await client.GetOrderAmendmentsAsync(new OrderAmendmentsRequest(Symbol, replacement.OrderId)));
        Assert.Equal((0.002m, 0.001m), (amendment.OriginalQuantity, amendment.NewQuantity));
        var open = Assert.Single(await client.GetOpenOrdersAsync(new OpenOrdersRequest { Symbol = Symbol }));
        Assert.Equal((replacement.OrderId, 0.001m), (open.OrderId, open.OriginalQuantity));
    }
}
