using System.Globalization;
using System.Text;

namespace Spotnet.Client.Http;

/// <summary>Builds a percent-encoded <c>name=value&amp;…</c> string in insertion order, formatting every value culture-invariantly.</summary>
/// <remarks>Unreserved RFC 3986 characters stay as they are; everything else becomes UTF-8 <c>%XX</c> with uppercase hex, which is what Binance signs.</remarks>
internal sealed class ParameterWriter
{
    private readonly StringBuilder _builder = new(256);

    /// <summary>Whether nothing has been written yet.</summary>
    public bool IsEmpty => _builder.Length == 0;

    /// <summary>Adds a text value; <see langword="null"/> is skipped.</summary>
    public ParameterWriter Add(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }

        if (_builder.Length > 0)
        {
            _builder.Append('&');
        }

        _builder.Append(name).Append('=');
        AppendEscaped(_builder, value);
        return this;
    }

    /// <summary>Adds a decimal in plain invariant notation (no exponent, no grouping); <see langword="null"/> is skipped.</summary>
    public ParameterWriter Add(string name, decimal? value) => value is null ? this : AddRaw(name, value.Value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds an integer; <see langword="null"/> is skipped.</summary>
    public ParameterWriter Add(string name, long? value) => value is null ? this : AddRaw(name, value.Value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds <c>true</c> or <c>false</c>; <see langword="null"/> is skipped.</summary>
    public ParameterWriter Add(string name, bool? value) => value is null ? this : AddRaw(name, value.Value ? "true" : "false");

    /// <summary>Adds a time as Unix milliseconds; <see langword="null"/> is skipped.</summary>
    public ParameterWriter Add(string name, DateTimeOffset? value) => value is null ? this : Add(name, value.Value.ToUnixTimeMilliseconds());

    /// <summary>Adds an enum by its wire spelling.</summary>
    public ParameterWriter AddEnum<TEnum>(string name, TEnum value)
        where TEnum : struct, Enum => AddRaw(name, WireNames.Of(value));

    /// <summary>Adds an enum by its wire spelling; <see langword="null"/> is skipped.</summary>
    public ParameterWriter AddEnum<TEnum>(string name, TEnum? value)
        where TEnum : struct, Enum => value is null ? this : AddRaw(name, WireNames.Of(value.Value));

    /// <summary>Adds a list as the JSON array literal Binance expects (<c>["BTCUSDT","BNBBTC"]</c>); <see langword="null"/> is skipped.</summary>
    public ParameterWriter AddArray(string name, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            return this;
        }

        var json = new StringBuilder("[");
        for (var i = 0; i < values.Count; i++)
        {
            json.Append(i == 0 ? "\"" : ",\"").Append(values[i]).Append('"');
        }

        return Add(name, json.Append(']').ToString());
    }

    /// <summary>The encoded string written so far.</summary>
    public override string ToString() => _builder.ToString();

    private ParameterWriter AddRaw(string name, string alreadySafe)
    {
        if (_builder.Length > 0)
        {
            _builder.Append('&');
        }

        _builder.Append(name).Append('=').Append(alreadySafe);
        return this;
    }

    private static void AppendEscaped(StringBuilder builder, string value)
    {
        foreach (var c in value)
        {
            if (!IsUnreserved(c))
            {
                builder.Append(Uri.EscapeDataString(value));
                return;
            }
        }

        builder.Append(value);
    }

    private static bool IsUnreserved(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~';
}
