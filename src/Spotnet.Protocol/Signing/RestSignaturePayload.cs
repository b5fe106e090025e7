namespace Spotnet.Protocol.Signing;

/// <summary>
/// The bytes a REST signature covers: the raw query string, then the raw body, with no separator, minus the
/// <c>signature=...</c> pair and the <c>&amp;</c> that joins it. Works on the bytes as received; never decodes.
/// </summary>
public static class RestSignaturePayload
{
    private static ReadOnlySpan<byte> SignatureName => "signature"u8;

    /// <summary>
    /// Writes the signed payload of a request into <paramref name="destination"/> (at least
    /// <c>rawQuery.Length + rawBody.Length</c> bytes) and returns the still percent-encoded signature value.
    /// A leading <c>?</c> on the query string is ignored.
    /// </summary>
    public static RestSignatureStatus TryExtract(
        ReadOnlySpan<byte> rawQuery,
        ReadOnlySpan<byte> rawBody,
        Span<byte> destination,
        out int bytesWritten,
        out ReadOnlySpan<byte> rawSignature)
    {
        bytesWritten = 0;
        rawSignature = default;
        if (rawQuery.StartsWith("?"u8))
        {
            rawQuery = rawQuery[1..];
        }

        if (destination.Length < rawQuery.Length + rawBody.Length)
        {
            throw new ArgumentException("The destination is shorter than the query string and body together.", nameof(destination));
        }

        var inQuery = FindSignature(rawQuery, out var queryStart, out var queryEnd, out var queryValue);
        var inBody = FindSignature(rawBody, out var bodyStart, out var bodyEnd, out var bodyValue);
        if (inQuery == Occurrence.Many || inBody == Occurrence.Many || (inQuery == Occurrence.One && inBody == Occurrence.One))
        {
            return RestSignatureStatus.Duplicate;
        }

        if (inQuery == Occurrence.None && inBody == Occurrence.None)
        {
            return RestSignatureStatus.Missing;
        }

        if ((inQuery == Occurrence.One && queryEnd != rawQuery.Length) || (inBody == Occurrence.One && bodyEnd != rawBody.Length))
        {
            return RestSignatureStatus.NotLast;
        }

        var query = inQuery == Occurrence.One ? rawQuery[..queryStart] : rawQuery;
        var body = inBody == Occurrence.One ? rawBody[..bodyStart] : rawBody;
        query.CopyTo(destination);
        body.CopyTo(destination[query.Length..]);
        bytesWritten = query.Length + body.Length;
        rawSignature = inQuery == Occurrence.One ? rawQuery[queryValue..queryEnd] : rawBody[bodyValue..bodyEnd];
        return RestSignatureStatus.Found;
    }

    /// <summary>
    /// Percent-decodes a raw signature value (<c>%XX</c> in either case; <c>+</c> is a space, as in form encoding, so an
    /// unencoded base64 <c>+</c> does not verify). Fails on a malformed escape, non-ASCII, or a too-small destination.
    /// </summary>
    public static bool TryDecodeSignature(ReadOnlySpan<byte> rawSignature, Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        var written = 0;
        for (var i = 0; i < rawSignature.Length; i++)
        {
            int value = rawSignature[i];
            if (value == '%')
            {
                if (i + 2 >= rawSignature.Length)
                {
                    return false;
                }

                var high = HexValue(rawSignature[i + 1]);
                var low = HexValue(rawSignature[i + 2]);
                if (high < 0 || low < 0)
                {
                    return false;
                }

                value = (high << 4) | low;
                i += 2;
            }
            else if (value == '+')
            {
                value = ' ';
            }

            if (value > 0x7F || written == destination.Length)
            {
                return false;
            }

            destination[written++] = (char)value;
        }

        charsWritten = written;
        return true;
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>Finds the <c>signature</c> pairs of one part; for exactly one, returns where its removal starts and ends.</summary>
    private static Occurrence FindSignature(ReadOnlySpan<byte> part, out int removeStart, out int pairEnd, out int valueStart)
    {
        removeStart = pairEnd = valueStart = 0;
        var found = Occurrence.None;
        var pairStart = 0;
        while (pairStart <= part.Length)
        {
            var length = part[pairStart..].IndexOf((byte)'&');
            var end = length < 0 ? part.Length : pairStart + length;
            var pair = part[pairStart..end];
            var nameLength = pair.IndexOf((byte)'=');
            var name = nameLength < 0 ? pair : pair[..nameLength];
            if (name.SequenceEqual(SignatureName))
            {
                if (found == Occurrence.One)
                {
                    return Occurrence.Many;
                }

                found = Occurrence.One;
                // Remove the joining '&' before the pair; a first pair has none.
                removeStart = pairStart == 0 ? 0 : pairStart - 1;
                pairEnd = end;
                valueStart = nameLength < 0 ? end : pairStart + nameLength + 1;
            }

            if (length < 0)
            {
                break;
            }

            pairStart = end + 1;
        }

        return found;
    }

    private enum Occurrence
    {
        None,
        One,
        Many,
    }
}
