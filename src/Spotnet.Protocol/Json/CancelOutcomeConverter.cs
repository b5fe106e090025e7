using System.Text.Json;
using System.Text.Json.Serialization;
using Spotnet.Protocol.Models;
using Spotnet.Protocol.Models.Trading;

namespace Spotnet.Protocol.Json;

/// <summary>Reads a <c>cancelResponse</c> as an error when it has <c>code</c>, otherwise as a canceled order.</summary>
public sealed class CancelOutcomeConverter : JsonConverter<CancelOutcome>
{
    /// <inheritdoc />
    public override CancelOutcome Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        OutcomeReader.IsError(reader)
            ? new CancelOutcome { Error = OutcomeReader.Read<ErrorResponse>(ref reader, options) }
            : new CancelOutcome { Order = OutcomeReader.Read<CanceledOrder>(ref reader, options) };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CancelOutcome value, JsonSerializerOptions options) =>
        OutcomeReader.Write(writer, value.Order, value.Error, options);
}
