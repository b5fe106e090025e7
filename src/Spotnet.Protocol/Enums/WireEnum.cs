using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>Fast, allocation-free, case-sensitive conversion between the Protocol enums and their Binance wire spellings.</summary>
/// <remarks>
/// Spellings come from <see cref="JsonStringEnumMemberNameAttribute"/> (the member name when absent) and are read once
/// per enum type. Matching is ordinal: <c>buy</c> is not <c>BUY</c>, and <c>1m</c> (minute) is not <c>1M</c> (month).
/// </remarks>
public static class WireEnum
{
    /// <summary>Parses a wire spelling, case-sensitively.</summary>
    public static bool TryParse<T>(ReadOnlySpan<char> text, out T value)
        where T : struct, Enum
    {
        var names = Table<T>.Names;
        for (var i = 0; i < names.Length; i++)
        {
            if (text.SequenceEqual(names[i]))
            {
                value = Table<T>.Values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Parses a UTF-8 wire spelling, case-sensitively.</summary>
    public static bool TryParse<T>(ReadOnlySpan<byte> utf8Text, out T value)
        where T : struct, Enum
    {
        var names = Table<T>.Utf8Names;
        for (var i = 0; i < names.Length; i++)
        {
            if (utf8Text.SequenceEqual(names[i]))
            {
                value = Table<T>.Values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The wire spelling of a value (a cached string).</summary>
    public static string ToWire<T>(T value)
        where T : struct, Enum => Table<T>.Names[Table<T>.IndexOf(value)];

    /// <summary>The UTF-8 wire spelling of a value (cached bytes).</summary>
    public static ReadOnlySpan<byte> ToWireUtf8<T>(T value)
        where T : struct, Enum => Table<T>.Utf8Names[Table<T>.IndexOf(value)];

    /// <summary>Every value of the enum, in declaration order.</summary>
    public static ReadOnlySpan<T> Values<T>()
        where T : struct, Enum => Table<T>.Values;

    private static class Table<T>
        where T : struct, Enum
    {
        public static readonly T[] Values = Enum.GetValues<T>();
        public static readonly string[] Names = BuildNames();
        public static readonly byte[][] Utf8Names = Array.ConvertAll(Names, Encoding.UTF8.GetBytes);

        // The generated enums are int-based and numbered 0..n-1, so a value is its own index.
        public static int IndexOf(T value)
        {
            var index = Unsafe.As<T, int>(ref value);
            if ((uint)index >= (uint)Values.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(T).Name}.");
            }

            return index;
        }

        private static string[] BuildNames()
        {
            if (Enum.GetUnderlyingType(typeof(T)) != typeof(int))
            {
                throw new NotSupportedException($"{typeof(T).Name} must be int-based.");
            }

            var names = new string[Values.Length];
            for (var i = 0; i < Values.Length; i++)
            {
                var value = Values[i];
                if (Unsafe.As<T, int>(ref value) != i)
                {
                    throw new NotSupportedException($"{typeof(T).Name} must be numbered 0..n-1.");
                }

                var field = typeof(T).GetField(value.ToString(), BindingFlags.Public | BindingFlags.Static)!;
                names[i] = field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? field.Name;
            }

            return names;
        }
    }
}
