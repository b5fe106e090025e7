namespace Spotnet.Protocol.Signing;

/// <summary>
/// Checks request signatures for one API key (the server side). Build it once per key and cache it: it holds the parsed
/// key and reusable hash state. Thread-safe; <see cref="Verify"/> never throws for bad signatures, it returns false.
/// </summary>
public abstract class SignatureVerifier : IDisposable
{
    private protected SignatureVerifier()
    {
    }

    /// <summary>Which algorithm this verifier checks.</summary>
    public abstract KeyType KeyType { get; }

    /// <summary>Whether <see cref="Dispose()"/> has been called.</summary>
    protected bool IsDisposed { get; private set; }

    /// <summary>A verifier for HMAC-SHA256 hex signatures (either case) made with <paramref name="secret"/>, which is copied.</summary>
    /// <exception cref="KeyFormatException">The secret is empty.</exception>
    public static SignatureVerifier ForHmacSecret(ReadOnlySpan<byte> secret)
    {
        if (secret.IsEmpty)
        {
            throw new KeyFormatException(KeyFormatError.Empty, "The HMAC secret is empty.");
        }

        return new HmacSignatureVerifier(secret.ToArray());
    }

    /// <summary>A verifier for an RSA or Ed25519 public key given as one <c>-----BEGIN PUBLIC KEY-----</c> PEM block.</summary>
    /// <exception cref="KeyFormatException">The text is not an acceptable public key.</exception>
    public static SignatureVerifier ForPublicKeyPem(string pem) => ForPublicKey(SigningPublicKey.FromPem(pem));

    /// <summary>A verifier for an already validated RSA or Ed25519 public key.</summary>
    public static SignatureVerifier ForPublicKey(SigningPublicKey publicKey)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        return publicKey.KeyType == KeyType.Rsa
            ? new RsaSignatureVerifier(publicKey)
            : new Ed25519SignatureVerifier(publicKey.Ed25519PublicKey, Ed25519SigningKey.DefaultBackend);
    }

    /// <summary>
    /// Whether <paramref name="signature"/> (hex for HMAC, canonical base64 for RSA and Ed25519, already
    /// percent-decoded) is valid for <paramref name="payload"/>. Malformed signatures return false.
    /// </summary>
    public abstract bool Verify(ReadOnlySpan<byte> payload, ReadOnlySpan<char> signature);

    /// <summary>Shows the key type only, never key material.</summary>
    public override string ToString() => $"{KeyType} signature verifier";

    /// <summary>Releases the key and wipes any secret.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the key and wipes any secret; derived types free their own state.</summary>
    protected virtual void Dispose(bool disposing) => IsDisposed = true;
}
