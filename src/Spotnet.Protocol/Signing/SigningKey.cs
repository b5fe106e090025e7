using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Spotnet.Protocol.Signing;

/// <summary>
/// A key that signs request payloads (the SDK side): an HMAC secret, an RSA private key or an Ed25519 private key.
/// </summary>
/// <remarks>Secret material is held in byte arrays (or native memory) and wiped on <see cref="Dispose()"/>.</remarks>
public abstract class SigningKey : IDisposable
{
    private protected SigningKey()
    {
    }

    /// <summary>Which algorithm this key signs with.</summary>
    public abstract KeyType KeyType { get; }

    /// <summary>The public half to register with the server, or <see langword="null"/> for an HMAC secret.</summary>
    public abstract SigningPublicKey? PublicKey { get; }

    /// <summary>Whether <see cref="Dispose()"/> has been called.</summary>
    protected bool IsDisposed { get; private set; }

    /// <summary>
    /// Loads a key by reading it: a plain secret becomes an HMAC key; a PEM private key becomes RSA or Ed25519 according
    /// to its algorithm; an encrypted PKCS#8 key is decrypted with the passphrase from <paramref name="passphrase"/>.
    /// </summary>
    /// <exception cref="KeyFormatException">The text is not a usable secret or private key.</exception>
    public static SigningKey FromSecret(string secretOrPem, Func<string>? passphrase = null)
    {
        ArgumentNullException.ThrowIfNull(secretOrPem);
        return KeyReader.ReadSigningKey(secretOrPem, passphrase);
    }

    /// <summary>Loads a key from UTF-8 bytes (a secret file or buffer), with the same detection as <see cref="FromSecret(string, Func{string})"/>.</summary>
    /// <exception cref="KeyFormatException">The bytes are not a usable secret or private key.</exception>
    public static SigningKey FromSecret(ReadOnlySpan<byte> secretOrPemUtf8, Func<string>? passphrase = null)
    {
        var chars = KeyReader.DecodeUtf8(secretOrPemUtf8);
        try
        {
            return KeyReader.ReadSigningKey(chars, passphrase);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(chars.AsSpan()));
        }
    }

    /// <summary>Generates a new Ed25519 key (the key type Binance recommends).</summary>
    public static SigningKey GenerateEd25519()
    {
        var seed = RandomNumberGenerator.GetBytes(32);
        try
        {
            return Ed25519SigningKey.Create(seed, Ed25519SigningKey.DefaultBackend);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
        }
    }

    /// <summary>Generates a new RSA key of 2048 to 4096 bits with exponent 65537.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The size is outside 2048–4096 bits.</exception>
    public static SigningKey GenerateRsa(int keySizeInBits = 2048)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keySizeInBits, 2048);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(keySizeInBits, 4096);
        return RsaSigningKey.Import(rsa =>
        {
            rsa.KeySize = keySizeInBits;
            rsa.ExportParameters(includePrivateParameters: false); // Forces generation now, not on first use.
            return true;
        });
    }

    /// <summary>
    /// Writes the private key as PKCS#8 PEM: <c>BEGIN ENCRYPTED PRIVATE KEY</c> (PBES2, PBKDF2-HMAC-SHA256 with
    /// 600,000 iterations, AES-256-CBC; OpenSSL reads it) when a passphrase is given, else <c>BEGIN PRIVATE KEY</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The key is an HMAC secret, which has no PEM form.</exception>
    public string ExportPrivateKeyPem(string? passphrase = null)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        var pkcs8 = ExportPkcs8();
        try
        {
            if (passphrase is null)
            {
                return PemEncoding.WriteString("PRIVATE KEY", pkcs8);
            }

            return PemEncoding.WriteString("ENCRYPTED PRIVATE KEY", EncryptedPrivateKey.Encrypt(pkcs8, passphrase));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }
    }

    /// <summary>Signs the payload bytes: lowercase hex for HMAC, base64 for RSA and Ed25519.</summary>
    public abstract string Sign(ReadOnlySpan<byte> payload);

    /// <summary>Signs the UTF-8 bytes of <paramref name="payload"/>.</summary>
    public string Sign(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var bytes = Encoding.UTF8.GetBytes(payload);
        return Sign(bytes);
    }

    /// <summary>The unencrypted PKCS#8 PrivateKeyInfo; the caller wipes it.</summary>
    private protected abstract byte[] ExportPkcs8();

    /// <summary>Shows the key type only, never key material.</summary>
    public override string ToString() => $"{KeyType} signing key";

    /// <summary>Wipes the key material.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Wipes the key material; derived types free their own buffers and handles.</summary>
    protected virtual void Dispose(bool disposing) => IsDisposed = true;
}
