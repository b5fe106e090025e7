using System.Security.Cryptography;
using Spotnet.Client.Credentials;

namespace Spotnet.Client.Tests.Support;

/// <summary>HMAC-SHA256 lowercase hex, the test oracle for Binance's documented vectors.</summary>
internal sealed class TestHmacSigner(byte[] secret) : IRequestSigner
{
    public string Sign(ReadOnlySpan<byte> payload) => Convert.ToHexStringLower(HMACSHA256.HashData(secret, payload));

    public void Dispose() => Array.Clear(secret);
}
