namespace Spotnet.Protocol.Signing;

/// <summary>Verifies Ed25519 base64 signatures strictly: 64 bytes, canonical base64, and S below the group order.</summary>
internal sealed class Ed25519SignatureVerifier : SignatureVerifier
{
    private const int SignatureLength = 64;

    // The group order L = 2^252 + 27742317777372353535851937790883648493, little-endian (RFC 8032 §5.1).
    private static ReadOnlySpan<byte> GroupOrder =>
    [
        0xED, 0xD3, 0xF5, 0x5C, 0x1A, 0x63, 0x12, 0x58, 0xD6, 0x9C, 0xF7, 0xA2, 0xDE, 0xF9, 0xDE, 0x14,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10,
    ];

    private readonly Ed25519Backend _backend;
    private readonly OpenSslKeyHandle? _handle;
    private readonly byte[] _publicKey;

    public Ed25519SignatureVerifier(ReadOnlySpan<byte> publicKey, Ed25519Backend backend)
    {
        _backend = backend;
        _publicKey = publicKey.ToArray();
        _handle = backend == Ed25519Backend.OpenSsl ? OpenSslEd25519.ImportPublicKey(publicKey) : null;
    }

    public override KeyType KeyType => KeyType.Ed25519;

    /// <summary>The backend this verifier uses.</summary>
    internal Ed25519Backend Backend => _backend;

    public override bool Verify(ReadOnlySpan<byte> payload, ReadOnlySpan<char> signature)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        Span<byte> decoded = stackalloc byte[SignatureLength];
        if (!SignatureEncoding.TryDecodeBase64(signature, decoded, out var length)
            || length != SignatureLength
            || !IsCanonicalScalar(decoded[32..]))
        {
            return false;
        }

        return _backend == Ed25519Backend.OpenSsl
            ? OpenSslEd25519.Verify(_handle!, payload, decoded)
            : BouncyCastleEd25519.Verify(_publicKey, payload, decoded);
    }

    /// <summary>Whether the little-endian scalar S is below L; S + L would otherwise be a second valid signature.</summary>
    internal static bool IsCanonicalScalar(ReadOnlySpan<byte> scalar)
    {
        for (var i = 31; i >= 0; i--)
        {
            if (scalar[i] != GroupOrder[i])
            {
                return scalar[i] < GroupOrder[i];
            }
        }

        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _handle?.Dispose();
        }

        base.Dispose(disposing);
    }
}
