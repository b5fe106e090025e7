using Spotnet.Protocol.Signing;

namespace Spotnet.Protocol.Tests.Signing;

public class QueryStringBuilderTests
{
    [Theory]
    [InlineData("AZaz09-_.~", "AZaz09-_.~")]
    [InlineData("a b", "a%20b")]
    [InlineData("a+b/c=d&e?f#g%h", "a%2Bb%2Fc%3Dd%26e%3Ff%23g%25h")]
    [InlineData("１", "%EF%BC%91")]
    [InlineData("é😀", "%C3%A9%F0%9F%98%80")]
    [InlineData("[\"BTCUSDT\",\"ETHUSDT\"]", "%5B%22BTCUSDT%22%2C%22ETHUSDT%22%5D")]
    public void Values_are_percent_encoded_as_utf8_with_uppercase_hex_keeping_only_unreserved_characters(string value, string encoded)
    {
        Assert.Equal(encoded, QueryStringBuilder.Encode(value));
        Assert.Equal($"v={encoded}", new QueryStringBuilder().Add("v", value).ToString());
    }

    [Fact]
    public void Pairs_keep_the_order_they_were_added_in()
    {
        var builder = new QueryStringBuilder().Add("z", "1").Add("a", true).Add("m", -5L).Add("q", 0.00100000m);

        Assert.Equal("z=1&a=true&m=-5&q=0.00100000", builder.ToString());
        Assert.Equal(4, builder.Count);
    }

    [Fact]
    public void Unpaired_surrogates_are_rejected_rather_than_silently_replaced()
    {
        Assert.Throws<ArgumentException>(() => new QueryStringBuilder().Add("a", "\uD800"));
    }

    [Fact]
    public void Signed_string_with_no_parameters_is_just_the_signature()
    {
        using var key = SigningKey.FromSecret(HmacVectorTests.Secret);

        Assert.Equal($"signature={key.Sign("")}", new QueryStringBuilder().ToSignedString(key));
    }

    [Fact]
    public void Base64_signature_is_percent_encoded_and_round_trips_through_the_server_side_parser()
    {
        using var key = SigningKey.FromSecret("-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n-----END PRIVATE KEY-----");
        using var verifier = SignatureVerifier.ForPublicKey(key.PublicKey!);
        for (var i = 0; i < 32; i++)
        {
            var signed = new QueryStringBuilder().Add("symbol", "１２３").Add("timestamp", 1_700_000_000_000L + i).ToSignedString(key);

            var (status, payload, raw) = RestSignaturePayloadTests.Extract(signed, "");
            var chars = new char[128];
            Assert.Equal(RestSignatureStatus.Found, status);
            Assert.DoesNotContain('+', raw);
            Assert.DoesNotContain('/', raw);
            Assert.DoesNotContain('=', raw);
            Assert.True(RestSignaturePayload.TryDecodeSignature(System.Text.Encoding.ASCII.GetBytes(raw), chars, out var written));
            Assert.True(verifier.Verify(System.Text.Encoding.ASCII.GetBytes(payload), chars.AsSpan(0, written)));
        }
    }
}
