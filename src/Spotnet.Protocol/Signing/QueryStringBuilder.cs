using System.Globalization;
using System.Text;

namespace Spotnet.Protocol.Signing;

/// <summary>
/// Builds a REST query string or form body for signing (the SDK side): <c>name=value</c> pairs in the order added,
/// joined with <c>&amp;</c>, percent-encoded as UTF-8 with uppercase hex, keeping only the RFC 3986 unreserved
/// characters <c>A–Z a–z 0–9 - _ . ~</c>. Numbers are formatted with the invariant culture.
/// </summary>
public sealed class QueryStringBuilder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly StringBuilder _builder = new();

    /// <summary>How many pairs have been added.</summary>
    public int Count { get; private set; }

    /// <summary>Appends a text parameter.</summary>
    /// <exception cref="ArgumentException">The name or value contains an unpaired surrogate.</exception>
    public QueryStringBuilder Add(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        if (Count > 0)
        {
            _builder.Append('&');
        }

        AppendEncoded(name);
        _builder.Append('=');
        AppendEncoded(value);
        Count++;
        return this;
    }

    /// <summary>Appends an integer parameter (for example <c>timestamp</c> or <c>recvWindow</c>).</summary>
    public QueryStringBuilder Add(string name, long value) => Add(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Appends a decimal parameter, as written with its scale (<c>1.50m</c> → <c>1.50</c>), never in exponent form.</summary>
    public QueryStringBuilder Add(string name, decimal value) => Add(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Appends a boolean parameter as <c>true</c> or <c>false</c>.</summary>
    public QueryStringBuilder Add(string name, bool value) => Add(name, value ? "true" : "false");

    /// <summary>The encoded pairs so far: the exact text to sign and send.</summary>
    public override string ToString() => _builder.ToString();

    /// <summary>
    /// Signs the pairs with <paramref name="key"/> and returns them followed by the percent-encoded
    /// <c>signature</c> pair, ready to send as the query string or body.
    /// </summary>
    public string ToSignedString(SigningKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var payload = _builder.ToString();
        var signed = new StringBuilder(payload);
        if (payload.Length > 0)
        {
            signed.Append('&');
        }

        signed.Append("signature=");
        AppendEncoded(signed, key.Sign(payload));
        return signed.ToString();
    }

    /// <summary>Percent-encodes one name or value the way <see cref="Add(string, string)"/> does.</summary>
    /// <exception cref="ArgumentException">The text contains an unpaired surrogate.</exception>
    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        AppendEncoded(builder, text);
        return builder.ToString();
    }

    private void AppendEncoded(string text) => AppendEncoded(_builder, text);

    private static void AppendEncoded(StringBuilder builder, string text)
    {
        byte[] bytes;
        try
        {
            bytes = StrictUtf8.GetBytes(text);
        }
        catch (EncoderFallbackException exception)
        {
            throw new ArgumentException("The text contains an unpaired surrogate.", nameof(text), exception);
        }

        foreach (var b in bytes)
        {
            if (b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9')
                or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append("0123456789ABCDEF"[b >> 4]).Append("0123456789ABCDEF"[b & 0xF]);
            }
        }
    }
}
