using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Spotnet.EndToEnd.Tests;

/// <summary>Catalogue §6.1 rows 21 and 23: Ed25519 signatures that are well-formed base64 but not a valid signature of the payload.</summary>
public sealed class Ed25519SignatureTests
{
    private const string Path = "/api/v3/rateLimit/order";

    // The order of the Ed25519 base point group (RFC 8032 §5.1): a canonical S is below it.
    private static readonly BigInteger GroupOrder = BigInteger.Pow(2, 252) + BigInteger.Parse("27742317777372353535851937790883648493", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Ed25519_signature_over_the_sha256_of_the_payload_returns_minus_1022()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync("ED25519");
        var query = $"timestamp={server.NowMilliseconds}";

        var signature = signer.SignEd25519Bytes(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        var reply = await SendAsync(server, signer, query, signature);

        reply.AssertError(400, -1022, "Signature for this request is not valid.");
    }

    [Theory]
    [InlineData(63)]
    [InlineData(65)]
    public async Task Ed25519_signature_of_the_wrong_length_returns_minus_1022(int length)
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync("ED25519");
        var query = $"timestamp={server.NowMilliseconds}";
        var valid = signer.SignEd25519Bytes(Encoding.UTF8.GetBytes(query));

        // A truncated valid signature, or a valid one with a byte appended.
        var damaged = length < 64 ? valid[..length] : [.. valid, 0];
        var reply = await SendAsync(server, signer, query, damaged);

        reply.AssertError(400, -1022, "Signature for this request is not valid.");
    }

    [Fact]
    public async Task Ed25519_signature_with_a_non_canonical_s_returns_minus_1022()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync("ED25519");
        var query = $"timestamp={server.NowMilliseconds}";
        var valid = signer.SignEd25519Bytes(Encoding.UTF8.GetBytes(query));

        // S + L verifies under a lax check (same point arithmetic), so only a strict verifier rejects it.
        var scalar = new BigInteger(valid.AsSpan(32), isUnsigned: true) + GroupOrder;
        var malleated = valid.ToArray();
        Assert.True(scalar.TryWriteBytes(malleated.AsSpan(32), out var written, isUnsigned: true));
        Assert.Equal(32, written);
        var reply = await SendAsync(server, signer, query, malleated);
        var control = await SendAsync(server, signer, query, valid);

        reply.AssertError(400, -1022, "Signature for this request is not valid.");
        Assert.Equal(200, control.Status);
    }

    private static Task<Reply> SendAsync(TestServer server, Signer signer, string query, byte[] signature) =>
        server.SendAsync(HttpMethod.Get, Path, $"{query}&signature={Uri.EscapeDataString(Convert.ToBase64String(signature))}",
            configure: request => request.Headers.Add("X-MBX-APIKEY", signer.ApiKey));
}
