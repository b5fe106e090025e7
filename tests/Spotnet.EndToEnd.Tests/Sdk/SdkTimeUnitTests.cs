using Spotnet.Client;
using Spotnet.Client.Requests;
using Spotnet.Client.Timing;
using Spotnet.Protocol.Enums;

namespace Spotnet.EndToEnd.Tests.Sdk;

public sealed class SdkTimeUnitTests
{
    [Fact]
    public async Task Times_read_in_milliseconds_and_in_microseconds_name_the_same_server_instants()
    {
        await using var server = await TestServer.StartAsync();
        using var credentials = await SdkClients.CreateCredentialsAsync(server, "HMAC");
        var milliseconds = SdkClients.Create(server, credentials);
        var microseconds = new SpotRestClient(new HttpClient(), new SpotClientOptions
        {
            Environment = milliseconds.Environment,
            Credentials = credentials,
            SynchronizeTime = false,
            ResponseTimeUnit = TimestampUnit.Microsecond,
        }, timeProvider: server.Time);
        // 1234.5 µs past the minute: milliseconds keep 1 ms of it, microseconds 1234 µs.
        server.Time.Advance(TimeSpan.FromTicks(12_345));
        var now = server.Time.GetUtcNow();

        var placed = await microseconds.PlaceOrderAsync(NewOrder.Limit("BTCUSDT", OrderSide.Buy, 0.001m, 50000m));
        var inMicroseconds = await microseconds.GetOrderAsync(QueryOrder.ById("BTCUSDT", placed.OrderId));
        var inMilliseconds = await milliseconds.GetOrderAsync(QueryOrder.ById("BTCUSDT", placed.OrderId));
        var serverTime = await microseconds.GetServerTimeAsync();

        var toMicrosecond = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
        var toMillisecond = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
        Assert.Equal(1000 * toMillisecond.ToUnixTimeMilliseconds() + 234, placed.TransactTime);
        Assert.Equal(toMicrosecond, placed.TransactTimeUtc);
        Assert.Equal((toMicrosecond, toMicrosecond), (inMicroseconds.TimeUtc, inMicroseconds.UpdateTimeUtc));
        Assert.Equal((toMillisecond, toMillisecond), (inMilliseconds.TimeUtc, inMilliseconds.UpdateTimeUtc));
        Assert.Equal(toMicrosecond, serverTime);
    }
}
