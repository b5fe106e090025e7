using System.Security.Cryptography;

namespace Spotnet.Protocol.Signing;

/// <summary>Verifies RSASSA-PKCS1-v1_5 SHA-256 base64 signatures with a key parsed once.</summary>
internal sealed class RsaSignatureVerifier : SignatureVerifier
{
    private readonly RSA _rsa;
    private readonly int _signatureLength;

    public RsaSignatureVerifier(SigningPublicKey publicKey)
    {
        _rsa = RSA.Create();
        _rsa.ImportSubjectPublicKeyInfo(publicKey.SubjectPublicKeyInfo.Span, out _);
        _signatureLength = (_rsa.KeySize + 7) / 8;
    }

    public override KeyType KeyType => KeyType.Rsa;

    public override bool Verify(ReadOnlySpan<byte> payload, ReadOnlySpan<char> signature)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        Span<byte> decoded = stackalloc byte[_signatureLength];
        // A signature must be exactly the modulus length; anything else is rejected before any RSA work.
        return SignatureEncoding.TryDecodeBase64(signature, decoded, out var length)
            && length == _signatureLength
            && _rsa.VerifyData(payload, decoded, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _rsa.Dispose();
        }

        base.Dispose(disposing);
    }
}
