using System.Globalization;
using Spotnet.Client.Requests;
using Spotnet.Client.Tests.Support;
using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Enums;

namespace Spotnet.Client.Tests;

public class RequestBytesTests
{
    private const EndpointId PostOrder = EndpointId.NewOrder;
    private const EndpointId GetOrder = EndpointId.QueryOrder;

    [Fact]
    public async Task Documented_hmac_example_is_sent_byte_for_byte_in_the_body_with_its_documented_signature()
    {
        await using var fixture = await ClientFixture.StartAsync();
        var request = new TestRequest(("symbol", "LTCBTC"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("quantity", "1"), ("price", "0.1"));

        await fixture.Client.SendAsync(PostOrder, request, static _ => 0, CancellationToken.None);

        var sent = Assert.Single(fixture.Server.Requests);
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/api/v3/order", sent.RawTarget);
        Assert.Equal("application/x-www-form-urlencoded", sent.ContentType);
        Assert.Equal(DocumentedKeys.ApiKey, sent.ApiKey);
        Assert.Equal(
            "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559"
            + "&signature=c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71",
            sent.BodyText);
    }

    [Fact]
    public async Task Non_ascii_symbol_is_percent_encoded_before_signing_as_documented()
    {
        await using var fixture = await ClientFixture.StartAsync();
        var request = new TestRequest(("symbol", "１２３４５６"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("quantity", "1"), ("price", "0.1"));

        await fixture.Client.SendAsync(PostOrder, request, static _ => 0, CancellationToken.None);

        Assert.Equal(
            "symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559"
            + "&signature=e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3",
            Assert.Single(fixture.Server.Requests).BodyText);
    }

    [Fact]
    public async Task Signed_get_sends_every_parameter_in_the_query_exactly_as_signed()
    {
        await using var fixture = await ClientFixture.StartAsync();
        var request = new TestRequest(("symbol", "LTCBTC"), ("origClientOrderId", "my:order/1 +x"));

        await fixture.Client.SendAsync(GetOrder, request, static _ => 0, CancellationToken.None);

        var sent = Assert.Single(fixture.Server.Requests);
        Assert.Empty(sent.Body);
        const string signed = "symbol=LTCBTC&origClientOrderId=my%3Aorder%2F1%20%2Bx&recvWindow=5000&timestamp=1499827319559";
        Assert.Equal($"{signed}&signature={DocumentedKeys.ExpectedHmac(signed)}", sent.RawQuery);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    [InlineData("en-US")]
    public async Task Limit_order_bytes_do_not_depend_on_the_current_culture(string culture)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            await using var fixture = await ClientFixture.StartAsync(options => options.ReceiveWindow = TimeSpan.FromMilliseconds(6000, 346));
            var order = NewOrder.Limit("BTCUSDT", OrderSide.Sell, 1234.5m, 0.00100000m) with { ClientOrderId = "culture-check", StopPrice = -0.5m, StrategyId = 1_000_000_001 };

            await fixture.Client.SendAsync(PostOrder, order, static _ => 0, CancellationToken.None);

            const string signed = "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=1234.5&price=0.00100000&newClientOrderId=culture-check"
                + "&strategyId=1000000001&stopPrice=-0.5&recvWindow=6000.346&timestamp=1499827319559";
            Assert.Equal($"{signed}&signature={DocumentedKeys.ExpectedHmac(signed)}", Assert.Single(fixture.Server.Requests).BodyText);
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task Cancel_and_amend_send_their_parameters_in_a_form_body_like_orders()
    {
        await using var fixture = await ClientFixture.StartAsync();
        fixture.Server.DefaultAnswer = context => CaptureServer.Json(context, 400, """{"code":-2011,"msg":"Unknown order sent."}""");

        await Assert.ThrowsAsync<Errors.SpotApiException>(() => fixture.Client.CancelOrderAsync(CancelOrder.ByClientOrderId("BTCUSDT", "abc") with { NewClientOrderId = "cancel-1" }));
        await Assert.ThrowsAsync<Errors.SpotApiException>(() => fixture.Client.AmendOrderAsync(AmendOrder.ById("BTCUSDT", 12, 0.5m)));

        var sent = fixture.Server.Requests.ToArray();
        Assert.Equal(("DELETE", "/api/v3/order", "application/x-www-form-urlencoded"), (sent[0].Method, sent[0].RawTarget, sent[0].ContentType));
        Assert.StartsWith("symbol=BTCUSDT&origClientOrderId=abc&newClientOrderId=cancel-1&recvWindow=5000&timestamp=1499827319559&signature=", sent[0].BodyText, StringComparison.Ordinal);
        Assert.Equal(("PUT", "/api/v3/order/amend/keepPriority"), (sent[1].Method, sent[1].RawTarget));
        Assert.StartsWith("symbol=BTCUSDT&orderId=12&newQty=0.5&recvWindow=5000&", sent[1].BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Order_list_legs_are_written_with_their_prefixes_and_generated_client_ids()
    {
        await using var fixture = await ClientFixture.StartAsync();
        fixture.Server.DefaultAnswer = context => CaptureServer.Json(context, 400, """{"code":-1013,"msg":"Filter failure: PRICE_FILTER"}""");
        var list = new OtocoOrderList("BTCUSDT", OrderSide.Buy, 1m, OrderListLeg.Limit(100m), OrderSide.Sell, 1m, OrderListLeg.LimitMaker(120m), OrderListLeg.StopLossLimit(89m, 90m)) { ListClientOrderId = "list-1" };

        await Assert.ThrowsAsync<Errors.SpotApiException>(() => fixture.Client.PlaceOtocoOrderListAsync(list));

        Assert.Equal(
            "symbol=BTCUSDT&listClientOrderId=list-1"
            + $"&workingType=LIMIT&workingSide=BUY&workingPrice=100&workingQuantity=1&workingClientOrderId={list.Working.ClientOrderId}&workingTimeInForce=GTC"
            + "&pendingSide=SELL&pendingQuantity=1"
            + $"&pendingAboveType=LIMIT_MAKER&pendingAbovePrice=120&pendingAboveClientOrderId={list.PendingAbove.ClientOrderId}"
            + $"&pendingBelowType=STOP_LOSS_LIMIT&pendingBelowPrice=89&pendingBelowClientOrderId={list.PendingBelow!.ClientOrderId}&pendingBelowStopPrice=90&pendingBelowTimeInForce=GTC"
            + "&recvWindow=5000&timestamp=1499827319559",
            Assert.Single(fixture.Server.Requests).BodyText.Split("&signature=")[0]);
    }

    [Fact]
    public async Task Opo_list_with_a_pending_quantity_is_refused_before_sending()
    {
        await using var fixture = await ClientFixture.StartAsync();
        var list = new OtoOrderList("BTCUSDT", OrderSide.Buy, 1m, OrderListLeg.Limit(100m), OrderSide.Sell, 1m, OrderListLeg.LimitMaker(120m));

        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Client.PlaceOpoOrderListAsync(list));
        Assert.Empty(fixture.Server.Requests);
    }

    [Fact]
    public async Task Microsecond_timestamps_are_sent_when_asked_for()
    {
        await using var fixture = await ClientFixture.StartAsync(options => options.TimestampUnit = Timing.TimestampUnit.Microsecond);
        fixture.Time.Advance(TimeSpan.FromTicks(1234));

        await fixture.Client.SendAsync(GetOrder, new TestRequest(), static _ => 0, CancellationToken.None);

        Assert.StartsWith("recvWindow=5000&timestamp=1499827319559123&signature=", Assert.Single(fixture.Server.Requests).RawQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Per_call_receive_window_overrides_the_default()
    {
        await using var fixture = await ClientFixture.StartAsync();

        await fixture.Client.SendAsync(GetOrder, new TestRequest { ReceiveWindow = TimeSpan.FromSeconds(60) }, static _ => 0, CancellationToken.None);

        Assert.StartsWith("recvWindow=60000&timestamp=", Assert.Single(fixture.Server.Requests).RawQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receive_window_over_sixty_seconds_is_refused_before_anything_is_sent()
    {
        await using var fixture = await ClientFixture.StartAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            fixture.Client.SendAsync(GetOrder, new TestRequest { ReceiveWindow = TimeSpan.FromMilliseconds(60001) }, static _ => 0, CancellationToken.None));
        Assert.Empty(fixture.Server.Requests);
    }

    [Fact]
    public async Task Unsigned_endpoint_sends_no_api_key_timestamp_or_signature()
    {
        await using var fixture = await ClientFixture.StartAsync();
        fixture.Server.EnqueueJson(200, "{}");

        await fixture.Client.PingAsync();

        var sent = Assert.Single(fixture.Server.Requests);
        Assert.Equal("/api/v3/ping", sent.RawTarget);
        Assert.Equal("", sent.ApiKey);
    }

    [Fact]
    public void Market_quote_order_carries_quote_quantity_and_a_generated_client_order_id()
    {
        var order = NewOrder.MarketQuote("BTCUSDT", OrderSide.Buy, 25.5m);
        var writer = new Http.ParameterWriter();
        order.WriteParameters(writer);

        Assert.Matches("^[a-zA-Z0-9]{22}$", order.ClientOrderId);
        Assert.Equal($"symbol=BTCUSDT&side=BUY&type=MARKET&quoteOrderQty=25.5&newClientOrderId={order.ClientOrderId}", writer.ToString());
    }

    [Fact]
    public void Two_orders_get_different_client_order_ids() =>
        Assert.NotEqual(NewOrder.Market("BTCUSDT", OrderSide.Buy, 1m).ClientOrderId, NewOrder.Market("BTCUSDT", OrderSide.Buy, 1m).ClientOrderId);

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("x-U5D79M5B-this-is-longer-than-36-chars")]
    [InlineData("ünïcode")]
    public void Invalid_client_order_id_is_refused_before_any_request(string id) =>
        Assert.Throws<ArgumentException>(() => NewOrder.Market("BTCUSDT", OrderSide.Buy, 1m) with { ClientOrderId = id });

    [Fact]
    public void Array_parameters_are_sent_as_percent_encoded_json_literals()
    {
        var writer = new Http.ParameterWriter().AddArray("symbols", ["BTCUSDT", "BNBBTC"]);

        Assert.Equal("symbols=%5B%22BTCUSDT%22%2C%22BNBBTC%22%5D", writer.ToString());
    }
}
