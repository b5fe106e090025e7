using Spotnet.Client.Errors;
using Spotnet.Client.Tests.Support;
using Spotnet.Client.Timing;

using Spotnet.Protocol.Endpoints;

namespace Spotnet.Client.Tests;

public class TimeSyncTests
{
    private const EndpointId GetAccount = EndpointId.Account;
    private const EndpointId PostOrder = EndpointId.NewOrder;

    [Fact]
    public async Task Offset_is_server_time_minus_the_local_time_half_way_through_the_round_trip()
    {
        var time = new ManualTimeProvider(ClientFixture.DocumentedNow);
        var sync = new ServerTimeSync(time, TimeSpan.FromHours(1), _ =>
        {
            time.Advance(TimeSpan.FromMilliseconds(200));
            var serverTime = ClientFixture.DocumentedNow.AddMilliseconds(3100);
            time.Advance(TimeSpan.FromMilliseconds(200));
            return Task.FromResult(serverTime);
        });

        await sync.SynchronizeAsync(CancellationToken.None);

        Assert.Equal(TimeSpan.FromMilliseconds(400), sync.RoundTrip);
        Assert.Equal(TimeSpan.FromMilliseconds(2900), sync.Offset);
    }

    [Fact]
    public async Task Signed_requests_use_the_offset_measured_from_the_environments_time_endpoint()
    {
        await using var fixture = await ClientFixture.StartAsync(options => options.SynchronizeTime = true);
        fixture.Server.EnqueueJson(200, """{"serverTime":1499827322559}""");

        await fixture.Client.SendAsync(GetAccount, new TestRequest(), static _ => 0, CancellationToken.None);

        var requests = fixture.Server.Requests.ToArray();
        Assert.Equal("/api/v3/time", requests[0].RawTarget);
        Assert.StartsWith("recvWindow=5000&timestamp=1499827322559&", requests[1].RawQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offset_is_measured_again_after_the_interval()
    {
        await using var fixture = await ClientFixture.StartAsync(options => options.SynchronizeTime = true);
        fixture.Server.EnqueueJson(200, """{"serverTime":1499827322559}""");
        await fixture.Client.SendAsync(GetAccount, new TestRequest(), static _ => 0, CancellationToken.None);
        await fixture.Client.SendAsync(GetAccount, new TestRequest(), static _ => 0, CancellationToken.None);
        fixture.Time.Advance(TimeSpan.FromHours(1));
        fixture.Server.EnqueueJson(200, """{"serverTime":1499830919559}""");

        await fixture.Client.SendAsync(GetAccount, new TestRequest(), static _ => 0, CancellationToken.None);

        var paths = fixture.Server.Requests.Select(request => request.Path).ToArray();
        Assert.Equal(["/api/v3/time", "/api/v3/account", "/api/v3/account", "/api/v3/time", "/api/v3/account"], paths);
        Assert.Equal(TimeSpan.Zero, fixture.Client.TimeSync.Offset);
    }

    [Fact]
    public async Task Timestamp_rejection_triggers_a_new_measurement_before_the_next_signed_request()
    {
        await using var fixture = await ClientFixture.StartAsync(options => options.SynchronizeTime = true);
        fixture.Server.EnqueueJson(200, """{"serverTime":1499827319559}""");
        fixture.Server.EnqueueJson(400, """{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}""");
        fixture.Server.EnqueueJson(200, """{"serverTime":1499827389559}""");

        var error = await Assert.ThrowsAsync<SpotApiException>(() => fixture.Client.SendAsync(PostOrder, new TestRequest(), static _ => 0, CancellationToken.None));
        await fixture.Client.SendAsync(PostOrder, new TestRequest(), static _ => 0, CancellationToken.None);

        var requests = fixture.Server.Requests.ToArray();
        Assert.Equal(-1021, error.Code);
        Assert.Equal(["/api/v3/time", "/api/v3/order", "/api/v3/time", "/api/v3/order"], requests.Select(request => request.Path));
        Assert.Contains("timestamp=1499827389559&", requests[3].BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_rejected_for_its_timestamp_is_retried_once_resynchronized()
    {
        await using var fixture = await ClientFixture.StartAsync(options => options.SynchronizeTime = true);
        fixture.Server.EnqueueJson(200, """{"serverTime":1499827319559}""");
        fixture.Server.EnqueueJson(400, """{"code":-1021,"msg":"Timestamp for this request was 1000ms ahead of the server's time."}""");
        fixture.Server.EnqueueJson(200, """{"serverTime":1499827309559}""");

        await fixture.Client.SendAsync(GetAccount, new TestRequest(), static _ => 0, CancellationToken.None);

        var requests = fixture.Server.Requests.ToArray();
        Assert.Equal(["/api/v3/time", "/api/v3/account", "/api/v3/time", "/api/v3/account"], requests.Select(request => request.Path));
        Assert.Contains("timestamp=1499827309559&", requests[3].RawQuery, StringComparison.Ordinal);
    }
}
