using System.Text;
using System.Text.Json;
using Spotnet.Protocol.Signing;

namespace Spotnet.Protocol.Tests.Signing;

/// <summary>The HMAC vectors of <c>signature-vectors.md</c> (Binance demo secret), through the public API.</summary>
public class HmacVectorTests
{
    public const string Secret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
    private const string DemoApiKey = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
    private const string RestAscii =
        "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559";
    private const string RestAsciiSignature = "c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71";
    private const string RestUnicode =
        "symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559";
    private const string RestUnicodeSignature = "e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3";

    public static TheoryData<string, string> Vectors => new()
    {
        // R-HMAC-1, R-HMAC-2 (REST), W-HMAC-1, W-HMAC-2 (WebSocket tutorial), W-M-1..W-M-14 (WebSocket method examples).
        { RestAscii, RestAsciiSignature },
        { RestUnicode, RestUnicodeSignature },
        { $"apiKey={DemoApiKey}&price=52000.00&quantity=0.01000000&recvWindow=100&side=SELL&symbol=BTCUSDT&timeInForce=GTC&timestamp=1645423376532&type=LIMIT", "aa1b5712c094bc4e57c05a1a5c1fd8d88dcd628338ea863fec7b88e59fe2db24" },
        { $"apiKey={DemoApiKey}&price=0.10000000&quantity=1.00000000&recvWindow=5000&side=BUY&symbol=１２３４５６&timeInForce=GTC&timestamp=1645423376532&type=LIMIT", "b33892ae8e687c939f4468c6268ddd4c40ac1af18ad19a064864c47bae0752cd" },
        { $"apiKey={DemoApiKey}&timestamp=1649729878532", "1cf54395b336b0a9727ef27d5d98987962bc47aca6e13fe978612d0adee066ed" },
        { $"apiKey={DemoApiKey}&price=23416.10000000&quantity=0.00847000&side=SELL&symbol=BTCUSDT&timeInForce=GTC&timestamp=1660801715431&type=LIMIT", "15af09e41c36f3cc61378c2fbe2c33719a03dd5eba8d0f9206fbda44de717c88" },
        { $"apiKey={DemoApiKey}&origClientOrderId=4d96324ff9d44481926157&symbol=BTCUSDT&timestamp=1660801715830", "33d5b721f278ae17a52f004a82a6f68a70c68e7dd6776ed0be77a455ab855282" },
        { $"apiKey={DemoApiKey}&cancelOrigClientOrderId=4d96324ff9d44481926157&cancelReplaceMode=ALLOW_FAILURE&price=23416.10000000&quantity=0.00847000&side=SELL&symbol=BTCUSDT&timeInForce=GTC&timestamp=1660813156900&type=LIMIT", "7028fdc187868754d25e42c37ccfa5ba2bab1d180ad55d4c3a7e2de643943dc5" },
        { $"apiKey={DemoApiKey}&symbol=BTCUSDT&timestamp=1660805557200", "773f01b6e3c2c9e0c1d217bc043ce383c1ddd6f0e25f8d6070f2b66a6ceaf3a5" },
        { $"apiKey={DemoApiKey}&timestamp=1660801839480", "83303b4a136ac1371795f465808367242685a9e3a42b22edb4d977d0696eb45c" },
        { $"apiKey={DemoApiKey}&orderId=12569099453&symbol=BTCUSDT&timestamp=1660801720951", "2c3aab5a078ee4ea465ecd95523b77289f61476c2f238ec10c55ea6cb11a6f35" },
        { $"apiKey={DemoApiKey}&symbol=BTCUSDT&timestamp=1660813156812", "d632b3fdb8a81dd44f82c7c901833309dd714fe508772a89b0a35b0ee0c48b89" },
        { $"apiKey={DemoApiKey}&endTime=1660867200000&limit=5&startTime=1660780800000&symbol=BTCUSDT&timestamp=1661955123341", "f50a972ba7fad92842187643f6b930802d4e20bce1ba1e788e856e811577bd42" },
        { $"apiKey={DemoApiKey}&timestamp=1660801713831", "1bea8b157dd78c3da30359bddcd999e4049749fe50b828e620e12f64e8b433c9" },
        { $"apiKey={DemoApiKey}&endTime=1660867200000&limit=5&startTime=1660780800000&timestamp=1661955123341", "c8e1484db4a4a02d0e84dfa627eb9b8298f07ebf12fcc4eaf86e4a565b2712c2" },
        { $"apiKey={DemoApiKey}&endTime=1660867200000&startTime=1660780800000&symbol=BTCUSDT&timestamp=1661955125250", "c5a5ffb79fd4f2e10a92f895d488943a57954edf5933bde3338dfb6ea6d6eefc" },
        { $"apiKey={DemoApiKey}&timestamp=1660801839500", "76289424d6e288f4dc47d167ac824e859dabf78736f4348abbbac848d719eb94" },
        { $"apiKey={DemoApiKey}&origClientOrderId=08985fedd9ea2cf6b28996&symbol=BTCUSDT&timestamp=1660801713965", "d12f4e8892d46c0ddfbd43d556ff6d818581b3be22a02810c2c20cb719aed6a4" },
        { $"apiKey={DemoApiKey}&orderListId=1274512&symbol=BTCUSDT&timestamp=1660801720210", "ba67a6b80e83c2692309dd4d4ca87376778b518c87976f83851730435737918d" },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Signing_key_from_the_demo_secret_reproduces_the_documented_signature(string payload, string signature)
    {
        using var key = SigningKey.FromSecret(Secret);

        Assert.Equal(KeyType.Hmac, key.KeyType);
        Assert.Equal(signature, key.Sign(Encoding.UTF8.GetBytes(payload)));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Verifier_accepts_the_documented_signature_in_lower_and_upper_case(string payload, string signature)
    {
        using var verifier = SignatureVerifier.ForHmacSecret(Encoding.ASCII.GetBytes(Secret));
        var bytes = Encoding.UTF8.GetBytes(payload);

        Assert.True(verifier.Verify(bytes, signature));
        Assert.True(verifier.Verify(bytes, signature.ToUpperInvariant()));
    }

    [Theory]
    [InlineData($"apiKey={DemoApiKey}&orderListId=1274512&symbol=BTCUSDT&timestamp=1660801720210", "4973f4b2fee30bf6d45e4a973e941cc60fdd53c8dd5a25edeac96f5733c0ccee")]
    [InlineData($"apiKey={DemoApiKey}&origClientOrderId=08985fedd9ea2cf6b28996&timestamp=1660801713965", "d12f4e8892d46c0ddfbd43d556ff6d818581b3be22a02810c2c20cb719aed6a4")]
    [InlineData($"apiKey={DemoApiKey}&orderId=35&symbol=BTCUSDT&timestamp=1673923281052", "c5a5ffb79fd4f2e10a92f895d488943a57954edf5933bde3338dfb6ea6d6eefc")]
    [InlineData($"apiKey={DemoApiKey}&orderId=500&symbol=BTCUSDT&timestamp=1673923281052", "c5a5ffb79fd4f2e10a92f895d488943a57954edf5933bde3338dfb6ea6d6eefc")]
    [InlineData($"apiKey={DemoApiKey}&symbol=BTCUSDT&timestamp=1673923281052", "c5a5ffb79fd4f2e10a92f895d488943a57954edf5933bde3338dfb6ea6d6eefc")]
    public void Documented_signatures_that_belong_to_another_payload_are_rejected(string payload, string signature)
    {
        using var verifier = SignatureVerifier.ForHmacSecret(Encoding.ASCII.GetBytes(Secret));

        Assert.False(verifier.Verify(Encoding.UTF8.GetBytes(payload), signature));
    }

    [Fact]
    public void Rest_signature_over_the_unencoded_unicode_payload_is_rejected()
    {
        using var verifier = SignatureVerifier.ForHmacSecret(Encoding.ASCII.GetBytes(Secret));

        Assert.False(verifier.Verify(Encoding.UTF8.GetBytes(RestUnicode), "ca2cdfbf21d2e2958de492c7f2dd1f059dd2ed4d4459d26a5ec7928db50c8d4f"));
        // And the other way round: that signature does belong to the raw UTF-8 text.
        Assert.True(verifier.Verify(
            Encoding.UTF8.GetBytes("symbol=１２３４５６&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559"),
            "ca2cdfbf21d2e2958de492c7f2dd1f059dd2ed4d4459d26a5ec7928db50c8d4f"));
    }

    [Fact]
    public void WebSocket_signature_over_a_percent_encoded_symbol_is_not_the_documented_one()
    {
        using var key = SigningKey.FromSecret(Secret);
        var encoded = $"apiKey={DemoApiKey}&price=0.10000000&quantity=1.00000000&recvWindow=5000&side=BUY&symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&timeInForce=GTC&timestamp=1645423376532&type=LIMIT";

        Assert.Equal("3638bee4d1f01e29fe7b2cabe7afdda17c3c8a56c844d0e1c3340ab75a670225", key.Sign(encoded));
    }

    [Fact]
    public void Rest_request_with_signature_in_the_query_verifies_over_the_query_without_the_signature_pair()
    {
        var query = Encoding.ASCII.GetBytes($"?{RestUnicode}&signature={RestUnicodeSignature}");

        var (status, payload, signature) = Extract(query, []);

        Assert.Equal(RestSignatureStatus.Found, status);
        Assert.Equal(RestUnicode, payload);
        Assert.Equal(RestUnicodeSignature, signature);
        using var verifier = SignatureVerifier.ForHmacSecret(Encoding.ASCII.GetBytes(Secret));
        Assert.True(verifier.Verify(Encoding.ASCII.GetBytes(payload), signature));
    }

    [Fact]
    public void Rest_request_split_between_query_and_body_signs_both_with_no_separator()
    {
        var query = "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC"u8.ToArray();
        var body = "quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559&signature=0fd168b8ddb4876a0358a8d14d0c9f3da0e9b20c5d52b2a00fcf7d1c602f9a77"u8.ToArray();

        var (status, payload, signature) = Extract(query, body);

        Assert.Equal(RestSignatureStatus.Found, status);
        Assert.Equal("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTCquantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559", payload);
        using var verifier = SignatureVerifier.ForHmacSecret(Encoding.ASCII.GetBytes(Secret));
        Assert.True(verifier.Verify(Encoding.ASCII.GetBytes(payload), signature));
        Assert.False(verifier.Verify(Encoding.ASCII.GetBytes(payload), RestAsciiSignature));
        // Signing the query alone (params split, signature over the query only) does not verify.
        Assert.False(verifier.Verify(query, signature));
    }

    [Fact]
    public void WebSocket_payload_from_the_documented_params_object_matches_the_vector()
    {
        const string json = $$"""
            {"symbol":"BTCUSDT","side":"SELL","type":"LIMIT","timeInForce":"GTC","quantity":"0.01000000","price":"52000.00",
             "recvWindow":100,"timestamp":1645423376532,"apiKey":"{{DemoApiKey}}","signature":"aa1b5712c094bc4e57c05a1a5c1fd8d88dcd628338ea863fec7b88e59fe2db24"}
            """;
        using var document = JsonDocument.Parse(json);
        var writer = new System.Buffers.ArrayBufferWriter<byte>();

        Assert.True(WebSocketSignaturePayload.TryWrite(document.RootElement, writer));

        using var verifier = SignatureVerifier.ForHmacSecret(Encoding.ASCII.GetBytes(Secret));
        Assert.True(verifier.Verify(writer.WrittenSpan, "aa1b5712c094bc4e57c05a1a5c1fd8d88dcd628338ea863fec7b88e59fe2db24"));
    }

    [Fact]
    public void WebSocket_payload_keeps_unicode_raw_and_matches_the_vector()
    {
        const string json = $$"""
            {"apiKey":"{{DemoApiKey}}","price":"0.10000000","quantity":"1.00000000","recvWindow":5000,"side":"BUY",
             "symbol":"\uFF11２３４５６","timeInForce":"GTC","timestamp":1645423376532,"type":"LIMIT"}
            """;
        using var document = JsonDocument.Parse(json);
        var writer = new System.Buffers.ArrayBufferWriter<byte>();

        Assert.True(WebSocketSignaturePayload.TryWrite(document.RootElement, writer));

        using var key = SigningKey.FromSecret(Secret);
        Assert.Equal("b33892ae8e687c939f4468c6268ddd4c40ac1af18ad19a064864c47bae0752cd", key.Sign(writer.WrittenSpan));
    }

    [Fact]
    public void Query_string_builder_reproduces_the_documented_unicode_rest_payload()
    {
        var builder = new QueryStringBuilder()
            .Add("symbol", "１２３４５６").Add("side", "BUY").Add("type", "LIMIT").Add("timeInForce", "GTC")
            .Add("quantity", 1m).Add("price", 0.1m).Add("recvWindow", 5000).Add("timestamp", 1499827319559);

        Assert.Equal(RestUnicode, builder.ToString());
        using var key = SigningKey.FromSecret(Secret);
        Assert.Equal($"{RestUnicode}&signature={RestUnicodeSignature}", builder.ToSignedString(key));
    }

    private static (RestSignatureStatus Status, string Payload, string Signature) Extract(byte[] query, byte[] body)
    {
        var destination = new byte[query.Length + body.Length];
        var status = RestSignaturePayload.TryExtract(query, body, destination, out var written, out var raw);
        var chars = new char[raw.Length];
        Assert.True(RestSignaturePayload.TryDecodeSignature(raw, chars, out var charsWritten));
        return (status, Encoding.ASCII.GetString(destination, 0, written), new string(chars, 0, charsWritten));
    }
}
