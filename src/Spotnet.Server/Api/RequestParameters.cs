using System.Buffers;
using System.Text;
using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Numbers;
using Spotnet.Protocol.Signing;

namespace Spotnet.Server.Api;

/// <summary>
/// The parameters of one REST request, split from the raw query string and form body without re-encoding,
/// so the signed payload is exactly the bytes received.
/// </summary>
public sealed class RequestParameters : IWeightInputs
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);
    private readonly byte[] _raw;
    private readonly int _queryLength;
    private readonly List<RawPair> _pairs = [];
    private readonly List<Parameter> _effective = [];
    // An RSA-4096 signature is 684 base64 characters, 1,000 or so once percent-encoded.
    private const int MaxSignatureLength = 2048;

    private RequestParameters(byte[] raw, int queryLength)
    {
        _raw = raw;
        _queryLength = queryLength;
        Split(0, queryLength, inBody: false);
        Split(queryLength, raw.Length, inBody: true);
        Resolve();
    }

    /// <summary>Parameters in effect: query-string values win over body values of the same name.</summary>
    public IReadOnlyList<Parameter> Effective => _effective;

    /// <summary>Whether a name appears twice in the query string or twice in the body.</summary>
    public bool HasDuplicates { get; private set; }

    /// <inheritdoc />
    public int? Limit => Get("limit") is { } limit && WireInteger.TryParse(limit, out int value) == NumberParseStatus.Success ? value : null;

    /// <inheritdoc />
    public int? SymbolCount => Get("symbols") is { } symbols ? ParameterValidator.ParseStringArray(symbols)?.Count : null;

    /// <inheritdoc />
    public bool IsSet(string parameter) => Get(parameter) is { Length: > 0 } value && value != "false";

    /// <summary>Parses a raw query string (without <c>?</c>) and a raw form body.</summary>
    public static RequestParameters Parse(ReadOnlySpan<char> query, ReadOnlySpan<byte> body)
    {
        var raw = new byte[query.Length + body.Length];
        // Kestrel keeps the query as received; it only holds ASCII, so Latin-1 maps it back to the wire bytes.
        Encoding.Latin1.GetBytes(query, raw);
        body.CopyTo(raw.AsSpan(query.Length));
        return new RequestParameters(raw, query.Length);
    }

    /// <summary>Finds an effective parameter by name.</summary>
    public Parameter? Find(string name)
    {
        foreach (var parameter in _effective)
        {
            if (parameter.Name == name)
            {
                return parameter;
            }
        }

        return null;
    }

    /// <summary>The decoded value of a parameter, or null when absent or malformed.</summary>
    public string? Get(string name) => Find(name)?.Value;

    /// <summary>
    /// Verifies the signature over the raw query then raw body minus the <c>signature</c> pair, which must be the
    /// last pair of its part and appear once; a parameter sent after the signature is never signed.
    /// </summary>
    public bool VerifySignature(SignatureVerifier verifier)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        var payload = ArrayPool<byte>.Shared.Rent(Math.Max(_raw.Length, 1));
        try
        {
            var status = RestSignaturePayload.TryExtract(
                _raw.AsSpan(0, _queryLength), _raw.AsSpan(_queryLength), payload, out var written, out var rawSignature);
            if (status != RestSignatureStatus.Found || rawSignature.Length > MaxSignatureLength)
            {
                return false;
            }

            Span<char> signature = stackalloc char[MaxSignatureLength];
            return RestSignaturePayload.TryDecodeSignature(rawSignature, signature, out var length)
                && verifier.Verify(payload.AsSpan(0, written), signature[..length]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(payload);
        }
    }

    private void Split(int start, int end, bool inBody)
    {
        var position = start;
        while (position < end)
        {
            var separator = Array.IndexOf(_raw, (byte)'&', position, end - position);
            var pairEnd = separator < 0 ? end : separator;
            if (pairEnd > position)
            {
                _pairs.Add(new RawPair(position, pairEnd, inBody));
            }

            position = pairEnd + 1;
        }
    }

    private void Resolve()
    {
        // Requests carry a handful of parameters: linear scans beat hashing here and allocate nothing.
        var queryCount = 0;
        List<string>? shadowed = null;
        foreach (var pair in _pairs)
        {
            var span = _raw.AsSpan(pair.Start, pair.End - pair.Start);
            var equals = span.IndexOf((byte)'=');
            var name = Decode(equals < 0 ? span : span[..equals]) ?? "";
            var value = Decode(equals < 0 ? [] : span[(equals + 1)..]);
            if (IndexOf(name, pair.InBody ? queryCount : 0, pair.InBody ? _effective.Count : queryCount) >= 0
                || (shadowed is not null && pair.InBody && shadowed.Contains(name)))
            {
                HasDuplicates = true;
                continue;
            }

            if (pair.InBody && IndexOf(name, 0, queryCount) >= 0)
            {
                // The query's value wins; remember the name so a second body value still counts as a duplicate.
                (shadowed ??= []).Add(name);
                continue;
            }

            _effective.Add(new Parameter(name, value, value is null));
            if (!pair.InBody)
            {
                queryCount++;
            }
        }
    }

    private int IndexOf(string name, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (_effective[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    // Form decoding ('+' is a space); null for a bad %-escape or invalid UTF-8.
    private static string? Decode(ReadOnlySpan<byte> encoded)
    {
        if (encoded.IndexOfAny((byte)'%', (byte)'+') < 0)
        {
            return Ascii(encoded) ?? DecodeUtf8(encoded);
        }

        var buffer = new byte[encoded.Length];
        var length = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            var b = encoded[i];
            if (b == '+')
            {
                buffer[length++] = (byte)' ';
            }
            else if (b == '%')
            {
                if (i + 2 >= encoded.Length || !IsHex(encoded[i + 1]) || !IsHex(encoded[i + 2]))
                {
                    return null;
                }

                buffer[length++] = (byte)((HexValue(encoded[i + 1]) << 4) | HexValue(encoded[i + 2]));
                i += 2;
            }
            else
            {
                buffer[length++] = b;
            }
        }

        return DecodeUtf8(buffer.AsSpan(0, length));
    }

    private static string? Ascii(ReadOnlySpan<byte> bytes) => System.Text.Ascii.IsValid(bytes) ? Encoding.ASCII.GetString(bytes) : null;

    private static string? DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;

    private readonly record struct RawPair(int Start, int End, bool InBody);

    /// <summary>One parameter in effect.</summary>
    /// <param name="Name">Decoded name.</param>
    /// <param name="Value">Decoded value; null when the encoding was malformed.</param>
    /// <param name="IsMalformed">Whether the value had a bad %-escape or invalid UTF-8.</param>
    public sealed record Parameter(string Name, string? Value, bool IsMalformed);
}
