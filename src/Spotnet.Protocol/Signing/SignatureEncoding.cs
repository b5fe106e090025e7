using System.Buffers;

namespace Spotnet.Protocol.Signing;

/// <summary>Strict decoders for signatures as they arrive: hex for HMAC, canonical base64 for RSA and Ed25519.</summary>
internal static class SignatureEncoding
{
    /// <summary>Decodes exactly <paramref name="destination"/>.Length bytes of hex in either case; anything else fails.</summary>
    public static bool TryDecodeHex(ReadOnlySpan<char> hex, Span<byte> destination)
    {
        if (hex.Length != destination.Length * 2)
        {
            return false;
        }

        return Convert.FromHexString(hex, destination, out _, out var written) == OperationStatus.Done
            && written == destination.Length;
    }

    /// <summary>
    /// Decodes canonical base64 (standard alphabet, padded, no whitespace, unused trailing bits zero), so one
    /// signature has exactly one accepted spelling.
    /// </summary>
    public static bool TryDecodeBase64(ReadOnlySpan<char> base64, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (base64.IsEmpty || base64.Length % 4 != 0 || base64.Length / 4 * 3 > destination.Length + 2)
        {
            return false;
        }

        foreach (var c in base64)
        {
            // Convert would skip whitespace; the wire form must not contain any.
            if (c is not ((>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '+' or '/' or '='))
            {
                return false;
            }
        }

        if (!Convert.TryFromBase64Chars(base64, destination, out bytesWritten))
        {
            bytesWritten = 0;
            return false;
        }

        // Reject spellings whose padding bits are not zero: re-encode and compare.
        Span<char> canonical = stackalloc char[base64.Length];
        if (!Convert.TryToBase64Chars(destination[..bytesWritten], canonical, out var charsWritten)
            || !canonical[..charsWritten].SequenceEqual(base64))
        {
            bytesWritten = 0;
            return false;
        }

        return true;
    }
}
