using System.Buffers;
using System.Text;
using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Numbers;
using Spotnet.Protocol.Signing;
using Spotnet.Server.Configuration;

namespace Spotnet.Server.Api;

/// <summary>
/// The parameters of one REST request, split from the raw query string and form body without re-encoding,
/// so the signed payload is exactly the bytes received.
/// </summary>
public sealed class RequestParameters
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);
    private readonly byte[] _raw;
    private readonly int _queryLength;
    private readonly List<Parameter> _effective;
    private int _queryCount;
    private List<string>? _shadowed;
    // An RSA-4096 signature is 684 base64 characters, 1,000 or so once percent-encoded.
    private const int MaxSignatureLength = 2048;
    private const int MaxKnownNameLength = 64;
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownNames = BuildKnownNames();

    private RequestParameters(byte[] raw, int queryLength)
    {
        _raw = raw;
        _queryLength = queryLength;
        // One slot per pair at most, so the list never grows while filling.
        _effective = new List<Parameter>(raw.AsSpan().Count((byte)'&') + 2);
        Split(0, queryLength, inBody: false);
        Split(queryLength, raw.Length, inBody: true);
    }

    /// <summary>What a request's weight depends on: these parameters, and whether their symbol is listed in <paramref name="symbols"/>.</summary>
    public RequestWeightInputs WeightInputsWith(SymbolCatalog symbols) => new(this, symbols);

    /// <summary>Parameters in effect: query-string values win over body values of the same name.</summary>
    public IReadOnlyList<Parameter> Effective => _effective;

    /// <summary>Whether a name appears twice in the query string or twice in the body.</summary>
    public bool HasDuplicates { get; private set; }

    /// <summary>The <c>limit</c> parameter as an INT, or null when absent or not one.</summary>
    public int? Limit => Get("limit") is { } limit && WireInteger.TryParse(limit, out int value) == NumberParseStatus.Success ? value : null;

    /// <summary>The number of entries in <c>symbols</c>, or null when absent or malformed.</summary>
    public int? SymbolCount => Get("symbols") is { } symbols ? ParameterValidator.ParseStringArray(symbols)?.Count : null;

    /// <summary>
    /// Whether a parameter was sent non-empty (a BOOLEAN: not as <c>false</c>); a malformed value counts as sent, so a
    /// request weighs what its parameters say even when one of them is refused.
    /// </summary>
    public bool IsSet(string parameter) =>
        Find(parameter) is { } sent && (sent.IsMalformed || (sent.Value is { Length: > 0 } value && value != "false"));

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

            // Decoding never lengthens the text; sized to it, so a 64-character HMAC does not zero 4 KB of stack.
            Span<char> signature = stackalloc char[rawSignature.Length];
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
                Add(_raw.AsSpan(position, pairEnd - position), inBody);
            }

            position = pairEnd + 1;
        }
    }

    // The query is split before the body, so its pairs are all in when the first body pair arrives.
    private void Add(ReadOnlySpan<byte> pair, bool inBody)
    {
        // Requests carry a handful of parameters: linear scans beat hashing here and allocate nothing.
        var equals = pair.IndexOf((byte)'=');
        var name = DecodeName(equals < 0 ? pair : pair[..equals]);
        var value = Decode(equals < 0 ? [] : pair[(equals + 1)..]);
        if (IndexOf(name, inBody ? _queryCount : 0, inBody ? _effective.Count : _queryCount) >= 0
            || (_shadowed is not null && inBody && _shadowed.Contains(name)))
        {
            HasDuplicates = true;
            return;
        }

        if (inBody && IndexOf(name, 0, _queryCount) >= 0)
        {
            // The query's value wins; remember the name so a second body value still counts as a duplicate.
            (_shadowed ??= []).Add(name);
            return;
        }

        _effective.Add(new Parameter(name, value, value is null));
        if (!inBody)
        {
            _queryCount++;
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

    // A name any endpoint reads comes back as the one shared string: no allocation, and lookups by the same literal
    // match on the reference. Other names decode as usual ("" when malformed).
    private static string DecodeName(ReadOnlySpan<byte> encoded)
    {
        if (encoded.Length <= MaxKnownNameLength && encoded.IndexOfAny((byte)'%', (byte)'+') < 0 && System.Text.Ascii.IsValid(encoded))
        {
            Span<char> characters = stackalloc char[MaxKnownNameLength];
            System.Text.Ascii.ToUtf16(encoded, characters, out var length);
            if (KnownNames.TryGetValue(characters[..length], out var known))
            {
                return known;
            }
        }

        return Decode(encoded) ?? "";
    }

    private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BuildKnownNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["timestamp"] = "timestamp",
            ["recvWindow"] = "recvWindow",
            ["signature"] = "signature",
        };
        foreach (var endpoint in EndpointTable.Rest)
        {
            foreach (var parameter in endpoint.Parameters)
            {
                if (parameter.Name.Length <= MaxKnownNameLength)
                {
                    names.TryAdd(parameter.Name, parameter.Name);
                }
            }
        }

        return names.GetAlternateLookup<ReadOnlySpan<char>>();
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

    /// <summary>One parameter in effect.</summary>
    /// <param name="Name">Decoded name.</param>
    /// <param name="Value">Decoded value; null when the encoding was malformed.</param>
    /// <param name="IsMalformed">Whether the value had a bad %-escape or invalid UTF-8.</param>
    public sealed record Parameter(string Name, string? Value, bool IsMalformed);

    /// <summary>The weight inputs of a request (a struct: weighing a request allocates nothing).</summary>
    public readonly struct RequestWeightInputs(RequestParameters parameters, SymbolCatalog symbols) : IWeightInputs
    {
        /// <inheritdoc />
        public int? Limit => parameters.Limit;

        /// <inheritdoc />
        public int? SymbolCount => parameters.SymbolCount;

        /// <inheritdoc />
        public bool IsUnknownSymbol => parameters.Get("symbol") is { Length: > 0 } symbol && symbols.Find(symbol) is null;

        /// <inheritdoc />
        public bool IsSet(string parameter) => parameters.IsSet(parameter);
    }
}
