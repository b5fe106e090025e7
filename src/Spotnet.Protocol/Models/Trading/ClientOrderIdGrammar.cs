using System.Buffers;

namespace Spotnet.Protocol.Models.Trading;

/// <summary>
/// What a client order id may be (every <c>…ClientOrderId</c> parameter): 1 to 36 letters, digits, <c>-</c> and
/// <c>_</c>, the range Binance answers with (its maintainers, binance-spot-api-docs pull request 34: "dot(.) is not allowed").
/// </summary>
public static class ClientOrderIdGrammar
{
    /// <summary>The legal range Binance reports with -1100.</summary>
    public const string LegalRange = "^[a-zA-Z0-9-_]{1,36}$";

    private static readonly SearchValues<char> Allowed = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");

    /// <summary>Whether <paramref name="id"/> is a client order id Binance accepts.</summary>
    public static bool IsValid(ReadOnlySpan<char> id) => id.Length is > 0 and <= 36 && !id.ContainsAnyExcept(Allowed);
}
