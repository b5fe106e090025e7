using System.Security.Cryptography;

namespace Spotnet.Server.Accounts;

/// <summary>Creates the cached verifier for a key.</summary>
public static class SignatureVerifiers
{
    /// <summary>Creates a verifier from an HMAC secret or a SubjectPublicKeyInfo DER.</summary>
    public static ISignatureVerifier Create(ApiKeyType type, byte[] keyMaterial) => type switch
    {
        ApiKeyType.Hmac => new HmacVerifier(keyMaterial),
        ApiKeyType.Rsa => new RsaVerifier(keyMaterial),
        _ => new Ed25519Verifier(keyMaterial),
    };

    private sealed class HmacVerifier(byte[] secret) : ISignatureVerifier
    {
        public bool Verify(ReadOnlySpan<byte> payload, ReadOnlySpan<char> signature)
        {
            Span<byte> expected = stackalloc byte[32];
            Span<byte> given = stackalloc byte[32];
            if (signature.Length != 64 || Convert.FromHexString(signature, given, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32)
            {
                return false;
            }

            HMACSHA256.HashData(secret, payload, expected);
            return CryptographicOperations.FixedTimeEquals(expected, given);
        }
    }

    private sealed class RsaVerifier : ISignatureVerifier
    {
        private readonly RSA _rsa = RSA.Create();

        public RsaVerifier(byte[] spki) => _rsa.ImportSubjectPublicKeyInfo(spki, out _);

        public bool Verify(ReadOnlySpan<byte> payload, ReadOnlySpan<char> signature)
        {
            Span<byte> decoded = stackalloc byte[512];
            return Convert.TryFromBase64Chars(signature, decoded, out var length)
                && length == _rsa.KeySize / 8
                && _rsa.VerifyData(payload, decoded[..length], HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
    }

    private sealed class Ed25519Verifier(byte[] spki) : ISignatureVerifier
    {
        private readonly Org.BouncyCastle.Crypto.Parameters.Ed25519PublicKeyParameters _key = new(spki, spki.Length - 32);

        public bool Verify(ReadOnlySpan<byte> payload, ReadOnlySpan<char> signature)
        {
            Span<byte> decoded = stackalloc byte[66];
            if (!Convert.TryFromBase64Chars(signature, decoded, out var length) || length != 64)
            {
                return false;
            }

            var signer = new Org.BouncyCastle.Crypto.Signers.Ed25519Signer();
            signer.Init(false, _key);
            var bytes = payload.ToArray();
            signer.BlockUpdate(bytes, 0, bytes.Length);
            return signer.VerifySignature(decoded[..length].ToArray());
        }
    }
}
