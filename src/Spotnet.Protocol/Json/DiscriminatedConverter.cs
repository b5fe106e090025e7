using System.Text.Json;
using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Json;

/// <summary>Chooses the concrete type of a polymorphic wire object from one string property (<c>filterType</c>, <c>ruleType</c>, <c>e</c>).</summary>
/// <typeparam name="TBase">The common base type.</typeparam>
public abstract class DiscriminatedConverter<TBase> : JsonConverter<TBase>
    where TBase : class
{
    private readonly byte[] _discriminator;

    /// <summary>Creates a converter that reads the discriminator from the property named <paramref name="discriminator"/>.</summary>
    protected DiscriminatedConverter(string discriminator) => _discriminator = System.Text.Encoding.UTF8.GetBytes(discriminator);

    /// <summary>The concrete type for a discriminator value, or null when it is unknown (or absent).</summary>
    protected abstract Type? ConcreteType(string? discriminator);

    /// <summary>Wraps an object whose discriminator is unknown so that it can be written back unchanged.</summary>
    protected abstract TBase Unknown(JsonElement raw);

    /// <summary>The raw object of a value created by <see cref="Unknown"/>, or null for known types.</summary>
    protected abstract JsonElement? RawOf(TBase value);

    /// <inheritdoc />
    public override TBase? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object for {typeof(TBase).Name} but found {reader.TokenType}.");
        }

        // Scan a copy of the reader so the real one still starts at the object for the typed read.
        var type = ConcreteType(FindDiscriminator(reader));
        if (type is null)
        {
            return Unknown(JsonElement.ParseValue(ref reader));
        }

        return (TBase?)JsonSerializer.Deserialize(ref reader, options.GetTypeInfo(type));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TBase value, JsonSerializerOptions options)
    {
        if (RawOf(value) is { } raw)
        {
            raw.WriteTo(writer);
            return;
        }

        JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));
    }

    private string? FindDiscriminator(Utf8JsonReader probe)
    {
        var depth = probe.CurrentDepth;
        while (probe.Read() && probe.CurrentDepth > depth)
        {
            if (probe.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            var match = probe.ValueTextEquals(_discriminator);
            probe.Read();
            if (match)
            {
                return probe.TokenType == JsonTokenType.String ? probe.GetString() : null;
            }

            probe.Skip();
        }

        return null;
    }
}
