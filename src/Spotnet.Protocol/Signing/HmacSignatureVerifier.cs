using System.Security.Cryptography;

namespace Spotnet.Protocol.Signing;

/// <summary>
/// Verifies HMAC-SHA256 hex signatures. Creating an HMAC context costs about as much as hashing a request, so a few
/// keyed <see cref="IncrementalHash"/> instances are kept in a small lock-free pool and reused across calls and threads.
/// </summary>
internal sealed class HmacSignatureVerifier : SignatureVerifier
{
    private const int MacLength = HMACSHA256.HashSizeInBytes;

    private readonly byte[] _secret;
    private readonly IncrementalHash?[] _pool = new IncrementalHash?[Math.Clamp(Environment.ProcessorCount, 2, 16)];

    /// <summary>Takes ownership of <paramref name="secret"/> and wipes it on dispose.</summary>
    public HmacSignatureVerifier(byte[] secret)
    {
        _secret = secret;
    }

    public override KeyType KeyType => KeyType.Hmac;

    /// <summary>The secret bytes, exposed to tests that check wiping.</summary>
    internal ReadOnlySpan<byte> Secret => _secret;

    public override bool Verify(ReadOnlySpan<byte> payload, ReadOnlySpan<char> signature)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        Span<byte> expected = stackalloc byte[MacLength];
        if (!SignatureEncoding.TryDecodeHex(signature, expected))
        {
            return false;
        }

        Span<byte> actual = stackalloc byte[MacLength];
        var hash = Rent();
        hash.AppendData(payload);
        hash.GetHashAndReset(actual);
        Return(hash);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            for (var i = 0; i < _pool.Length; i++)
            {
                Interlocked.Exchange(ref _pool[i], null)?.Dispose();
            }
        }

        CryptographicOperations.ZeroMemory(_secret);
        base.Dispose(disposing);
    }

    private IncrementalHash Rent()
    {
        var start = Environment.CurrentManagedThreadId % _pool.Length;
        for (var i = 0; i < _pool.Length; i++)
        {
            var slot = (start + i) % _pool.Length;
            if (Interlocked.Exchange(ref _pool[slot], null) is { } hash)
            {
                return hash;
            }
        }

        return IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _secret);
    }

    private void Return(IncrementalHash hash)
    {
        var start = Environment.CurrentManagedThreadId % _pool.Length;
        for (var i = 0; i < _pool.Length; i++)
        {
            var slot = (start + i) % _pool.Length;
            if (Interlocked.CompareExchange(ref _pool[slot], hash, null) is null)
            {
                return;
            }
        }

        hash.Dispose();
    }
}
