using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Text;

namespace Spotnet.Protocol.Signing;

/// <summary>
/// Decrypts an encrypted PKCS#8 key (PBES2: PBKDF2 with HMAC-SHA1/SHA-2, AES-CBC), the format
/// <c>openssl genpkey -aes256</c> and <c>openssl pkcs8 -topk8 -v2 aes256</c> write, for any key algorithm.
/// </summary>
internal static class EncryptedPrivateKey
{
    private const string Pbes2Oid = "1.2.840.113549.1.5.13";
    private const string Pbkdf2Oid = "1.2.840.113549.1.5.12";
    private const int MaximumIterations = 10_000_000;
    private const string HmacWithSha256Oid = "1.2.840.113549.2.9";
    private const string Aes256CbcOid = "2.16.840.1.101.3.4.1.42";

    /// <summary>PBKDF2-HMAC-SHA256 iterations for keys this library encrypts (OWASP's 2023 recommendation).</summary>
    internal const int ExportIterations = 600_000;

    public static SigningKey Decrypt(byte[] der, Func<string>? passphrase)
    {
        var scheme = ReadScheme(der);
        var password = passphrase?.Invoke();
        if (password is null)
        {
            throw new KeyFormatException(
                KeyFormatError.PassphraseRequired, "The private key is encrypted; a passphrase callback is required.");
        }

        var passwordBytes = Encoding.UTF8.GetBytes(password);
        var key = Rfc2898DeriveBytes.Pbkdf2(passwordBytes, scheme.Salt, scheme.Iterations, scheme.Prf, scheme.KeyLength);
        CryptographicOperations.ZeroMemory(passwordBytes);
        byte[] plaintext;
        try
        {
            using var aes = Aes.Create();
            aes.Key = key;
            plaintext = aes.DecryptCbc(scheme.EncryptedData, scheme.Iv);
        }
        catch (CryptographicException exception)
        {
            throw WrongPassphrase(exception);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }

        try
        {
            return KeyReader.ReadPkcs8(plaintext);
        }
        catch (KeyFormatException exception) when (exception.Reason == KeyFormatError.MalformedKey)
        {
            // A wrong passphrase passes the CBC padding check about once in 256 tries; the garbage then fails to parse.
            throw WrongPassphrase(exception);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <summary>Encrypts a PKCS#8 PrivateKeyInfo as PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC), readable by OpenSSL.</summary>
    public static byte[] Encrypt(ReadOnlySpan<byte> pkcs8, string passphrase)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var iv = RandomNumberGenerator.GetBytes(16);
        var passwordBytes = Encoding.UTF8.GetBytes(passphrase);
        var key = Rfc2898DeriveBytes.Pbkdf2(passwordBytes, salt, ExportIterations, HashAlgorithmName.SHA256, 32);
        CryptographicOperations.ZeroMemory(passwordBytes);
        byte[] encrypted;
        try
        {
            using var aes = Aes.Create();
            aes.Key = key;
            encrypted = aes.EncryptCbc(pkcs8, iv);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }

        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                writer.WriteObjectIdentifier(Pbes2Oid);
                using (writer.PushSequence())
                {
                    using (writer.PushSequence())
                    {
                        writer.WriteObjectIdentifier(Pbkdf2Oid);
                        using (writer.PushSequence())
                        {
                            writer.WriteOctetString(salt);
                            writer.WriteInteger(ExportIterations);
                            using (writer.PushSequence())
                            {
                                writer.WriteObjectIdentifier(HmacWithSha256Oid);
                                writer.WriteNull();
                            }
                        }
                    }

                    using (writer.PushSequence())
                    {
                        writer.WriteObjectIdentifier(Aes256CbcOid);
                        writer.WriteOctetString(iv);
                    }
                }
            }

            writer.WriteOctetString(encrypted);
        }

        return writer.Encode();
    }

    private static KeyFormatException WrongPassphrase(Exception inner) =>
        new(KeyFormatError.WrongPassphrase, "The passphrase does not decrypt the private key.", inner);

    private static Pbes2Scheme ReadScheme(byte[] der)
    {
        try
        {
            var reader = new AsnReader(der, AsnEncodingRules.DER);
            var info = reader.ReadSequence();
            reader.ThrowIfNotEmpty();
            var algorithm = info.ReadSequence();
            var algorithmOid = algorithm.ReadObjectIdentifier();
            if (algorithmOid != Pbes2Oid)
            {
                throw Unsupported($"the encryption scheme {algorithmOid} is not PBES2");
            }

            var parameters = algorithm.ReadSequence();
            var derivation = parameters.ReadSequence();
            var derivationOid = derivation.ReadObjectIdentifier();
            if (derivationOid != Pbkdf2Oid)
            {
                throw Unsupported($"the key derivation {derivationOid} is not PBKDF2");
            }

            var pbkdf2 = derivation.ReadSequence();
            var salt = pbkdf2.ReadOctetString();
            if (!pbkdf2.TryReadInt32(out var iterations) || iterations is < 1 or > MaximumIterations)
            {
                throw new KeyFormatException(KeyFormatError.MalformedKey, "The PBKDF2 iteration count is out of range.");
            }

            int? declaredKeyLength = null;
            if (pbkdf2.HasData && pbkdf2.PeekTag().HasSameClassAndValue(Asn1Tag.Integer))
            {
                declaredKeyLength = pbkdf2.TryReadInt32(out var length) ? length : -1;
            }

            var prf = HashAlgorithmName.SHA1;
            if (pbkdf2.HasData)
            {
                var prfIdentifier = pbkdf2.ReadSequence();
                prf = prfIdentifier.ReadObjectIdentifier() switch
                {
                    "1.2.840.113549.2.7" => HashAlgorithmName.SHA1,
                    HmacWithSha256Oid => HashAlgorithmName.SHA256,
                    "1.2.840.113549.2.10" => HashAlgorithmName.SHA384,
                    "1.2.840.113549.2.11" => HashAlgorithmName.SHA512,
                    var other => throw Unsupported($"the PBKDF2 pseudo-random function {other} is not supported"),
                };
            }

            var cipher = parameters.ReadSequence();
            var keyLength = cipher.ReadObjectIdentifier() switch
            {
                "2.16.840.1.101.3.4.1.2" => 16,
                "2.16.840.1.101.3.4.1.22" => 24,
                Aes256CbcOid => 32,
                var other => throw Unsupported($"the cipher {other} is not AES-CBC"),
            };
            var iv = cipher.ReadOctetString();
            if (iv.Length != 16 || (declaredKeyLength is { } declared && declared != keyLength))
            {
                throw new KeyFormatException(KeyFormatError.MalformedKey, "The encryption parameters are inconsistent.");
            }

            var encryptedData = info.ReadOctetString();
            return new Pbes2Scheme(salt, iterations, prf, keyLength, iv, encryptedData);
        }
        catch (AsnContentException exception)
        {
            throw new KeyFormatException(KeyFormatError.MalformedKey, "The encrypted private key is malformed.", exception);
        }
    }

    private static KeyFormatException Unsupported(string detail) =>
        new(KeyFormatError.UnsupportedFormat, $"The encrypted private key cannot be read: {detail}. Re-encrypt it with: "
            + "openssl pkcs8 -topk8 -v2 aes256 -in key.pem -out key-encrypted.pem");

    private readonly record struct Pbes2Scheme(
        byte[] Salt, int Iterations, HashAlgorithmName Prf, int KeyLength, byte[] Iv, byte[] EncryptedData);
}
