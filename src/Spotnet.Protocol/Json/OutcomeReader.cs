using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Spotnet.Protocol.Models;

namespace Spotnet.Protocol.Json;

/// <summary>Shared logic of the converters for wire values that are one of two object shapes.</summary>
internal static class OutcomeReader
{
    private static readonly byte[] Code = "code"u8.ToArray();

    /// <summary>True when the object at <paramref name="probe"/> has a top-level <c>code</c> property.</summary>
    public static bool IsError(Utf8JsonReader probe) => HasProperty(probe, Code);

    /// <summary>True when the object at <paramref name="probe"/> has a top-level property named <paramref name="name"/>.</summary>
    public static bool HasProperty(Utf8JsonReader probe, ReadOnlySpan<byte> name)
    {
        if (probe.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object but found {probe.TokenType}.");
        }

        var depth = probe.CurrentDepth;
        while (probe.Read() && probe.CurrentDepth > depth)
        {
            if (probe.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            if (probe.ValueTextEquals(name))
            {
                return true;
            }

            probe.Read();
            probe.Skip();
        }

        return false;
    }

    public static T Read<T>(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)))
        ?? throw new JsonException($"Expected a {typeof(T).Name} object.");

    public static void Write<TFirst, TSecond>(Utf8JsonWriter writer, TFirst? first, TSecond? second, JsonSerializerOptions options)
        where TFirst : class
        where TSecond : class
    {
        if (first is not null)
        {
            JsonSerializer.Serialize(writer, first, (JsonTypeInfo<TFirst>)options.GetTypeInfo(typeof(TFirst)));
        }
        else if (second is not null)
        {
            JsonSerializer.Serialize(writer, second, (JsonTypeInfo<TSecond>)options.GetTypeInfo(typeof(TSecond)));
        }
        else
        {
            throw new JsonException("An either-or value needs one of its two parts.");
        }
    }
}
