using System.Text.Json;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Streams;

namespace Spotnet.Protocol.Tests.Json;

public class EnvelopeTests
{
    [Theory]
    [InlineData("\"7069b743-f477-4ae3-81db-db9b8df085d2\"")]
    [InlineData("42")]
    [InlineData("-9223372036854775808")]
    [InlineData("null")]
    public void Web_socket_request_id_is_echoed_with_its_json_type(string id)
    {
        var json = $$$"""{"id":{{{id}}},"status":200,"result":{"serverTime":1656400526260}}""";

        var response = JsonSerializer.Deserialize(json, SpotJsonContext.Default.WebSocketResponseServerTime)!;

        Assert.Equal(json, JsonSerializer.Serialize(response, SpotJsonContext.Default.WebSocketResponseServerTime));
    }

    [Fact]
    public void Web_socket_request_keeps_parameter_values_as_sent()
    {
        const string Json = """{"id":"e9d6b4349871b40611412680b3445fac","method":"order.place","params":{"quantity":"0.01","price":52000,"newOrderRespType":"ACK","timestamp":1655716096505}}""";

        var request = JsonSerializer.Deserialize(Json, SpotJsonContext.Default.WebSocketRequest)!;

        Assert.Equal("order.place", request.Method);
        Assert.Equal(JsonValueKind.Number, request.Parameters!["price"].ValueKind);
        Assert.Equal(Json, JsonSerializer.Serialize(request, SpotJsonContext.Default.WebSocketRequest));
    }

    [Fact]
    public void Ban_error_data_reads_as_rate_limit_ban_data()
    {
        var response = JsonSerializer.Deserialize(Golden.GoldenFixture.Read("wsapi/rate-limits-ip-banned.json"), SpotJsonContext.Default.WebSocketResponseEmptyResponse)!;

        var data = response.Error!.Data!.Value.Deserialize(SpotJsonContext.Default.RateLimitBanData)!;

        Assert.Equal(-1003, response.Error.Code);
        Assert.Equal(1659146400000, data.RetryAfter);
        Assert.Equal(1659142907531, data.ServerTime);
    }

    [Fact]
    public void Web_socket_cancel_replace_error_data_reads_as_cancel_replace_response()
    {
        var response = JsonSerializer.Deserialize(Golden.GoldenFixture.Read("wsapi/order.cancelReplace-new-order-failed.json"), SpotJsonContext.Default.WebSocketResponseEmptyResponse)!;

        var data = response.Error!.Data!.Value.Deserialize(SpotJsonContext.Default.CancelReplaceResponse)!;

        Assert.NotNull(data.CancelResponse.Order);
        Assert.Equal(-2010, data.NewOrderResponse!.Error!.Code);
    }

    [Theory]
    [InlineData("""{"code":0,"msg":"Unknown property","id":5}""")]
    [InlineData("""{"code":2,"msg":"Invalid request: missing field `method` at line 1 column 73"}""")]
    public void Stream_error_round_trips_with_or_without_id(string json)
    {
        var error = JsonSerializer.Deserialize(json, SpotJsonContext.Wire.StreamError)!;

        Assert.Equal(json, JsonSerializer.Serialize(error, SpotJsonContext.Wire.StreamError));
    }

    [Fact]
    public void Combined_stream_data_reads_as_a_typed_event()
    {
        var message = JsonSerializer.Deserialize(Golden.GoldenFixture.Read("streams/serverShutdown-combined.json"), SpotJsonContext.Default.CombinedStreamMessage)!;

        var payload = message.Data.Deserialize(SpotJsonContext.Default.MarketStreamEvent);

        Assert.Equal("!serverShutdown", message.Stream);
        Assert.Equal(1770123456789, Assert.IsType<ServerShutdownEvent>(payload).EventTime);
    }

    [Fact]
    public void Wire_context_writes_quotes_and_backticks_unescaped_like_binance()
    {
        var error = new Spotnet.Protocol.Models.ErrorResponse { Code = -1100, Message = "Illegal characters found in parameter 'symbol'; legal range is '^[A-Z0-9-_.]{1,20}$'." };

        var json = JsonSerializer.Serialize(error, SpotJsonContext.Wire.ErrorResponse);

        Assert.Equal("""{"code":-1100,"msg":"Illegal characters found in parameter 'symbol'; legal range is '^[A-Z0-9-_.]{1,20}$'."}""", json);
    }
}
