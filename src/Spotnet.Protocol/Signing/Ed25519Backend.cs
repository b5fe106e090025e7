namespace Spotnet.Protocol.Signing;

/// <summary>Which implementation computes Ed25519: the platform's OpenSSL, or the managed BouncyCastle fallback.</summary>
internal enum Ed25519Backend
{
    /// <summary>OpenSSL <c>libcrypto</c> through <see cref="OpenSslEd25519"/>.</summary>
    OpenSsl,
    /// <summary>Portable.BouncyCastle's RFC 8032 code through <see cref="BouncyCastleEd25519"/>.</summary>
    BouncyCastle,
}
