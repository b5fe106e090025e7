using System.Net;
using Spotnet.Client.Errors;
using Spotnet.Client.Requests;
using Spotnet.Client.Tests.Support;
using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Enums;

namespace Spotnet.Client.Tests;

public class PipelineBehaviourTests
{
    private const EndpointId PostOrder = EndpointId.NewOrder;
    private const EndpointId GetAccount = EndpointId.Account;

    [Fact]
    public async Task Error_body_becomes_SpotApiException_with_code_message_and_status()
    {
        await using var fixture = await ClientFixture.StartAsync();
        fixture.Server.EnqueueJson(400, """{"code":-1121,"msg":"Invalid symbol."}""");

        var error = await Assert.ThrowsAsync<SpotApiException>(() => fixture.Client.SendAsync(GetAccount, new TestRequest(), static _ => 0, CancellationToken.None));

        Assert.Equal(-1121, error.Code);
        Assert.Equal("Invalid symbol.", error.ServerMessage);
        Assert.Equal(HttpStatusCode.BadRequest, error.HttpStatus);
        Assert.False(error.IsExecutionUnknown);
    }

    [Theory]
    [InlineData(500, -1000, true)]
    [InlineData(503, -1008, true)]
    [InlineData(400, -1006, true)]
    [InlineData(400, -1007, true)]
    [InlineData(400, -2010, false)]
    [InlineData(409, -2021, false)]
    public async Task Execution_is_unknown_for_5xx_and_codes_1006_and_1007(int status, int code, bool unknown)
    {
        await using var fixture = await ClientFixture.StartAsync();
        fixture.Server.EnqueueJson(status, $$"""{"code":{{code}},"msg":"whatever"}""");
        var order = NewOrder.Limit("BTCUSDT", OrderSide.Buy, 1m, 1m);

        var error = await Assert.ThrowsAsync<SpotApiException>(() => fixture.Client.SendAsync(PostOrder, order, static _ => 0, CancellationToken.None, order.ClientOrderId));

        Assert.Equal(unknown, error.IsExecutionUnknown);
        Assert.Equal(order.ClientOrderId, error.ClientOrderId);
    }

    [Fact]
    public async Task Non_json_error_body_is_still_an_api_exception_with_code_zero()
    {
        await using var fixture = await ClientFixture.StartAsync();
        fixture.Server.Enqueue(context =>
        {
            context.Response.StatusCode = 502;
            return Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(context.Response, "<html>bad gateway</html>");
        });
        var order = NewOrder.Market("BTCUSDT", OrderSide.Buy, 1m);

        var error = await Assert.ThrowsAsync<SpotApiException>(() => fixture.Client.SendAsync(PostOrder, order, static _ => 0, CancellationToken.None));

        Assert.Equal(0, error.Code);
        Assert.True(error.IsExecutionUnknown);
    }

    [Fact]
    public async Task Order_placement_is_never_retried_after_a_server_error()
    {
        await using var fixture = await ClientFixture.StartAsync();
        fixture.Server.EnqueueJson(503, """{"code":-1008,"msg":"Server is currently overloaded with other requests. Please try again in a few minutes."}""");

        await Assert.ThrowsAsync<SpotApiException>(() => fixture.Client.SendAsync(PostOrder, NewOrder.Market("BTCUSDT", OrderSide.Buy, 1m), static _ => 0, CancellationToken.None));

        Assert.Single(fixture.Server.Requests);
    }

    [Fact]
    public async Task Order_placement_whose_answer_is_lost_reports_unknown_outcome_with_its_client_order_id()
    {
        await using var fixture = await ClientFixture.StartAsync();
        fixture.Server.EnqueueAbort();
        var order = NewOrder.Market("BTCUSDT", OrderSide.Buy, 1m);

        var error = await Assert.ThrowsAsync<SpotExecutionUnknownException>(() => fixture.Client.SendAsync(PostOrder, order, static _ => 0, CancellationToken.None, order.ClientOrderId));

        Assert.Equal(order.ClientOrderId, error.ClientOrderId);
        Assert.Single(fixture.Server.Requests);
    }

    [Fact]
    public async Task Read_is_retried_after_a_lost_answer_and_a_server_error()
    {
        await using var fixture = await ClientFixture.StartAsync();
        fixture.Server.EnqueueAbort();
        fixture.Server.EnqueueJson(500, """{"code":-1000,"msg":"An unknown error occurred while processing the request."}""");
        fixture.Server.EnqueueJson(200, """{"ok":1}""");

        var length = await fixture.Client.SendAsync(GetAccount, new TestRequest(), static body => body.Length, CancellationToken.None);

        Assert.Equal(8, length);
        Assert.Equal(3, fixture.Server.Requests.Count);
    }

    [Fact]
    public async Task Read_gives_up_after_the_configured_retries()
    {
        await using var fixture = await ClientFixture.StartAsync(options => options.MaxReadRetries = 1);
        fixture.Server.DefaultAnswer = context => CaptureServer.Json(context, 500, """{"code":-1000,"msg":"An unknown error occurred while processing the request."}""");

        var error = await Assert.ThrowsAsync<SpotApiException>(() => fixture.Client.SendAsync(GetAccount, new TestRequest(), static _ => 0, CancellationToken.None));

        Assert.Equal(-1000, error.Code);
        Assert.Equal(2, fixture.Server.Requests.Count);
    }

    [Fact]
    public async Task Read_is_not_retried_after_a_client_error()
    {
        await using var fixture = await ClientFixture.StartAsync();
        fixture.Server.EnqueueJson(400, """{"code":-1100,"msg":"Illegal characters found in a parameter."}""");

        await Assert.ThrowsAsync<SpotApiException>(() => fixture.Client.SendAsync(GetAccount, new TestRequest(), static _ => 0, CancellationToken.None));

        Assert.Single(fixture.Server.Requests);
    }

    [Fact]
    public async Task Order_placement_timeout_reports_unknown_outcome()
    {
        await using var fixture = await ClientFixture.StartAsync();
        var answered = new TaskCompletionSource();
        fixture.Server.Enqueue(async context =>
        {
            fixture.Time.Advance(TimeSpan.FromSeconds(30));
            await answered.Task;
        });
        var order = NewOrder.Market("BTCUSDT", OrderSide.Sell, 1m) with { Timeout = TimeSpan.FromSeconds(10) };

        var error = await Assert.ThrowsAsync<SpotExecutionUnknownException>(() => fixture.Client.SendAsync(PostOrder, order, static _ => 0, CancellationToken.None, order.ClientOrderId));
        answered.SetResult();

        Assert.Equal(order.ClientOrderId, error.ClientOrderId);
    }

    [Fact]
    public async Task Caller_cancellation_is_reported_as_cancellation()
    {
        await using var fixture = await ClientFixture.StartAsync();
        using var cancel = new CancellationTokenSource();
        var answered = new TaskCompletionSource();
        fixture.Server.Enqueue(async _ =>
        {
            await cancel.CancelAsync();
            await answered.Task;
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fixture.Client.SendAsync(GetAccount, new TestRequest(), static _ => 0, cancel.Token));
        answered.SetResult();
    }

    [Fact]
    public async Task Usage_headers_are_tracked_per_interval()
    {
        await using var fixture = await ClientFixture.StartAsync();
        fixture.Server.EnqueueJson(200, "{}", ("X-MBX-USED-WEIGHT-1M", "37"), ("X-MBX-ORDER-COUNT-10S", "2"), ("X-MBX-ORDER-COUNT-1D", "15"));

        await fixture.Client.SendAsync(PostOrder, NewOrder.Market("BTCUSDT", OrderSide.Buy, 1m), static _ => 0, CancellationToken.None);

        Assert.Equal(37, fixture.Client.RateLimits.UsedWeight["1M"].Used);
        Assert.Equal(2, fixture.Client.RateLimits.OrderCount["10S"].Used);
        Assert.Equal(15, fixture.Client.RateLimits.OrderCount["1D"].Used);
    }
}
