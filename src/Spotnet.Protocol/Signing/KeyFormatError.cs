namespace Spotnet.Protocol.Signing;

/// <summary>Why a secret, private key or public key could not be loaded.</summary>
public enum KeyFormatError
{
    /// <summary>The input is empty or whitespace.</summary>
    Empty,
    /// <summary>The input is neither an HMAC secret nor a key this library reads.</summary>
    Unrecognized,
    /// <summary>A <c>-----BEGIN</c> line is present but no well-formed PEM block follows.</summary>
    MalformedPem,
    /// <summary>More than one PEM block was given; exactly one is expected.</summary>
    MultiplePemBlocks,
    /// <summary>Text other than whitespace surrounds the PEM block.</summary>
    TextOutsidePemBlock,
    /// <summary>The PEM block decodes, but its content is not a valid key of its declared kind.</summary>
    MalformedKey,
    /// <summary>A public key was given where a private key (to sign) is needed.</summary>
    PublicKeyNotPrivate,
    /// <summary>A private key was given where a public key (to register or verify) is needed.</summary>
    PrivateKeyNotPublic,
    /// <summary>The key uses an algorithm other than RSA or Ed25519 (EC P-256, X25519, Ed448, DSA, RSA-PSS...).</summary>
    UnsupportedAlgorithm,
    /// <summary>The RSA modulus is shorter than 2048 or longer than 4096 bits.</summary>
    RsaKeySize,
    /// <summary>The RSA public exponent is not 65537.</summary>
    RsaPublicExponent,
    /// <summary>A PKCS#1 <c>BEGIN RSA PUBLIC KEY</c> block was given; registration takes SPKI (<c>BEGIN PUBLIC KEY</c>).</summary>
    Pkcs1PublicKey,
    /// <summary>A container this library does not read (certificate, OpenSSH key, legacy PEM encryption, PBES1, scrypt...).</summary>
    UnsupportedFormat,
    /// <summary>The private key is encrypted and no passphrase callback was given.</summary>
    PassphraseRequired,
    /// <summary>The passphrase does not decrypt the private key.</summary>
    WrongPassphrase,
}
