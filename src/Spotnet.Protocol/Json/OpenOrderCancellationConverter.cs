using System.Text.Json;
using System.Text.Json.Serialization;
using Spotnet.Protocol.Models.Trading;

namespace Spotnet.Protocol.Json;

/// <summary>Reads an entry of a cancel of all open orders as an order list when it has <c>contingencyType</c>, otherwise as an order.</summary>
public sealed class OpenOrderCancellationConverter : JsonConverter<OpenOrderCancellation>
{
    /// <inheritdoc />
    public override OpenOrderCancellation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        OutcomeReader.HasProperty(reader, "contingencyType"u8)
            ? new OpenOrderCancellation { OrderList = OutcomeReader.Read<CanceledOrderList>(ref reader, options) }
            : new OpenOrderCancellation { Order = OutcomeReader.Read<CanceledOrder>(ref reader, options) };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, OpenOrderCancellation value, JsonSerializerOptions options) =>
        OutcomeReader.Write(writer, value.Order, value.OrderList, options);
}
