using System.Text.Json;
using System.Text.Json.Serialization;
using Spotnet.Protocol.Enums;

namespace Spotnet.Client.Json;

/// <summary>Reads the Protocol enums without failing on spellings Binance added after this SDK was built (see <see cref="SpotEnumValues"/>).</summary>
/// <remarks>It replaces the enums' own strict converter only on the SDK's read side; the server keeps rejecting unknown spellings.</remarks>
internal sealed class TolerantEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsEnum && typeToConvert.Namespace == typeof(OrderStatus).Namespace && Enum.GetUnderlyingType(typeToConvert) == typeof(int);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(TolerantEnumConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class TolerantEnumConverter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"Expected a {typeof(T).Name} string but found {reader.TokenType}.");
            }

            return !reader.ValueIsEscaped && !reader.HasValueSequence && WireEnum.TryParse(reader.ValueSpan, out T known)
                ? known
                : SpotEnumValues.FromWire<T>(reader.GetString()!);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(SpotEnumValues.ToWire(value));
    }
}
