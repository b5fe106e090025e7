using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Text;

namespace Spotnet.Protocol.Signing;

/// <summary>Reads secrets, PEM and DER keys and decides their type from their content, never from their length.</summary>
internal static class KeyReader
{
    private const string RsaOid = "1.2.840.113549.1.1.1";
    private const string Ed25519Oid = "1.3.101.112";
    private const int MinimumRsaBits = 2048;
    private const int MaximumRsaBits = 4096;
    private const string BeginMarker = "-----BEGIN";

    // The SPKI of an Ed25519 key is this fixed 12-byte header followed by the 32-byte key (RFC 8410).
    private static readonly byte[] Ed25519SpkiPrefix = [0x30, 0x2A, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x03, 0x21, 0x00];

    // The PKCS#8 form of an Ed25519 seed is this fixed 16-byte header followed by the 32-byte seed (RFC 8410).
    private static readonly byte[] Ed25519Pkcs8Prefix =
        [0x30, 0x2E, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes strict UTF-8 (key files and buffers) into characters.</summary>
    public static char[] DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            var chars = new char[StrictUtf8.GetCharCount(bytes)];
            StrictUtf8.GetChars(bytes, chars);
            return chars;
        }
        catch (DecoderFallbackException exception)
        {
            throw new KeyFormatException(KeyFormatError.Unrecognized, "The key bytes are not valid UTF-8 text.", exception);
        }
    }

    public static SigningKey ReadSigningKey(ReadOnlySpan<char> text, Func<string>? passphrase)
    {
        var trimmed = text.Trim();
        if (trimmed.IsEmpty)
        {
            throw new KeyFormatException(KeyFormatError.Empty, "The secret or key is empty.");
        }

        if (trimmed.Contains(BeginMarker, StringComparison.Ordinal))
        {
            var (label, der) = ReadSinglePem(trimmed);
            try
            {
                return ReadPrivatePem(label, der, passphrase);
            }
            finally
            {
                CryptographicOperations.ZeroMemory(der);
            }
        }

        if (TryReadBareDerKey(trimmed) is { } key)
        {
            return key;
        }

        foreach (var c in trimmed)
        {
            if (c is < '!' or > '~')
            {
                throw new KeyFormatException(
                    KeyFormatError.Unrecognized,
                    "The text is neither an HMAC secret (printable ASCII without spaces) nor a PEM private key.");
            }
        }

        var secret = new byte[trimmed.Length];
        Encoding.ASCII.GetBytes(trimmed, secret);
        return new HmacSigningKey(secret);
    }

    public static SigningPublicKey ReadPublicKey(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        if (trimmed.IsEmpty)
        {
            throw new KeyFormatException(KeyFormatError.Empty, "The public key is empty.");
        }

        if (!trimmed.Contains(BeginMarker, StringComparison.Ordinal))
        {
            throw new KeyFormatException(
                KeyFormatError.Unrecognized, "Expected a PEM public key starting with -----BEGIN PUBLIC KEY-----.");
        }

        var (label, der) = ReadSinglePem(trimmed);
        switch (label)
        {
            case "PUBLIC KEY":
                return ReadSubjectPublicKeyInfo(der);
            case "RSA PUBLIC KEY":
                throw new KeyFormatException(
                    KeyFormatError.Pkcs1PublicKey,
                    "PKCS#1 RSA public keys (BEGIN RSA PUBLIC KEY) are not accepted; convert it to SPKI (BEGIN PUBLIC KEY) "
                    + "with: openssl rsa -RSAPublicKey_in -in key.pem -pubout");
            case "PRIVATE KEY" or "RSA PRIVATE KEY" or "ENCRYPTED PRIVATE KEY" or "EC PRIVATE KEY" or "OPENSSH PRIVATE KEY":
                CryptographicOperations.ZeroMemory(der);
                throw new KeyFormatException(
                    KeyFormatError.PrivateKeyNotPublic,
                    "This is a private key; it was not stored. Register the public key only "
                    + "(openssl pkey -in private.pem -pubout).");
            default:
                throw new KeyFormatException(
                    KeyFormatError.UnsupportedFormat, $"A PEM block labelled '{label}' is not a public key (BEGIN PUBLIC KEY).");
        }
    }

    public static SigningPublicKey ReadSubjectPublicKeyInfo(byte[] der)
    {
        var algorithm = ReadAlgorithm(der, isPrivate: false);
        if (algorithm.Oid == RsaOid)
        {
            using var rsa = RSA.Create();
            try
            {
                rsa.ImportSubjectPublicKeyInfo(der, out var read);
                if (read != der.Length)
                {
                    throw new KeyFormatException(KeyFormatError.MalformedKey, "The public key has extra bytes after its end.");
                }
            }
            catch (CryptographicException exception)
            {
                throw new KeyFormatException(KeyFormatError.MalformedKey, "The RSA public key is malformed.", exception);
            }

            CheckRsa(rsa);
            return new SigningPublicKey(KeyType.Rsa, rsa.KeySize, der);
        }

        if (algorithm.Oid == Ed25519Oid)
        {
            if (der.Length != Ed25519SpkiPrefix.Length + 32 || !der.AsSpan(0, Ed25519SpkiPrefix.Length).SequenceEqual(Ed25519SpkiPrefix))
            {
                throw new KeyFormatException(KeyFormatError.MalformedKey, "The Ed25519 public key is malformed.");
            }

            // Reject encodings that are not a point, or are a point of small order (which would weaken verification).
            if (!Org.BouncyCastle.Math.EC.Rfc8032.Ed25519.ValidatePublicKeyFull(der, Ed25519SpkiPrefix.Length))
            {
                throw new KeyFormatException(KeyFormatError.MalformedKey, "The Ed25519 public key is not a valid curve point.");
            }

            return new SigningPublicKey(KeyType.Ed25519, 256, der);
        }

        throw Unsupported(algorithm);
    }

    /// <summary>Builds the SPKI of a raw 32-byte Ed25519 public key.</summary>
    public static SigningPublicKey Ed25519PublicKey(ReadOnlySpan<byte> rawPublicKey)
    {
        var der = new byte[Ed25519SpkiPrefix.Length + 32];
        Ed25519SpkiPrefix.CopyTo(der, 0);
        rawPublicKey.CopyTo(der.AsSpan(Ed25519SpkiPrefix.Length));
        return new SigningPublicKey(KeyType.Ed25519, 256, der);
    }

    /// <summary>Builds the PKCS#8 PrivateKeyInfo of a 32-byte Ed25519 seed; the caller wipes the result.</summary>
    public static byte[] Ed25519Pkcs8(ReadOnlySpan<byte> seed)
    {
        var der = new byte[Ed25519Pkcs8Prefix.Length + 32];
        Ed25519Pkcs8Prefix.CopyTo(der, 0);
        seed.CopyTo(der.AsSpan(Ed25519Pkcs8Prefix.Length));
        return der;
    }

    /// <summary>Checks the RSA size and exponent rules shared by signing and registration.</summary>
    public static void CheckRsa(RSA rsa)
    {
        if (rsa.KeySize is < MinimumRsaBits or > MaximumRsaBits)
        {
            throw new KeyFormatException(
                KeyFormatError.RsaKeySize, $"The RSA key has {rsa.KeySize} bits; Binance accepts 2048 to 4096 bits.");
        }

        var exponent = rsa.ExportParameters(includePrivateParameters: false).Exponent;
        if (exponent is not [0x01, 0x00, 0x01])
        {
            throw new KeyFormatException(KeyFormatError.RsaPublicExponent, "The RSA public exponent must be 65537.");
        }
    }

    /// <summary>Loads a PKCS#8 PrivateKeyInfo (RSA or Ed25519).</summary>
    public static SigningKey ReadPkcs8(byte[] der)
    {
        var algorithm = ReadAlgorithm(der, isPrivate: true);
        if (algorithm.Oid == RsaOid)
        {
            return RsaSigningKey.Import(rsa =>
            {
                rsa.ImportPkcs8PrivateKey(der, out var read);
                return read == der.Length;
            });
        }

        if (algorithm.Oid == Ed25519Oid)
        {
            var seed = ReadEd25519Seed(der);
            try
            {
                return Ed25519SigningKey.Create(seed, Ed25519SigningKey.DefaultBackend);
            }
            finally
            {
                CryptographicOperations.ZeroMemory(seed);
            }
        }

        throw Unsupported(algorithm);
    }

    private static SigningKey ReadPrivatePem(string label, byte[] der, Func<string>? passphrase)
    {
        switch (label)
        {
            case "PRIVATE KEY":
                return ReadPkcs8(der);
            case "RSA PRIVATE KEY":
                return RsaSigningKey.Import(rsa =>
                {
                    rsa.ImportRSAPrivateKey(der, out var read);
                    return read == der.Length;
                });
            case "ENCRYPTED PRIVATE KEY":
                return EncryptedPrivateKey.Decrypt(der, passphrase);
            case "PUBLIC KEY" or "RSA PUBLIC KEY":
                throw new KeyFormatException(
                    KeyFormatError.PublicKeyNotPrivate,
                    "This is a public key; signing needs the private key (BEGIN PRIVATE KEY).");
            case "EC PRIVATE KEY" or "DSA PRIVATE KEY":
                throw new KeyFormatException(
                    KeyFormatError.UnsupportedAlgorithm,
                    $"{label[..^12]} keys are not supported; Binance accepts HMAC, RSA (2048 to 4096 bits) and Ed25519 keys.");
            default:
                throw new KeyFormatException(
                    KeyFormatError.UnsupportedFormat,
                    $"A PEM block labelled '{label}' is not supported; use a PKCS#8 private key (BEGIN PRIVATE KEY or "
                    + "BEGIN ENCRYPTED PRIVATE KEY) or a PKCS#1 RSA private key.");
        }
    }

    private static (string Label, byte[] Der) ReadSinglePem(ReadOnlySpan<char> text)
    {
        if (text.Contains("Proc-Type:", StringComparison.Ordinal))
        {
            throw new KeyFormatException(
                KeyFormatError.UnsupportedFormat,
                "Legacy OpenSSL PEM encryption (Proc-Type header) is not supported; convert the key to encrypted PKCS#8 "
                + "with: openssl pkcs8 -topk8 -in key.pem -out key-pkcs8.pem");
        }

        if (!PemEncoding.TryFind(text, out var fields))
        {
            throw new KeyFormatException(
                KeyFormatError.MalformedPem, "The PEM block is malformed (bad base64, or a missing or mismatched END line).");
        }

        if (!text[..fields.Location.Start].IsWhiteSpace())
        {
            throw new KeyFormatException(KeyFormatError.TextOutsidePemBlock, "There is text before the PEM block.");
        }

        var rest = text[fields.Location.End..];
        if (rest.Contains(BeginMarker, StringComparison.Ordinal))
        {
            throw new KeyFormatException(KeyFormatError.MultiplePemBlocks, "Expected exactly one PEM block, found more.");
        }

        if (!rest.IsWhiteSpace())
        {
            throw new KeyFormatException(KeyFormatError.TextOutsidePemBlock, "There is text after the PEM block.");
        }

        var der = new byte[fields.DecodedDataLength];
        if (!Convert.TryFromBase64Chars(text[fields.Base64Data], der, out var written) || written != der.Length)
        {
            throw new KeyFormatException(KeyFormatError.MalformedPem, "The PEM block's base64 body is malformed.");
        }

        return (text[fields.Label].ToString(), der);
    }

    /// <summary>Reads base64 text without PEM lines if it holds a DER key; returns null for anything else.</summary>
    private static SigningKey? TryReadBareDerKey(ReadOnlySpan<char> text)
    {
        // Binance HMAC secrets are 64 alphanumerics, which is also valid base64; only a parsable key structure counts.
        var buffer = new byte[text.Length];
        try
        {
            if (!Convert.TryFromBase64Chars(text, buffer, out var written) || written < 2 || buffer[0] != 0x30)
            {
                return null;
            }

            var der = buffer[..written];
            try
            {
                if (IsStructure(der, isPrivate: false))
                {
                    throw new KeyFormatException(
                        KeyFormatError.PublicKeyNotPrivate,
                        "This is a public key; signing needs the private key (BEGIN PRIVATE KEY).");
                }

                return IsStructure(der, isPrivate: true) ? ReadPkcs8(der) : null;
            }
            finally
            {
                CryptographicOperations.ZeroMemory(der);
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffer);
        }
    }

    private static bool IsStructure(byte[] der, bool isPrivate)
    {
        try
        {
            ReadAlgorithm(der, isPrivate);
            return true;
        }
        catch (KeyFormatException)
        {
            return false;
        }
    }

    /// <summary>Reads the algorithm identifier of a PKCS#8 PrivateKeyInfo or an SPKI, checking the outer shape.</summary>
    private static AlgorithmIdentifier ReadAlgorithm(byte[] der, bool isPrivate)
    {
        try
        {
            var reader = new AsnReader(der, AsnEncodingRules.DER);
            var sequence = reader.ReadSequence();
            reader.ThrowIfNotEmpty();
            if (isPrivate)
            {
                var version = sequence.ReadInteger();
                if (version < 0 || version > 1)
                {
                    throw new KeyFormatException(KeyFormatError.MalformedKey, "The private key has an unknown version.");
                }
            }

            var algorithm = ReadAlgorithmIdentifier(sequence);
            if (isPrivate)
            {
                sequence.ReadOctetString();
            }
            else
            {
                sequence.ReadBitString(out _);
            }

            return algorithm;
        }
        catch (AsnContentException exception)
        {
            throw new KeyFormatException(
                KeyFormatError.MalformedKey, isPrivate ? "The private key is malformed." : "The public key is malformed.", exception);
        }
    }

    private static AlgorithmIdentifier ReadAlgorithmIdentifier(AsnReader reader)
    {
        var identifier = reader.ReadSequence();
        var oid = identifier.ReadObjectIdentifier();
        string? parameterOid = null;
        if (identifier.HasData && identifier.PeekTag().HasSameClassAndValue(Asn1Tag.ObjectIdentifier))
        {
            parameterOid = identifier.ReadObjectIdentifier();
        }

        return new AlgorithmIdentifier(oid, parameterOid, identifier.HasData ? identifier.ReadEncodedValue() : default);
    }

    private static byte[] ReadEd25519Seed(byte[] der)
    {
        try
        {
            var reader = new AsnReader(der, AsnEncodingRules.DER);
            var sequence = reader.ReadSequence();
            sequence.ReadInteger();
            var algorithm = ReadAlgorithmIdentifier(sequence);
            if (algorithm.ParameterOid is not null || !algorithm.Parameters.IsEmpty)
            {
                throw new KeyFormatException(KeyFormatError.MalformedKey, "The Ed25519 key must not have algorithm parameters.");
            }

            var inner = new AsnReader(sequence.ReadOctetString(), AsnEncodingRules.DER);
            var seed = inner.ReadOctetString();
            inner.ThrowIfNotEmpty();
            if (seed.Length != 32)
            {
                CryptographicOperations.ZeroMemory(seed);
                throw new KeyFormatException(KeyFormatError.MalformedKey, "An Ed25519 private key is 32 bytes.");
            }

            return seed;
        }
        catch (AsnContentException exception)
        {
            throw new KeyFormatException(KeyFormatError.MalformedKey, "The Ed25519 private key is malformed.", exception);
        }
    }

    private static KeyFormatException Unsupported(AlgorithmIdentifier algorithm)
    {
        var name = algorithm.Oid switch
        {
            "1.2.840.10045.2.1" => algorithm.ParameterOid switch
            {
                "1.2.840.10045.3.1.7" => "EC P-256",
                "1.3.132.0.34" => "EC P-384",
                "1.3.132.0.35" => "EC P-521",
                "1.3.132.0.10" => "EC secp256k1",
                _ => "EC",
            },
            "1.3.101.110" => "X25519",
            "1.3.101.111" => "X448",
            "1.3.101.113" => "Ed448",
            "1.2.840.10040.4.1" => "DSA",
            "1.2.840.113549.1.1.10" => "RSA-PSS",
            "1.2.840.113549.1.3.1" => "DH",
            _ => $"OID {algorithm.Oid}",
        };
        return new KeyFormatException(
            KeyFormatError.UnsupportedAlgorithm,
            $"{name} keys are not supported; Binance accepts HMAC, RSA (2048 to 4096 bits) and Ed25519 keys.");
    }

    private readonly record struct AlgorithmIdentifier(string Oid, string? ParameterOid, ReadOnlyMemory<byte> Parameters);
}
