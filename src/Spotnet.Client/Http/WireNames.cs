using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Spotnet.Client.Http;

/// <summary>Reads an enum member's wire spelling from the <see cref="JsonStringEnumMemberNameAttribute"/> Protocol puts on it.</summary>
internal static class WireNames
{
    private static readonly ConcurrentDictionary<Enum, string> Cache = new();

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Cache.GetOrAdd(value, static v =>
        {
            var field = v.GetType().GetField(v.ToString(), BindingFlags.Public | BindingFlags.Static);
            return field?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
                ?? throw new ArgumentException($"{v.GetType().Name}.{v} has no wire name.", nameof(value));
        });
}
