using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Spotnet.Protocol.Enums;

namespace Spotnet.Client;

/// <summary>Enum values the SDK read from a response but does not know (Binance adds order types, statuses and reasons over time): each distinct spelling becomes a negative value of the enum that keeps its wire spelling.</summary>
/// <remarks>
/// Reading a response never fails on an unknown spelling. The value is not a named member, so a <c>switch</c> lands on its
/// default arm; <see cref="IsUnknown"/> tells it apart and <see cref="ToWire"/> gives the spelling back, which is also what
/// the SDK sends if the value is used in a request (the server then answers with Binance's error if it rejects it).
/// Up to 1,000 spellings per enum type are remembered; further ones all read as <c>int.MinValue</c>, whose spelling is lost.
/// </remarks>
public static class SpotEnumValues
{
    private const int MaximumUnknownSpellings = 1000;

    /// <summary>The value of a wire spelling: the named member when there is one, otherwise the unknown value standing for that spelling.</summary>
    public static T FromWire<T>(string spelling)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(spelling);
        return WireEnum.TryParse(spelling.AsSpan(), out T known) ? known : Unknown<T>.For(spelling);
    }

    /// <summary>The wire spelling of <paramref name="value"/>, including an unknown value read from a response.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is neither a named member nor a spelling the SDK has read.</exception>
    public static string ToWire<T>(T value)
        where T : struct, Enum
    {
        var number = Unsafe.As<T, int>(ref value);
        return number >= 0
            ? WireEnum.ToWire(value)
            : Unknown<T>.Spellings.GetValueOrDefault(number) ?? throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a {typeof(T).Name} the SDK knows or has read.");
    }

    /// <summary>Whether <paramref name="value"/> stands for a spelling that is not a named member of <typeparamref name="T"/>.</summary>
    public static bool IsUnknown<T>(T value)
        where T : struct, Enum => Unsafe.As<T, int>(ref value) < 0;

    private static class Unknown<T>
        where T : struct, Enum
    {
        public static readonly ConcurrentDictionary<int, string> Spellings = new();
        private static readonly ConcurrentDictionary<string, int> Numbers = new(StringComparer.Ordinal);
        private static readonly Lock Gate = new();

        public static T For(string spelling)
        {
            if (!Numbers.TryGetValue(spelling, out var number))
            {
                lock (Gate)
                {
                    if (!Numbers.TryGetValue(spelling, out number))
                    {
                        number = Numbers.Count < MaximumUnknownSpellings ? -(Numbers.Count + 1) : int.MinValue;
                        if (number != int.MinValue)
                        {
                            Spellings[number] = spelling;
                            Numbers[spelling] = number;
                        }
                    }
                }
            }

            return Unsafe.As<int, T>(ref number);
        }
    }
}
