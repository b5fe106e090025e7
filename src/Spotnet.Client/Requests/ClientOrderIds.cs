using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using Spotnet.Protocol.Models.Trading;

namespace Spotnet.Client.Requests;

/// <summary>Makes and checks client order ids (<c>newClientOrderId</c>, <c>listClientOrderId</c>).</summary>
public static class ClientOrderIds
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>A fresh random id: 128 random bits written as 22 base-62 characters, with no prefix.</summary>
    public static string New()
    {
        // One random fill instead of one draw per character: this runs on every order.
        Span<byte> random = stackalloc byte[16];
        RandomNumberGenerator.Fill(random);
        return string.Create(22, BinaryPrimitives.ReadUInt128LittleEndian(random), static (chars, value) =>
        {
            for (var i = chars.Length - 1; i >= 0; i--)
            {
                chars[i] = Base62[(int)(value % 62)];
                value /= 62;
            }
        });
    }

    /// <summary>Throws when <paramref name="id"/> is not 1 to 36 characters of letters, digits, <c>-</c> and <c>_</c>.</summary>
    public static void Validate(string? id, string parameterName)
    {
        if (id is null)
        {
            return;
        }

        if (!ClientOrderIdGrammar.IsValid(id))
        {
            throw new ArgumentException($"{parameterName} must be 1 to 36 characters of letters, digits, '-' and '_'.", parameterName);
        }
    }
}
