using System.Security.Cryptography;

namespace Spotnet.Protocol.Signing;

/// <summary>An Ed25519 private key that signs the raw payload (RFC 8032), base64 output.</summary>
internal sealed class Ed25519SigningKey : SigningKey
{
    private const int SignatureLength = 64;

    private readonly Ed25519Backend _backend;
    private readonly OpenSslKeyHandle? _handle;
    private readonly byte[]? _seed;

    private Ed25519SigningKey(Ed25519Backend backend, OpenSslKeyHandle? handle, byte[]? seed, SigningPublicKey publicKey)
    {
        _backend = backend;
        _handle = handle;
        _seed = seed;
        PublicKey = publicKey;
    }

    /// <summary>OpenSSL where <c>libcrypto</c> loads, BouncyCastle elsewhere.</summary>
    public static Ed25519Backend DefaultBackend =>
        OpenSslEd25519.IsAvailable ? Ed25519Backend.OpenSsl : Ed25519Backend.BouncyCastle;

    public override KeyType KeyType => KeyType.Ed25519;

    public override SigningPublicKey PublicKey { get; }

    /// <summary>The backend this key signs with.</summary>
    internal Ed25519Backend Backend => _backend;

    /// <summary>Creates a key from a 32-byte seed; the caller keeps (and wipes) <paramref name="seed"/>.</summary>
    public static Ed25519SigningKey Create(ReadOnlySpan<byte> seed, Ed25519Backend backend)
    {
        Span<byte> publicKey = stackalloc byte[32];
        if (backend == Ed25519Backend.OpenSsl)
        {
            var handle = OpenSslEd25519.ImportPrivateKey(seed);
            OpenSslEd25519.ExportPublicKey(handle, publicKey);
            return new Ed25519SigningKey(backend, handle, null, KeyReader.Ed25519PublicKey(publicKey));
        }

        var copy = seed.ToArray();
        BouncyCastleEd25519.DerivePublicKey(copy, publicKey);
        return new Ed25519SigningKey(backend, null, copy, KeyReader.Ed25519PublicKey(publicKey));
    }

    public override string Sign(ReadOnlySpan<byte> payload)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        Span<byte> signature = stackalloc byte[SignatureLength];
        if (_backend == Ed25519Backend.OpenSsl)
        {
            OpenSslEd25519.Sign(_handle!, payload, signature);
        }
        else
        {
            BouncyCastleEd25519.Sign(_seed!, payload, signature);
        }

        return Convert.ToBase64String(signature);
    }

    private protected override byte[] ExportPkcs8()
    {
        if (_seed is not null)
        {
            return KeyReader.Ed25519Pkcs8(_seed);
        }

        Span<byte> seed = stackalloc byte[32];
        try
        {
            OpenSslEd25519.ExportPrivateKey(_handle!, seed);
            return KeyReader.Ed25519Pkcs8(seed);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (_seed is not null)
        {
            CryptographicOperations.ZeroMemory(_seed);
        }

        if (disposing)
        {
            // OpenSSL cleanses the private key when the EVP_PKEY is freed.
            _handle?.Dispose();
        }

        base.Dispose(disposing);
    }
}
