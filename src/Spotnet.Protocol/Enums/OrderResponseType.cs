using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>How much an order placement answers (<c>newOrderRespType</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrderResponseType>))]
public enum OrderResponseType
{
    /// <summary><c>ACK</c></summary>
    [JsonStringEnumMemberName("ACK")]
    Ack,
    /// <summary><c>RESULT</c></summary>
    [JsonStringEnumMemberName("RESULT")]
    Result,
    /// <summary><c>FULL</c></summary>
    [JsonStringEnumMemberName("FULL")]
    Full,
}
