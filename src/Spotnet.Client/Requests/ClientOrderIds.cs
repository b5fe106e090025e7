using System.Buffers;
using System.Security.Cryptography;

namespace Spotnet.Client.Requests;

/// <summary>Makes and checks client order ids (<c>newClientOrderId</c>, <c>listClientOrderId</c>).</summary>
public static class ClientOrderIds
{
    private static readonly SearchValues<char> Allowed = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");

    /// <summary>A fresh random id: 22 base-62 characters (more than 128 bits), with no prefix.</summary>
    public static string New() => new(RandomNumberGenerator.GetItems<char>("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 22));

    /// <summary>Throws when <paramref name="id"/> is not 1 to 36 characters of letters, digits, <c>-</c> and <c>_</c>.</summary>
    public static void Validate(string? id, string parameterName)
    {
        if (id is null)
        {
            return;
        }

        if (id.Length is 0 or > 36 || id.AsSpan().ContainsAnyExcept(Allowed))
        {
            throw new ArgumentException($"{parameterName} must be 1 to 36 characters of letters, digits, '-' and '_'.", parameterName);
        }
    }
}
