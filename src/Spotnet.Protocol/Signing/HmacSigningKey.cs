using System.Security.Cryptography;

namespace Spotnet.Protocol.Signing;

/// <summary>An HMAC-SHA256 secret that signs with lowercase hex output.</summary>
internal sealed class HmacSigningKey : SigningKey
{
    private readonly byte[] _secret;

    /// <summary>Takes ownership of <paramref name="secret"/> and wipes it on dispose.</summary>
    public HmacSigningKey(byte[] secret)
    {
        _secret = secret;
    }

    public override KeyType KeyType => KeyType.Hmac;

    public override SigningPublicKey? PublicKey => null;

    /// <summary>The secret bytes, exposed to tests that check wiping.</summary>
    internal ReadOnlySpan<byte> Secret => _secret;

    public override string Sign(ReadOnlySpan<byte> payload)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_secret, payload, mac);
        return Convert.ToHexStringLower(mac);
    }

    private protected override byte[] ExportPkcs8() =>
        throw new InvalidOperationException("An HMAC secret has no PEM form; store the secret itself.");

    protected override void Dispose(bool disposing)
    {
        CryptographicOperations.ZeroMemory(_secret);
        base.Dispose(disposing);
    }
}
