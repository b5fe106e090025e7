namespace Spotnet.EndToEnd.Tests;

public sealed class TradingClientOrderIdTests
{
    [Fact]
    public async Task Empty_new_client_order_id_returns_minus_1118()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);

        var reply = await trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=60000&newClientOrderId=");

        reply.AssertError(400, -1118, "New client order ID was empty.");
    }

    [Fact]
    public async Task Empty_original_client_order_id_returns_minus_1119()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);

        var reply = await trader.GetAsync("/api/v3/order", "symbol=BTCUSDT&orderId=1&origClientOrderId=");

        reply.AssertError(400, -1119, "Original client order ID was empty.");
    }
}
