using System.Security.Cryptography;

namespace Spotnet.Protocol.Signing;

/// <summary>An RSA private key (2048–4096 bits) that signs with RSASSA-PKCS1-v1_5 and SHA-256, base64 output.</summary>
internal sealed class RsaSigningKey : SigningKey
{
    private readonly RSA _rsa;

    private RsaSigningKey(RSA rsa, SigningPublicKey publicKey)
    {
        _rsa = rsa;
        PublicKey = publicKey;
    }

    public override KeyType KeyType => KeyType.Rsa;

    public override SigningPublicKey PublicKey { get; }

    /// <summary>Creates the key with <paramref name="import"/>, which returns false when bytes trail the key.</summary>
    public static RsaSigningKey Import(Func<RSA, bool> import)
    {
        var rsa = RSA.Create();
        try
        {
            bool complete;
            try
            {
                complete = import(rsa);
            }
            catch (CryptographicException exception)
            {
                throw new KeyFormatException(KeyFormatError.MalformedKey, "The RSA private key is malformed.", exception);
            }

            if (!complete)
            {
                throw new KeyFormatException(KeyFormatError.MalformedKey, "The RSA private key has extra bytes after its end.");
            }

            KeyReader.CheckRsa(rsa);
            var publicKey = new SigningPublicKey(KeyType.Rsa, rsa.KeySize, rsa.ExportSubjectPublicKeyInfo());
            return new RsaSigningKey(rsa, publicKey);
        }
        catch
        {
            rsa.Dispose();
            throw;
        }
    }

    public override string Sign(ReadOnlySpan<byte> payload)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        Span<byte> signature = stackalloc byte[(_rsa.KeySize + 7) / 8];
        var written = _rsa.SignData(payload, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return Convert.ToBase64String(signature[..written]);
    }

    private protected override byte[] ExportPkcs8() => _rsa.ExportPkcs8PrivateKey();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // RSA (OpenSSL-backed) frees and cleanses its native key.
            _rsa.Dispose();
        }

        base.Dispose(disposing);
    }
}
