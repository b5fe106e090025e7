using System.Net;
using Spotnet.Client.Errors;
using Spotnet.Client.RateLimits;
using Spotnet.Client.Requests;
using Spotnet.Protocol.Enums;

namespace Spotnet.EndToEnd.Tests.Sdk;

public sealed class SdkRateLimitTests
{
    [Fact]
    public async Task A_429_surfaces_as_an_api_error_and_the_sdk_sends_nothing_more_until_retry_after_has_passed()
    {
        await using var server = await TestServer.StartAsync(extraArgs: ["--RateLimits:RequestWeightPerMinute=3"]);
        var counter = new RequestCounter();
        var client = SdkClients.Create(server, counter: counter);
        var hits = new List<RateLimitHitEventArgs>();
        client.RateLimits.RateLimitHit += (_, hit) => hits.Add(hit);
        for (var i = 0; i < 3; i++)
        {
            await client.PingAsync();
        }

        Assert.Equal(3, client.RateLimits.UsedWeight["1M"].Used);
        server.Time.Advance(TimeSpan.FromSeconds(15));
        var limited = await Assert.ThrowsAsync<SpotApiException>(() => client.PingAsync());
        Assert.Equal((HttpStatusCode.TooManyRequests, -1003), (limited.HttpStatus, limited.Code));
        var hit = Assert.Single(hits);
        Assert.Equal(new RateLimitHitEventArgs(429, -1003, server.Time.GetUtcNow() + TimeSpan.FromSeconds(45)), hit);
        Assert.Equal(4, counter.Count);

        // Within Retry-After the next call waits instead of sending; the caller gives up on it and nothing went out.
        using (var giveUp = new CancellationTokenSource())
        {
            var held = client.PingAsync(giveUp.Token);
            Assert.False(held.IsCompleted);
            await giveUp.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => held);
        }

        Assert.Equal(4, counter.Count);

        // Once Retry-After (the end of the minute) has passed, requests flow again in a fresh window.
        server.Time.Advance(TimeSpan.FromSeconds(45));
        await client.PingAsync();
        Assert.Equal(5, counter.Count);
        Assert.Equal(1, client.RateLimits.UsedWeight["1M"].Used);
    }

    [Fact]
    public async Task A_418_raises_the_ban_event_and_the_sdk_refuses_every_call_without_sending_until_the_ban_ends()
    {
        await using var server = await TestServer.StartAsync(extraArgs: ["--RateLimits:RequestWeightPerMinute=1", "--RateLimits:RequestsAfterLimitBeforeBan=0"]);
        using var credentials = await SdkClients.CreateCredentialsAsync(server, "HMAC");
        var counter = new RequestCounter();
        var client = SdkClients.Create(server, credentials, counter);
        var hits = new List<RateLimitHitEventArgs>();
        client.RateLimits.RateLimitHit += (_, hit) => hits.Add(hit);
        await client.PingAsync();

        var banned = await Assert.ThrowsAsync<SpotApiException>(() => client.PingAsync());
        Assert.Equal(((HttpStatusCode)418, -1003), (banned.HttpStatus, banned.Code));
        var until = server.Time.GetUtcNow() + TimeSpan.FromSeconds(120);
        Assert.Equal(new RateLimitHitEventArgs(418, -1003, until), Assert.Single(hits));
        Assert.Equal(until, client.RateLimits.BannedUntil);
        Assert.Equal(2, counter.Count);

        // During the ban, public and signed calls alike fail at once and nothing reaches the wire.
        server.Time.Advance(TimeSpan.FromSeconds(119));
        Assert.Equal(until, (await Assert.ThrowsAsync<SpotIpBannedException>(() => client.PingAsync())).BannedUntil);
        await Assert.ThrowsAsync<SpotIpBannedException>(() => client.GetAccountAsync());
        await Assert.ThrowsAsync<SpotIpBannedException>(() => client.PlaceOrderAsync(NewOrder.Limit("BTCUSDT", OrderSide.Buy, 0.001m, 60000m)));
        Assert.Equal(2, counter.Count);

        server.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(client.RateLimits.BannedUntil);
        await client.PingAsync();
        Assert.Equal(3, counter.Count);
        Assert.Equal(1, client.RateLimits.UsedWeight["1M"].Used);
    }

    [Fact]
    public async Task An_order_count_429_holds_only_order_placement_while_reads_still_go_out()
    {
        await using var server = await TestServer.StartAsync(extraArgs: ["--RateLimits:OrdersPerTenSeconds=2"]);
        using var credentials = await SdkClients.CreateCredentialsAsync(server, "ED25519");
        var counter = new RequestCounter();
        var client = SdkClients.Create(server, credentials, counter);
        var hits = new List<RateLimitHitEventArgs>();
        client.RateLimits.RateLimitHit += (_, hit) => hits.Add(hit);
        var order = NewOrder.Limit("BTCUSDT", OrderSide.Buy, 0.001m, 60000m);
        await client.PlaceOrderAsync(order);
        await client.PlaceOrderAsync(order with { ClientOrderId = "second" });

        var limited = await Assert.ThrowsAsync<SpotApiException>(() => client.PlaceOrderAsync(order with { ClientOrderId = "third" }));
        Assert.Equal((HttpStatusCode.TooManyRequests, -1015), (limited.HttpStatus, limited.Code));
        Assert.Equal(new RateLimitHitEventArgs(429, -1015, server.Time.GetUtcNow() + TimeSpan.FromSeconds(10)), Assert.Single(hits));
        Assert.Equal(3, counter.Count);

        Assert.Equal(2, (await client.GetOpenOrdersAsync(new OpenOrdersRequest { Symbol = "BTCUSDT" })).Count);
        Assert.Equal(4, counter.Count);
        using (var giveUp = new CancellationTokenSource())
        {
            var held = client.PlaceOrderAsync(order with { ClientOrderId = "fourth" }, giveUp.Token);
            Assert.False(held.IsCompleted);
            await giveUp.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => held);
        }

        Assert.Equal(4, counter.Count);
        server.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(OrderStatus.New, (await client.PlaceOrderAsync(order with { ClientOrderId = "fifth" })).Status);
        Assert.Equal(5, counter.Count);
    }
}
