using System.Net;
using Spotnet.Client.Errors;
using Spotnet.Client.Requests;
using Spotnet.Protocol.Enums;

namespace Spotnet.EndToEnd.Tests.Sdk;

public sealed class SdkTimeSyncTests
{
    [Fact]
    public async Task After_the_server_clock_jumps_a_signed_read_resynchronizes_and_succeeds_while_an_order_fails_once_and_is_not_resent()
    {
        await using var server = await TestServer.StartAsync();
        using var credentials = await SdkClients.CreateCredentialsAsync(server, "HMAC");
        var counter = new RequestCounter();
        // The client's clock is a month behind the server's and stands still, so only the server's jumps below move them apart.
        var client = SdkClients.Create(server, credentials, counter, new ManualTimeProvider(TestServer.Start - TimeSpan.FromDays(30)));
        await client.GetAccountAsync();
        Assert.Equal(2, counter.Count); // time, account

        // The read is rejected with -1021, the SDK drops its offset, syncs again and retries: account, time, account.
        server.Time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(1m, (await client.GetAccountAsync()).Balances.Single(balance => balance.Asset == "BTC").Free);
        Assert.Equal(5, counter.Count);

        // An order is never retried: -1021 comes back to the caller, and the next order uses a fresh offset.
        server.Time.Advance(TimeSpan.FromMinutes(10));
        var order = NewOrder.Limit("BTCUSDT", OrderSide.Buy, 0.001m, 60000m);
        var stale = await Assert.ThrowsAsync<SpotApiException>(() => client.PlaceOrderAsync(order));
        Assert.Equal((HttpStatusCode.BadRequest, -1021, order.ClientOrderId), (stale.HttpStatus, stale.Code, stale.ClientOrderId));
        Assert.Equal(6, counter.Count);
        Assert.Empty(await client.GetOpenOrdersAsync());
        Assert.Equal(OrderStatus.New, (await client.PlaceOrderAsync(order)).Status);
    }
}
