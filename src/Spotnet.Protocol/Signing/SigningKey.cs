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

    /// <summary>Signs the payload bytes: lowercase hex for HMAC, base64 for RSA and Ed25519.</summary>
    public abstract string Sign(ReadOnlySpan<byte> payload);

    /// <summary>Signs the UTF-8 bytes of <paramref name="payload"/>.</summary>
    public string Sign(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var bytes = Encoding.UTF8.GetBytes(payload);
        return Sign(bytes);
    }

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
