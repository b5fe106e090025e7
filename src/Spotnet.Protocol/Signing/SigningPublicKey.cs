using System.Security.Cryptography;

namespace Spotnet.Protocol.Signing;

/// <summary>
/// A validated RSA (2048–4096 bits, exponent 65537) or Ed25519 public key, as registered with the server and stored as
/// its SubjectPublicKeyInfo (SPKI) bytes.
/// </summary>
public sealed class SigningPublicKey
{
    private readonly byte[] _subjectPublicKeyInfo;

    internal SigningPublicKey(KeyType keyType, int keySizeInBits, byte[] subjectPublicKeyInfo)
    {
        KeyType = keyType;
        KeySizeInBits = keySizeInBits;
        _subjectPublicKeyInfo = subjectPublicKeyInfo;
        Fingerprint = Convert.ToHexStringLower(SHA256.HashData(subjectPublicKeyInfo));
    }

    /// <summary><see cref="KeyType.Rsa"/> or <see cref="KeyType.Ed25519"/>.</summary>
    public KeyType KeyType { get; }

    /// <summary>The RSA modulus length in bits, or 256 for Ed25519.</summary>
    public int KeySizeInBits { get; }

    /// <summary>The DER-encoded SubjectPublicKeyInfo, the form to store.</summary>
    public ReadOnlyMemory<byte> SubjectPublicKeyInfo => _subjectPublicKeyInfo;

    /// <summary>SHA-256 of the SubjectPublicKeyInfo bytes, as 64 lowercase hex characters.</summary>
    public string Fingerprint { get; }

    /// <summary>
    /// Reads exactly one <c>-----BEGIN PUBLIC KEY-----</c> PEM block (SPKI); rejects private keys, PKCS#1
    /// <c>BEGIN RSA PUBLIC KEY</c>, other algorithms, RSA sizes outside 2048–4096 bits, extra blocks and extra text.
    /// </summary>
    /// <exception cref="KeyFormatException">The text is not an acceptable public key.</exception>
    public static SigningPublicKey FromPem(string pem)
    {
        ArgumentNullException.ThrowIfNull(pem);
        return KeyReader.ReadPublicKey(pem);
    }

    /// <summary>Reads a DER-encoded SubjectPublicKeyInfo with the same checks as <see cref="FromPem"/>.</summary>
    /// <exception cref="KeyFormatException">The bytes are not an acceptable public key.</exception>
    public static SigningPublicKey FromSubjectPublicKeyInfo(ReadOnlySpan<byte> subjectPublicKeyInfo) =>
        KeyReader.ReadSubjectPublicKeyInfo(subjectPublicKeyInfo.ToArray());

    /// <summary>The key as a <c>-----BEGIN PUBLIC KEY-----</c> PEM block.</summary>
    public string ToPem() => PemEncoding.WriteString("PUBLIC KEY", _subjectPublicKeyInfo);

    /// <summary>The key type, size and fingerprint.</summary>
    public override string ToString() => $"{KeyType} public key ({KeySizeInBits} bits, SHA-256 {Fingerprint})";

    /// <summary>The raw 32-byte Ed25519 public key (the last 32 bytes of its fixed-layout SPKI).</summary>
    internal ReadOnlySpan<byte> Ed25519PublicKey => _subjectPublicKeyInfo.AsSpan(_subjectPublicKeyInfo.Length - 32);
}
