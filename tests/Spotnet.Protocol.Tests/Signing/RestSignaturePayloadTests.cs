using System.Text;
using Spotnet.Protocol.Signing;

namespace Spotnet.Protocol.Tests.Signing;

public class RestSignaturePayloadTests
{
    [Theory]
    [InlineData("a=1&b=2&signature=abc", "", "a=1&b=2", "abc")]
    [InlineData("?a=1&b=2&signature=abc", "", "a=1&b=2", "abc")]
    [InlineData("signature=abc", "", "", "abc")]
    [InlineData("", "a=1&signature=abc", "a=1", "abc")]
    [InlineData("a=1", "b=2&signature=abc", "a=1b=2", "abc")]
    [InlineData("a=1", "signature=abc", "a=1", "abc")]
    [InlineData("a=1&signature=abc", "b=2", "a=1b=2", "abc")]
    [InlineData("a=1&signature=", "", "a=1", "")]
    [InlineData("a=1&signature", "", "a=1", "")]
    [InlineData("a=%2B&x=%ef%bc%91&signature=A%2BB%3D", "", "a=%2B&x=%ef%bc%91", "A%2BB%3D")]
    [InlineData("a=1&&signature=abc", "", "a=1&", "abc")]
    [InlineData("signatures=1&xsignature=2&signature=abc", "", "signatures=1&xsignature=2", "abc")]
    public void Payload_is_query_then_body_as_received_minus_the_signature_pair(string query, string body, string payload, string rawSignature)
    {
        var (status, actualPayload, actualSignature) = Extract(query, body);

        Assert.Equal(RestSignatureStatus.Found, status);
        Assert.Equal(payload, actualPayload);
        Assert.Equal(rawSignature, actualSignature);
    }

    [Theory]
    [InlineData("a=1&signature=abc&b=2", "")]
    [InlineData("signature=abc&b=2", "")]
    [InlineData("a=1&signature=abc&", "")]
    [InlineData("", "a=1&signature=abc&b=2")]
    public void Anything_after_the_signature_pair_in_its_part_is_rejected(string query, string body)
    {
        Assert.Equal(RestSignatureStatus.NotLast, Extract(query, body).Status);
    }

    [Theory]
    [InlineData("a=1&signature=abc&signature=abc", "")]
    [InlineData("a=1&signature=abc", "signature=abc")]
    [InlineData("", "signature=1&signature=2")]
    public void Two_signature_pairs_are_a_duplicate(string query, string body)
    {
        Assert.Equal(RestSignatureStatus.Duplicate, Extract(query, body).Status);
    }

    [Theory]
    [InlineData("a=1&b=2", "")]
    [InlineData("", "")]
    [InlineData("a=1&Signature=abc", "")]
    [InlineData("a=1&%73ignature=abc", "")]
    public void Request_without_an_exact_signature_name_is_missing_its_signature(string query, string body)
    {
        Assert.Equal(RestSignatureStatus.Missing, Extract(query, body).Status);
    }

    [Theory]
    [InlineData("c8db56825ae71d6d", "c8db56825ae71d6d")]
    [InlineData("A%2BB%2FC%3D%3d", "A+B/C==")]
    [InlineData("A+B", "A B")]
    [InlineData("", "")]
    public void Signature_value_is_percent_decoded_with_plus_as_space(string raw, string decoded)
    {
        var chars = new char[64];

        Assert.True(RestSignaturePayload.TryDecodeSignature(Encoding.ASCII.GetBytes(raw), chars, out var written));
        Assert.Equal(decoded, new string(chars, 0, written));
    }

    [Theory]
    [InlineData("abc%")]
    [InlineData("abc%4")]
    [InlineData("abc%G1")]
    [InlineData("%EF%BC%91")]
    public void Malformed_or_non_ascii_signature_values_do_not_decode(string raw)
    {
        Assert.False(RestSignaturePayload.TryDecodeSignature(Encoding.UTF8.GetBytes(raw), new char[64], out _));
    }

    [Fact]
    public void Signature_value_longer_than_the_destination_does_not_decode()
    {
        Assert.False(RestSignaturePayload.TryDecodeSignature(new byte[65].AsSpan().ToArray().Select(_ => (byte)'a').ToArray(), new char[64], out _));
    }

    [Fact]
    public void Ed25519_signature_sent_in_the_query_without_percent_encoding_does_not_verify()
    {
        using var key = SigningKey.FromSecret("-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIIM/5iQJI3udYux3WHUgkR6adZzsHRl1W32pAbltyj1C\n-----END PRIVATE KEY-----");
        using var verifier = SignatureVerifier.ForPublicKey(key.PublicKey!);
        string signature;
        string query;
        var timestamp = 1499827319559L;
        // Find a payload whose base64 signature contains '+', the character that form decoding turns into a space.
        do
        {
            query = $"symbol=BTCUSDT&timestamp={timestamp++}";
            signature = key.Sign(query);
        }
        while (!signature.Contains('+', StringComparison.Ordinal));

        var (rawStatus, rawPayload, rawSignature) = Extract($"{query}&signature={signature}", "");
        var (encodedStatus, encodedPayload, encodedSignature) = Extract($"{query}&signature={QueryStringBuilder.Encode(signature)}", "");

        Assert.Equal(RestSignatureStatus.Found, rawStatus);
        Assert.False(verifier.Verify(Encoding.ASCII.GetBytes(rawPayload), Decode(rawSignature)));
        Assert.Equal(RestSignatureStatus.Found, encodedStatus);
        Assert.True(verifier.Verify(Encoding.ASCII.GetBytes(encodedPayload), Decode(encodedSignature)));
    }

    [Fact]
    public void Destination_shorter_than_query_and_body_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => RestSignaturePayload.TryExtract("a=1&signature=x"u8, "b=2"u8, new byte[3], out _, out _));
    }

    internal static (RestSignatureStatus Status, string Payload, string RawSignature) Extract(string query, string body)
    {
        var queryBytes = Encoding.UTF8.GetBytes(query);
        var bodyBytes = Encoding.UTF8.GetBytes(body);
        var destination = new byte[queryBytes.Length + bodyBytes.Length];
        var status = RestSignaturePayload.TryExtract(queryBytes, bodyBytes, destination, out var written, out var raw);
        return (status, Encoding.UTF8.GetString(destination, 0, written), Encoding.UTF8.GetString(raw));
    }

    private static string Decode(string raw)
    {
        var chars = new char[128];
        Assert.True(RestSignaturePayload.TryDecodeSignature(Encoding.ASCII.GetBytes(raw), chars, out var written));
        return new string(chars, 0, written);
    }
}
