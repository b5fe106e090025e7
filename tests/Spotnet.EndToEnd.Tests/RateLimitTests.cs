using System.Net;
using System.Net.Sockets;

namespace Spotnet.EndToEnd.Tests;

public sealed class RateLimitTests
{
    private static Task<TestServer> StartAsync(params string[] settings) =>
        TestServer.StartAsync(routes => Probe.Map(routes), null, settings);

    [Fact]
    public async Task Every_response_carries_the_used_weight_which_resets_at_the_minute_boundary()
    {
        await using var server = await StartAsync();
        Assert.Equal("1", (await server.SendAsync(HttpMethod.Get, "/api/v3/ping")).Header("X-MBX-USED-WEIGHT-1M"));
        Assert.Equal("2", (await server.SendAsync(HttpMethod.Get, "/api/v3/time")).Header("X-MBX-USED-WEIGHT-1M"));
        Assert.Equal("22", (await server.SendAsync(HttpMethod.Get, "/api/v3/exchangeInfo", "symbol=NOSUCH")).Header("X-MBX-USED-WEIGHT-1M"));
        server.Time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal("23", (await server.SendAsync(HttpMethod.Get, "/api/v3/ping")).Header("X-MBX-USED-WEIGHT-1M"));
        server.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("1", (await server.SendAsync(HttpMethod.Get, "/api/v3/ping")).Header("X-MBX-USED-WEIGHT-1M"));
    }

    [Fact]
    public async Task Exceeding_the_weight_limit_returns_429_with_retry_after_then_an_escalating_ban()
    {
        await using var server = await StartAsync("--RateLimits:RequestWeightPerMinute=5", "--RateLimits:RequestsAfterLimitBeforeBan=2");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(200, (await server.SendAsync(HttpMethod.Get, "/api/v3/ping")).Status);
        }

        server.Time.Advance(TimeSpan.FromSeconds(15));
        var limited = await server.SendAsync(HttpMethod.Get, "/api/v3/ping");
        limited.AssertError(429, -1003, "Too much request weight used; current limit is 5 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.");
        Assert.Equal("45", limited.Header("Retry-After"));
        Assert.Equal(429, (await server.SendAsync(HttpMethod.Get, "/api/v3/ping")).Status);

        var banned = await server.SendAsync(HttpMethod.Get, "/api/v3/ping");
        var until = server.NowMilliseconds + 120_000;
        banned.AssertError(418, -1003, $"Way too much request weight used; IP banned until {until}. Please use WebSocket Streams for live updates to avoid bans.");
        Assert.Equal("120", banned.Header("Retry-After"));

        // Still banned in the next minute; free again when the ban ends.
        server.Time.Advance(TimeSpan.FromSeconds(119));
        Assert.Equal(418, (await server.SendAsync(HttpMethod.Get, "/api/v3/ping")).Status);
        server.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(200, (await server.SendAsync(HttpMethod.Get, "/api/v3/ping")).Status);

        // A second offence doubles the ban.
        for (var i = 0; i < 7; i++)
        {
            await server.SendAsync(HttpMethod.Get, "/api/v3/ping");
        }

        var second = await server.SendAsync(HttpMethod.Get, "/api/v3/ping");
        Assert.Equal(418, second.Status);
        Assert.Equal("240", second.Header("Retry-After"));
    }

    [Fact]
    public async Task A_body_too_large_to_read_weighs_one_and_a_banned_address_gets_418_for_it()
    {
        await using var server = await StartAsync("--RateLimits:RequestWeightPerMinute=2", "--RateLimits:RequestsAfterLimitBeforeBan=0");
        var oversized = "symbol=" + new string('A', 70_000);
        var tooLarge = await server.SendAsync(HttpMethod.Post, "/api/v3/order", body: oversized);
        Assert.Equal(413, tooLarge.Status);
        Assert.Equal("1", tooLarge.Header("X-MBX-USED-WEIGHT-1M"));
        Assert.Equal(200, (await server.SendAsync(HttpMethod.Get, "/api/v3/ping")).Status);

        var banned = await server.SendAsync(HttpMethod.Post, "/api/v3/order", body: oversized);
        banned.AssertError(418, -1003, $"Way too much request weight used; IP banned until {server.NowMilliseconds + 120_000}. Please use WebSocket Streams for live updates to avoid bans.");
        Assert.Equal(418, (await server.SendAsync(HttpMethod.Post, "/api/v3/order", body: oversized)).Status);
    }

    [Fact]
    public async Task Bans_survive_a_restart()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "spotnet-e2e-" + Guid.NewGuid().ToString("N"));
        string[] settings = ["--RateLimits:RequestWeightPerMinute=1", "--RateLimits:RequestsAfterLimitBeforeBan=0"];
        await using (var first = await TestServer.StartAsync(null, dataDirectory, settings))
        {
            first.KeepDataDirectory = true;
            await first.SendAsync(HttpMethod.Get, "/api/v3/ping");
            Assert.Equal(418, (await first.SendAsync(HttpMethod.Get, "/api/v3/ping")).Status);
        }

        await using var second = await TestServer.StartAsync(null, dataDirectory, settings);
        var reply = await second.SendAsync(HttpMethod.Get, "/api/v3/ping");
        Assert.Equal(418, reply.Status);
        Assert.Equal(-1003, reply.Code);
    }

    [Fact]
    public async Task Weight_is_per_ip_across_keys()
    {
        await using var server = await StartAsync("--RateLimits:RequestWeightPerMinute=100");
        var first = await server.CreateKeyAsync();
        var second = await server.CreateKeyAsync("ED25519");
        Assert.Equal(200, (await server.SendAsync(HttpMethod.Get, "/api/v3/rateLimit/order", $"timestamp={server.NowMilliseconds}", signer: first)).Status);
        Assert.Equal(200, (await server.SendAsync(HttpMethod.Get, "/api/v3/rateLimit/order", $"timestamp={server.NowMilliseconds}", signer: second)).Status);
        var third = await server.SendAsync(HttpMethod.Get, "/api/v3/rateLimit/order", $"timestamp={server.NowMilliseconds}", signer: first);
        Assert.Equal(429, third.Status);
        Assert.Equal("120", third.Header("X-MBX-USED-WEIGHT-1M"));
    }

    [Fact]
    public async Task The_same_key_from_two_addresses_has_two_weight_budgets()
    {
        await using var server = await StartAsync("--RateLimits:RequestWeightPerMinute=40");
        var signer = await server.CreateKeyAsync();
        using var other = ClientFrom(IPAddress.Parse("127.0.0.2"), server.Http.BaseAddress!);
        Assert.Equal(200, (await server.SendAsync(HttpMethod.Get, "/api/v3/rateLimit/order", $"timestamp={server.NowMilliseconds}", signer: signer)).Status);

        var query = $"timestamp={server.NowMilliseconds}";
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v3/rateLimit/order?{query}&signature={signer.Sign(query)}");
        request.Headers.Add("X-MBX-APIKEY", signer.ApiKey);
        var reply = await Reply.ReadAsync(await other.SendAsync(request));

        Assert.Equal(200, reply.Status);
        Assert.Equal("40", reply.Header("X-MBX-USED-WEIGHT-1M"));
    }

    [Fact]
    public async Task Key_restricted_to_one_loopback_address_is_refused_from_another()
    {
        await using var server = await StartAsync();
        var signer = await server.CreateKeyAsync("HMAC", ", \"ipRestrict\": [\"127.0.0.2\"]");
        var fromFirst = await server.SendAsync(HttpMethod.Get, "/api/v3/rateLimit/order", $"timestamp={server.NowMilliseconds}", signer: signer);
        fromFirst.AssertError(401, -2015, "Invalid API-key, IP, or permissions for action.");

        using var other = ClientFrom(IPAddress.Parse("127.0.0.2"), server.Http.BaseAddress!);
        var query = $"timestamp={server.NowMilliseconds}";
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v3/rateLimit/order?{query}&signature={signer.Sign(query)}");
        request.Headers.Add("X-MBX-APIKEY", signer.ApiKey);
        Assert.Equal(200, (int)(await other.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Unfilled_order_count_limit_returns_429_minus_1015_and_successful_orders_carry_count_headers()
    {
        await using var server = await StartAsync("--RateLimits:OrdersPerTenSeconds=2");
        var signer = await server.CreateKeyAsync();
        for (var i = 1; i <= 2; i++)
        {
            var placed = await server.SendAsync(HttpMethod.Post, Probe.TradePath, $"symbol=BTCUSDT&timestamp={server.NowMilliseconds}", signer: signer);
            Assert.Equal(200, placed.Status);
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), placed.Header("X-MBX-ORDER-COUNT-10S"));
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), placed.Header("X-MBX-ORDER-COUNT-1D"));
            Assert.Equal("0", placed.Header("X-MBX-USED-WEIGHT-1M"));
        }

        server.Time.Advance(TimeSpan.FromSeconds(3));
        var rejected = await server.SendAsync(HttpMethod.Post, Probe.TradePath, $"symbol=BTCUSDT&timestamp={server.NowMilliseconds}", signer: signer);
        rejected.AssertError(429, -1015, "Too many new orders; current limit is 2 orders per 10 SECOND.");
        Assert.Equal("7", rejected.Header("Retry-After"));
        Assert.Equal("1", rejected.Header("X-MBX-USED-WEIGHT-1M"));

        server.Time.Advance(TimeSpan.FromSeconds(7));
        var next = await server.SendAsync(HttpMethod.Post, Probe.TradePath, $"symbol=BTCUSDT&timestamp={server.NowMilliseconds}", signer: signer);
        Assert.Equal(200, next.Status);
        Assert.Equal("1", next.Header("X-MBX-ORDER-COUNT-10S"));
        Assert.Equal("3", next.Header("X-MBX-ORDER-COUNT-1D"));
    }

    [Fact]
    public async Task Failed_order_requests_pay_their_weight()
    {
        await using var server = await StartAsync();
        var signer = await server.CreateKeyAsync();
        var failed = await server.SendAsync(HttpMethod.Post, Probe.TradePath, $"symbol=NOSUCH&timestamp={server.NowMilliseconds}", signer: signer);
        Assert.Equal(-1121, failed.Code);
        Assert.Equal("1", failed.Header("X-MBX-USED-WEIGHT-1M"));
    }

    [Fact]
    public async Task Limits_can_be_switched_off_for_load_tests()
    {
        await using var server = await StartAsync("--RateLimits:Enabled=false", "--RateLimits:RequestWeightPerMinute=1");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(200, (await server.SendAsync(HttpMethod.Get, "/api/v3/ping")).Status);
        }

        Assert.Equal("6", (await server.SendAsync(HttpMethod.Get, "/api/v3/time")).Header("X-MBX-USED-WEIGHT-1M"));
    }

    [Fact]
    public async Task Environment_style_keys_override_settings()
    {
        await using var server = await StartAsync("--RateLimits:RequestWeightPerMinute=77");
        var reply = await server.SendAsync(HttpMethod.Get, "/api/v3/exchangeInfo", "symbol=BTCUSDT");
        Assert.Equal(77, reply.Json.GetProperty("rateLimits")[0].GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task Exceeding_raw_requests_in_five_minutes_returns_429()
    {
        await using var server = await StartAsync("--RateLimits:RawRequestsPerFiveMinutes=3");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(200, (await server.SendAsync(HttpMethod.Get, "/api/v3/ping")).Status);
            server.Time.Advance(TimeSpan.FromMinutes(1));
        }

        var limited = await server.SendAsync(HttpMethod.Get, "/api/v3/ping");
        limited.AssertError(429, -1003, "Too many requests queued.");
        Assert.Equal("120", limited.Header("Retry-After"));
    }

    [Fact]
    public async Task Too_many_failed_signatures_in_a_minute_ban_the_ip()
    {
        await using var server = await StartAsync("--RateLimits:AuthFailuresPerMinuteBeforeBan=3");
        var signer = await server.CreateKeyAsync();
        Task<Reply> BadSignature() => server.SendAsync(HttpMethod.Get, "/api/v3/rateLimit/order", $"timestamp={server.NowMilliseconds}&signature=00",
            configure: request => request.Headers.Add("X-MBX-APIKEY", signer.ApiKey));
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(-1022, (await BadSignature()).Code);
        }

        var banned = await server.SendAsync(HttpMethod.Get, "/api/v3/ping");
        Assert.Equal(418, banned.Status);
        Assert.Equal("120", banned.Header("Retry-After"));
    }

    [Fact]
    public async Task Failed_signatures_under_the_budget_do_not_ban()
    {
        await using var server = await StartAsync("--RateLimits:AuthFailuresPerMinuteBeforeBan=3");
        var signer = await server.CreateKeyAsync();
        for (var i = 0; i < 3; i++)
        {
            await server.SendAsync(HttpMethod.Get, "/api/v3/rateLimit/order", $"timestamp={server.NowMilliseconds}&signature=00",
                configure: request => request.Headers.Add("X-MBX-APIKEY", signer.ApiKey));
        }

        server.Time.Advance(TimeSpan.FromMinutes(1));
        await server.SendAsync(HttpMethod.Get, "/api/v3/rateLimit/order", $"timestamp={server.NowMilliseconds}&signature=00",
            configure: request => request.Headers.Add("X-MBX-APIKEY", signer.ApiKey));
        Assert.Equal(200, (await server.SendAsync(HttpMethod.Get, "/api/v3/ping")).Status);
    }

    private static HttpClient ClientFrom(IPAddress source, Uri baseAddress) =>
        new(new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(source, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
        })
        { BaseAddress = baseAddress };
}
