using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Spotnet.Protocol.Signing;

/// <summary>
/// The bytes a WebSocket API signature covers: every parameter except <c>signature</c>, sorted by name (ordinal),
/// as <c>name=value</c> joined with <c>&amp;</c>, UTF-8, not percent-encoded.
/// </summary>
/// <remarks>
/// A JSON string contributes its unescaped text (<c>"BTCUSDT"</c> → <c>BTCUSDT</c>); every other JSON value contributes
/// its JSON text exactly as received (<c>5000</c>, <c>0.10</c>, <c>1e3</c>, <c>true</c>, <c>null</c>, arrays as written).
/// </remarks>
public static class WebSocketSignaturePayload
{
    private const string SignatureName = "signature";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Writes the payload of a request's <c>params</c> object into <paramref name="destination"/>. Returns false when
    /// <paramref name="parameters"/> is not an object, repeats a name, or holds a string that is not valid Unicode
    /// (what was written to <paramref name="destination"/> is then meaningless).
    /// </summary>
    public static bool TryWrite(JsonElement parameters, IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (parameters.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        try
        {
            var properties = new List<JsonProperty>();
            foreach (var property in parameters.EnumerateObject())
            {
                if (!property.NameEquals(SignatureName))
                {
                    properties.Add(property);
                }
            }

            properties.Sort(static (left, right) => string.CompareOrdinal(left.Name, right.Name));
            for (var i = 1; i < properties.Count; i++)
            {
                if (properties[i - 1].Name == properties[i].Name)
                {
                    return false;
                }
            }

            for (var i = 0; i < properties.Count; i++)
            {
                if (i > 0)
                {
                    destination.Write("&"u8);
                }

                Write(destination, properties[i].Name);
                destination.Write("="u8);
                var value = properties[i].Value;
                if (value.ValueKind == JsonValueKind.String)
                {
                    Write(destination, value.GetString()!);
                }
                else
                {
                    destination.Write(JsonMarshal.GetRawUtf8Value(value));
                }
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or EncoderFallbackException)
        {
            // JSON escapes can spell unpaired surrogates, which have no UTF-8 form.
            return false;
        }

        return true;
    }

    /// <summary>
    /// Builds the payload from name/value pairs already formatted as text (the SDK side; format numbers with the
    /// invariant culture). A <c>signature</c> pair is skipped.
    /// </summary>
    /// <exception cref="ArgumentException">A name repeats, or a name or value is not valid Unicode.</exception>
    public static byte[] Build(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var sorted = parameters.Where(static pair => pair.Key != SignatureName).ToList();
        sorted.Sort(static (left, right) => string.CompareOrdinal(left.Key, right.Key));
        var builder = new StringBuilder();
        for (var i = 0; i < sorted.Count; i++)
        {
            if (i > 0)
            {
                if (sorted[i - 1].Key == sorted[i].Key)
                {
                    throw new ArgumentException($"The parameter '{sorted[i].Key}' appears more than once.", nameof(parameters));
                }

                builder.Append('&');
            }

            builder.Append(sorted[i].Key).Append('=').Append(sorted[i].Value);
        }

        try
        {
            return StrictUtf8.GetBytes(builder.ToString());
        }
        catch (EncoderFallbackException exception)
        {
            throw new ArgumentException("A parameter contains an unpaired surrogate.", nameof(parameters), exception);
        }
    }

    private static void Write(IBufferWriter<byte> destination, string text)
    {
        var span = destination.GetSpan(StrictUtf8.GetMaxByteCount(text.Length));
        destination.Advance(StrictUtf8.GetBytes(text, span));
    }
}
