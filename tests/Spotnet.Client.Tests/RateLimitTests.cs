using Spotnet.Client.Errors;
using Spotnet.Client.RateLimits;
using Spotnet.Client.Requests;
using Spotnet.Client.Tests.Support;
using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Enums;

namespace Spotnet.Client.Tests;

public class RateLimitTests
{
    private const EndpointId PostOrder = EndpointId.NewOrder;
    private const EndpointId GetAccount = EndpointId.Account;

    [Fact]
    public async Task After_429_nothing_is_sent_until_Retry_After_has_passed()
    {
        await using var fixture = await ClientFixture.StartAsync(options => options.MaxReadRetries = 0);
        fixture.Server.EnqueueJson(429, """{"code":-1003,"msg":"Too many requests; current limit is 6000 request weight per 1 MINUTE. Please use the websocket for live updates to avoid polling the API."}""", ("Retry-After", "7"));
        RateLimitHitEventArgs? hit = null;
        fixture.Client.RateLimits.RateLimitHit += (_, args) => hit = args;

        var error = await Assert.ThrowsAsync<SpotApiException>(() => fixture.Client.SendAsync(GetAccount, new TestRequest(), static _ => 0, CancellationToken.None));
        var next = fixture.Client.SendAsync(GetAccount, new TestRequest(), static _ => 0, CancellationToken.None);
        await WaitForTimerAsync(fixture);

        Assert.Equal(-1003, error.Code);
        Assert.Equal(ClientFixture.DocumentedNow.AddSeconds(7), hit?.ResumeAt);
        Assert.Single(fixture.Server.Requests);
        fixture.Time.Advance(TimeSpan.FromSeconds(6));
        Assert.False(next.IsCompleted);
        Assert.Single(fixture.Server.Requests);
        fixture.Time.Advance(TimeSpan.FromSeconds(1));
        await next;
        Assert.Equal(2, fixture.Server.Requests.Count);
    }

    [Fact]
    public async Task Unfilled_order_count_429_holds_back_orders_but_not_reads()
    {
        await using var fixture = await ClientFixture.StartAsync();
        fixture.Server.EnqueueJson(429, """{"code":-1015,"msg":"Too many new orders; current limit is 50 orders per 10 SECOND."}""", ("Retry-After", "10"));

        await Assert.ThrowsAsync<SpotApiException>(() => fixture.Client.SendAsync(PostOrder, NewOrder.Market("BTCUSDT", OrderSide.Buy, 1m), static _ => 0, CancellationToken.None));
        await fixture.Client.SendAsync(GetAccount, new TestRequest(), static _ => 0, CancellationToken.None);
        var order = fixture.Client.SendAsync(PostOrder, NewOrder.Market("BTCUSDT", OrderSide.Buy, 1m), static _ => 0, CancellationToken.None);
        await WaitForTimerAsync(fixture);

        Assert.Equal(2, fixture.Server.Requests.Count);
        fixture.Time.Advance(TimeSpan.FromSeconds(10));
        await order;
        Assert.Equal(3, fixture.Server.Requests.Count);
    }

    [Fact]
    public async Task After_418_the_ban_event_fires_and_no_request_is_sent_until_it_ends()
    {
        await using var fixture = await ClientFixture.StartAsync();
        fixture.Server.EnqueueJson(418, """{"code":-1003,"msg":"Way too many requests; IP(127.0.0.1) banned until 1499827439559. Please use the websocket for live updates to avoid bans."}""", ("Retry-After", "120"));
        var hits = new List<RateLimitHitEventArgs>();
        fixture.Client.RateLimits.RateLimitHit += (_, args) => hits.Add(args);

        await Assert.ThrowsAsync<SpotApiException>(() => fixture.Client.SendAsync(GetAccount, new TestRequest(), static _ => 0, CancellationToken.None));
        var banned = await Assert.ThrowsAsync<SpotIpBannedException>(() => fixture.Client.SendAsync(PostOrder, NewOrder.Market("BTCUSDT", OrderSide.Buy, 1m), static _ => 0, CancellationToken.None));
        await Assert.ThrowsAsync<SpotIpBannedException>(() => fixture.Client.PingAsync());

        var hit = Assert.Single(hits);
        Assert.Equal(418, hit.HttpStatus);
        Assert.Equal(ClientFixture.DocumentedNow.AddSeconds(120), banned.BannedUntil);
        Assert.Single(fixture.Server.Requests);
        fixture.Time.Advance(TimeSpan.FromSeconds(120));
        await fixture.Client.PingAsync();
        Assert.Equal(2, fixture.Server.Requests.Count);
        Assert.Null(fixture.Client.RateLimits.BannedUntil);
    }

    [Fact]
    public async Task Client_side_limiter_waits_for_the_next_window_when_reported_weight_would_exceed_the_limit()
    {
        await using var fixture = await ClientFixture.StartAsync();
        fixture.Client.RateLimits.SetLimits([new ClientLimit(CountsOrders: false, TimeSpan.FromMinutes(1), Limit: 100)]);
        fixture.Server.EnqueueJson(200, "{}", ("X-MBX-USED-WEIGHT-1M", "90"));

        await fixture.Client.SendAsync(GetAccount, new TestRequest(), static _ => 0, CancellationToken.None);
        var next = fixture.Client.SendAsync(GetAccount, new TestRequest(), static _ => 0, CancellationToken.None);
        await WaitForTimerAsync(fixture);

        Assert.Single(fixture.Server.Requests);
        var untilNextMinute = TimeSpan.FromMinutes(1) - TimeSpan.FromTicks(ClientFixture.DocumentedNow.UtcTicks % TimeSpan.TicksPerMinute);
        fixture.Time.Advance(untilNextMinute);
        await next;
        Assert.Equal(2, fixture.Server.Requests.Count);
    }

    [Fact]
    public async Task Limits_from_exchange_info_hold_orders_back_when_the_reported_order_count_is_at_the_limit()
    {
        await using var fixture = await ClientFixture.StartAsync();
        fixture.Server.EnqueueJson(200, """
            {"timezone":"UTC","serverTime":1499827319559,"rateLimits":[
              {"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000},
              {"rateLimitType":"ORDERS","interval":"SECOND","intervalNum":10,"limit":2},
              {"rateLimitType":"RAW_REQUESTS","interval":"MINUTE","intervalNum":5,"limit":61000}],
             "exchangeFilters":[],"symbols":[]}
            """);
        fixture.Client.UseClientSideRateLimits(await fixture.Client.GetExchangeInfoAsync());
        fixture.Server.EnqueueJson(200, "{}", ("X-MBX-ORDER-COUNT-10S", "2"));
        await fixture.Client.SendAsync(PostOrder, NewOrder.Market("BTCUSDT", OrderSide.Buy, 1m), static _ => 0, CancellationToken.None);

        await fixture.Client.SendAsync(GetAccount, new TestRequest(), static _ => 0, CancellationToken.None);
        var order = fixture.Client.SendAsync(PostOrder, NewOrder.Market("BTCUSDT", OrderSide.Buy, 1m), static _ => 0, CancellationToken.None);
        await WaitForTimerAsync(fixture);

        Assert.Equal(3, fixture.Server.Requests.Count);
        fixture.Time.Advance(TimeSpan.FromSeconds(10) - TimeSpan.FromTicks(ClientFixture.DocumentedNow.UtcTicks % TimeSpan.FromSeconds(10).Ticks));
        await order;
        Assert.Equal(4, fixture.Server.Requests.Count);
    }

    // The call under test runs until it parks on a timer of the manual clock.
    private static async Task WaitForTimerAsync(ClientFixture fixture)
    {
        for (var i = 0; i < 500 && fixture.Time.PendingTimers < 2; i++)
        {
            await Task.Delay(10);
        }
    }
}
