using System.Text.Json;
using System.Text.Json.Serialization;
using Spotnet.Protocol.Models;
using Spotnet.Protocol.Models.Trading;

namespace Spotnet.Protocol.Json;

/// <summary>Reads a <c>newOrderResponse</c> as an error when it has <c>code</c>, otherwise as a new order.</summary>
public sealed class NewOrderOutcomeConverter : JsonConverter<NewOrderOutcome>
{
    /// <inheritdoc />
    public override NewOrderOutcome Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        OutcomeReader.IsError(reader)
            ? new NewOrderOutcome { Error = OutcomeReader.Read<ErrorResponse>(ref reader, options) }
            : new NewOrderOutcome { Order = OutcomeReader.Read<NewOrderResponse>(ref reader, options) };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, NewOrderOutcome value, JsonSerializerOptions options) =>
        OutcomeReader.Write(writer, value.Order, value.Error, options);
}
