using System.Globalization;
using System.Text.Json;

namespace Spotnet.Reliability.Tests;

/// <summary>Exact decimal amounts as Binance writes them: strings, invariant culture.</summary>
public static class Amount
{
    /// <summary>Parses a JSON string amount such as <c>"0.00100000"</c>.</summary>
    public static decimal Parse(JsonElement value) =>
        decimal.Parse(value.GetString()!, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>Parses the string property <paramref name="name"/>.</summary>
    public static decimal Parse(JsonElement owner, string name) => Parse(owner.GetProperty(name));

    /// <summary>Formats an amount for a request parameter.</summary>
    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
