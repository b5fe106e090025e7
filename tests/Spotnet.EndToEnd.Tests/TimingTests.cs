namespace Spotnet.EndToEnd.Tests;

public sealed class TimingTests
{
    private const string Path = "/api/v3/rateLimit/order";

    [Fact]
    public async Task Missing_timestamp_returns_minus_1102()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync();
        var reply = await server.SendAsync(HttpMethod.Get, Path, "recvWindow=5000", signer: signer);
        reply.AssertError(400, -1102, "Mandatory parameter 'timestamp' was not sent, was empty/null, or malformed.");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("1.5")]
    public async Task Malformed_timestamp_returns_minus_1100(string timestamp)
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync();
        var reply = await server.SendAsync(HttpMethod.Get, Path, $"timestamp={timestamp}", signer: signer);
        reply.AssertError(400, -1100, "Illegal characters found in parameter 'timestamp'; legal range is '^-?[0-9]{1,20}$'.");
    }

    [Fact]
    public async Task Timestamp_1000_ms_ahead_is_rejected_and_999_ms_ahead_is_accepted()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync();
        var ahead = await server.SendAsync(HttpMethod.Get, Path, $"timestamp={server.NowMilliseconds + 1000}", signer: signer);
        ahead.AssertError(400, -1021, "Timestamp for this request was 1000ms ahead of the server's time.");
        var almost = await server.SendAsync(HttpMethod.Get, Path, $"timestamp={server.NowMilliseconds + 999}", signer: signer);
        Assert.Equal(200, almost.Status);
    }

    [Fact]
    public async Task Default_recv_window_is_5000_ms_inclusive()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync();
        var late = await server.SendAsync(HttpMethod.Get, Path, $"timestamp={server.NowMilliseconds - 5001}", signer: signer);
        late.AssertError(400, -1021, "Timestamp for this request is outside of the recvWindow.");
        var edge = await server.SendAsync(HttpMethod.Get, Path, $"timestamp={server.NowMilliseconds - 5000}", signer: signer);
        Assert.Equal(200, edge.Status);
    }

    [Fact]
    public async Task Recv_window_of_60000_accepts_a_timestamp_59999_ms_old()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync();
        var reply = await server.SendAsync(HttpMethod.Get, Path, $"recvWindow=60000&timestamp={server.NowMilliseconds - 59999}", signer: signer);
        Assert.Equal(200, reply.Status);
    }

    [Fact]
    public async Task Recv_window_above_60000_returns_minus_1102()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync();
        var reply = await server.SendAsync(HttpMethod.Get, Path, $"recvWindow=60001&timestamp={server.NowMilliseconds}", signer: signer);
        reply.AssertError(400, -1102, "'recvWindow' contains unexpected value. Cannot be greater than 60000.");
    }

    [Fact]
    public async Task Recv_window_with_four_decimals_returns_minus_1111()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync();
        var reply = await server.SendAsync(HttpMethod.Get, Path, $"recvWindow=6000.3456&timestamp={server.NowMilliseconds}", signer: signer);
        reply.AssertError(400, -1111, "Parameter 'recvWindow' has too much precision.");
    }

    [Fact]
    public async Task Negative_recv_window_returns_minus_1100()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync();
        var reply = await server.SendAsync(HttpMethod.Get, Path, $"recvWindow=-1&timestamp={server.NowMilliseconds}", signer: signer);
        reply.AssertError(400, -1100, "Illegal characters found in parameter 'recvWindow'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.");
    }

    [Fact]
    public async Task Recv_window_decimals_are_microseconds()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync();
        var nowMicroseconds = server.NowMilliseconds * 1000;
        // 100.5 ms window: a request 100.4 ms old passes, one 100.6 ms old does not.
        var inside = await server.SendAsync(HttpMethod.Get, Path, $"recvWindow=100.5&timestamp={nowMicroseconds - 100_400}", signer: signer);
        Assert.Equal(200, inside.Status);
        var outside = await server.SendAsync(HttpMethod.Get, Path, $"recvWindow=100.5&timestamp={nowMicroseconds - 100_600}", signer: signer);
        outside.AssertError(400, -1021, "Timestamp for this request is outside of the recvWindow.");
    }

    [Fact]
    public async Task Microsecond_timestamp_four_seconds_old_is_accepted()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync("ED25519");
        var reply = await server.SendAsync(HttpMethod.Get, Path, $"timestamp={(server.NowMilliseconds - 4000) * 1000}", signer: signer);
        Assert.Equal(200, reply.Status);
    }

    [Fact]
    public async Task Exact_replay_inside_the_window_is_accepted_and_after_it_is_rejected()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync();
        var query = $"timestamp={server.NowMilliseconds}";
        var signed = $"{query}&signature={signer.Sign(query)}";
        Task<Reply> Send() => server.SendAsync(HttpMethod.Get, Path, signed,
            configure: request => request.Headers.Add("X-MBX-APIKEY", signer.ApiKey));

        Assert.Equal(200, (await Send()).Status);
        server.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(200, (await Send()).Status);
        server.Time.Advance(TimeSpan.FromSeconds(4));
        (await Send()).AssertError(400, -1021, "Timestamp for this request is outside of the recvWindow.");
    }

    [Fact]
    public async Task Late_request_rejected_just_before_the_engine_counts_as_an_unfilled_order()
    {
        ManualTimeProvider? clock = null;
        await using var server = await TestServer.StartAsync(routes => Probe.Map(routes, () => clock!.Advance(TimeSpan.FromSeconds(6))));
        clock = server.Time;
        var signer = await server.CreateKeyAsync();

        var reply = await server.SendAsync(HttpMethod.Post, Probe.TradePath, $"symbol=BTCUSDT&timestamp={server.NowMilliseconds}", signer: signer);

        reply.AssertError(400, -1021, "Timestamp for this request is outside of the recvWindow.");
        var counts = await server.SendAsync(HttpMethod.Get, Path, $"timestamp={server.NowMilliseconds}", signer: signer);
        Assert.Equal(1, counts.Json[0].GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Microsecond_time_unit_header_makes_server_time_microseconds()
    {
        await using var server = await TestServer.StartAsync();
        var reply = await server.SendAsync(HttpMethod.Get, "/api/v3/time",
            configure: request => request.Headers.Add("X-MBX-TIME-UNIT", "MICROSECOND"));
        Assert.Equal(server.NowMilliseconds * 1000, reply.Json.GetProperty("serverTime").GetInt64());
        var millis = await server.SendAsync(HttpMethod.Get, "/api/v3/time",
            configure: request => request.Headers.Add("X-MBX-TIME-UNIT", "millisecond"));
        Assert.Equal(server.NowMilliseconds, millis.Json.GetProperty("serverTime").GetInt64());
    }

    [Fact]
    public async Task Invalid_time_unit_header_returns_minus_1194()
    {
        await using var server = await TestServer.StartAsync();
        var reply = await server.SendAsync(HttpMethod.Get, "/api/v3/time",
            configure: request => request.Headers.Add("X-MBX-TIME-UNIT", "NANOSECOND"));
        reply.AssertError(400, -1194, "Invalid value for time unit; expected either MICROSECOND or MILLISECOND.");
    }
}
