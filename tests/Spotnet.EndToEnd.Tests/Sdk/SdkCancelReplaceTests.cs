using System.Net;
using Spotnet.Client.Errors;
using Spotnet.Client.Requests;
using Spotnet.Protocol.Enums;

namespace Spotnet.EndToEnd.Tests.Sdk;

public sealed class SdkCancelReplaceTests
{
    [Fact]
    public async Task A_partially_failed_cancel_replace_throws_with_both_halves_read_from_the_409_body()
    {
        await using var server = await TestServer.StartAsync();
        using var credentials = await SdkClients.CreateCredentialsAsync(server, "RSA-PKCS1");
        var client = SdkClients.Create(server, credentials);
        var old = await client.PlaceOrderAsync(NewOrder.Limit("BTCUSDT", OrderSide.Buy, 0.001m, 60000m));
        // One whole BTC at 60000 needs more than the 10000 USDT the account holds.
        var tooLarge = NewOrder.Limit("BTCUSDT", OrderSide.Buy, 1m, 60000m);

        var error = await Assert.ThrowsAsync<SpotApiException>(() => client.CancelReplaceOrderAsync(CancelReplaceOrder.ById(old.OrderId, tooLarge)));

        Assert.Equal((HttpStatusCode.Conflict, -2021, tooLarge.ClientOrderId), (error.HttpStatus, error.Code, error.ClientOrderId));
        var result = error.CancelReplaceResult!;
        Assert.Equal((CancelReplaceResult.Success, NewOrderResult.Failure), (result.CancelResult, result.NewOrderResult));
        Assert.Equal((old.OrderId, OrderStatus.Canceled), (result.CancelResponse.Order!.OrderId, result.CancelResponse.Order.Status));
        Assert.Equal(-2010, result.NewOrderResponse!.Error!.Code);
        Assert.Empty(await client.GetOpenOrdersAsync());
    }

    [Fact]
    public async Task A_cancel_replace_of_an_unknown_order_throws_minus_2022_with_the_new_order_not_attempted()
    {
        await using var server = await TestServer.StartAsync();
        using var credentials = await SdkClients.CreateCredentialsAsync(server, "HMAC");
        var client = SdkClients.Create(server, credentials);

        var error = await Assert.ThrowsAsync<SpotApiException>(
            () => client.CancelReplaceOrderAsync(CancelReplaceOrder.ById(999, NewOrder.Limit("BTCUSDT", OrderSide.Buy, 0.001m, 61000m))));

        Assert.Equal((HttpStatusCode.BadRequest, -2022), (error.HttpStatus, error.Code));
        var result = error.CancelReplaceResult!;
        Assert.Equal((CancelReplaceResult.Failure, NewOrderResult.NotAttempted), (result.CancelResult, result.NewOrderResult));
        Assert.Equal(-2011, result.CancelResponse.Error!.Code);
        Assert.Null(result.NewOrderResponse);
        Assert.Empty(await client.GetOpenOrdersAsync());
    }
}
