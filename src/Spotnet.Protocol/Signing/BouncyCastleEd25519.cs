using System.Buffers;
using Rfc8032 = Org.BouncyCastle.Math.EC.Rfc8032.Ed25519;

namespace Spotnet.Protocol.Signing;

/// <summary>
/// Managed Ed25519 from Portable.BouncyCastle (the primitives behind its <c>Ed25519Signer</c>), used where OpenSSL's
/// <c>libcrypto</c> is missing. Stateless and thread-safe.
/// </summary>
internal static class BouncyCastleEd25519
{
    private const int KeyLength = 32;
    private const int SignatureLength = 64;

    /// <summary>Derives the raw 32-byte public key from a 32-byte seed.</summary>
    public static void DerivePublicKey(byte[] seed, Span<byte> destination)
    {
        var publicKey = new byte[KeyLength];
        Rfc8032.GeneratePublicKey(seed, 0, publicKey, 0);
        publicKey.CopyTo(destination);
    }

    /// <summary>Signs <paramref name="data"/> with the 32-byte <paramref name="seed"/> into a 64-byte signature.</summary>
    public static void Sign(byte[] seed, ReadOnlySpan<byte> data, Span<byte> signature)
    {
        var message = ArrayPool<byte>.Shared.Rent(data.Length);
        var output = new byte[SignatureLength];
        try
        {
            data.CopyTo(message);
            Rfc8032.Sign(seed, 0, message, 0, data.Length, output, 0);
            output.CopyTo(signature);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(message);
        }
    }

    /// <summary>Verifies a 64-byte signature over <paramref name="data"/> with a raw 32-byte public key.</summary>
    public static bool Verify(byte[] publicKey, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        if (signature.Length != SignatureLength)
        {
            return false;
        }

        var message = ArrayPool<byte>.Shared.Rent(data.Length);
        var signatureBytes = ArrayPool<byte>.Shared.Rent(SignatureLength);
        try
        {
            data.CopyTo(message);
            signature.CopyTo(signatureBytes);
            return Rfc8032.Verify(signatureBytes, 0, publicKey, 0, message, 0, data.Length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(message);
            ArrayPool<byte>.Shared.Return(signatureBytes);
        }
    }
}
