using System.Buffers;
using System.Text;
using System.Text.Json;
using Spotnet.Protocol.Signing;

namespace Spotnet.Protocol.Tests.Signing;

public class WebSocketSignaturePayloadTests
{
    [Theory]
    [InlineData("""{"b":"2","a":"1"}""", "a=1&b=2")]
    [InlineData("""{"recvWindow":5000,"limit":5,"price":"0.10","qty":0.10,"big":1e3}""", "big=1e3&limit=5&price=0.10&qty=0.10&recvWindow=5000")]
    [InlineData("""{"flag":true,"other":false,"none":null}""", "flag=true&none=null&other=false")]
    [InlineData("""{"symbols":["BTCUSDT","ETHUSDT"]}""", """symbols=["BTCUSDT","ETHUSDT"]""")]
    [InlineData("""{"symbol":"\uFF11\u0032","s":"a\"b"}""", "s=a\"b&symbol=１2")]
    [InlineData("""{"signature":"x","apiKey":"k"}""", "apiKey=k")]
    [InlineData("""{"b":1,"B":2,"a":3,"_":4}""", "B=2&_=4&a=3&b=1")]
    [InlineData("""{"note":"a b&c=d%20"}""", "note=a b&c=d%20")]
    [InlineData("""{}""", "")]
    public void Params_are_sorted_by_ordinal_name_and_rendered_without_percent_encoding(string json, string payload)
    {
        using var document = JsonDocument.Parse(json);
        var writer = new ArrayBufferWriter<byte>();

        Assert.True(WebSocketSignaturePayload.TryWrite(document.RootElement, writer));
        Assert.Equal(payload, Encoding.UTF8.GetString(writer.WrittenSpan));
    }

    [Theory]
    [InlineData("""{"a":1,"a":2}""")]
    [InlineData("""[1,2]""")]
    [InlineData("\"text\"")]
    [InlineData("""{"a":"\uD800"}""")]
    public void Params_that_are_not_an_object_repeat_a_name_or_hold_invalid_unicode_are_rejected(string json)
    {
        using var document = JsonDocument.Parse(json);

        Assert.False(WebSocketSignaturePayload.TryWrite(document.RootElement, new ArrayBufferWriter<byte>()));
    }

    [Fact]
    public void Sdk_side_builder_matches_the_documented_unicode_vector()
    {
        var payload = WebSocketSignaturePayload.Build(new Dictionary<string, string>
        {
            ["symbol"] = "１２３４５６",
            ["side"] = "BUY",
            ["type"] = "LIMIT",
            ["timeInForce"] = "GTC",
            ["quantity"] = "1.00000000",
            ["price"] = "0.10000000",
            ["recvWindow"] = "5000",
            ["timestamp"] = "1645423376532",
            ["apiKey"] = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A",
            ["signature"] = "ignored",
        });

        using var key = SigningKey.FromSecret(HmacVectorTests.Secret);
        Assert.Equal("b33892ae8e687c939f4468c6268ddd4c40ac1af18ad19a064864c47bae0752cd", key.Sign(payload));
    }

    [Fact]
    public void Sdk_side_builder_rejects_a_repeated_name()
    {
        Assert.Throws<ArgumentException>(() => WebSocketSignaturePayload.Build([new("a", "1"), new("a", "2")]));
    }
}
