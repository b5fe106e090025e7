using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>Side of an order (<c>side</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrderSide>))]
public enum OrderSide
{
    /// <summary><c>BUY</c></summary>
    [JsonStringEnumMemberName("BUY")]
    Buy,
    /// <summary><c>SELL</c></summary>
    [JsonStringEnumMemberName("SELL")]
    Sell,
}
