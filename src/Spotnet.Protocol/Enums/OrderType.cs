using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>Order type (<c>type</c>, <c>orderTypes</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrderType>))]
public enum OrderType
{
    /// <summary><c>LIMIT</c></summary>
    [JsonStringEnumMemberName("LIMIT")]
    Limit,
    /// <summary><c>MARKET</c></summary>
    [JsonStringEnumMemberName("MARKET")]
    Market,
    /// <summary><c>STOP_LOSS</c></summary>
    [JsonStringEnumMemberName("STOP_LOSS")]
    StopLoss,
    /// <summary><c>STOP_LOSS_LIMIT</c></summary>
    [JsonStringEnumMemberName("STOP_LOSS_LIMIT")]
    StopLossLimit,
    /// <summary><c>TAKE_PROFIT</c></summary>
    [JsonStringEnumMemberName("TAKE_PROFIT")]
    TakeProfit,
    /// <summary><c>TAKE_PROFIT_LIMIT</c></summary>
    [JsonStringEnumMemberName("TAKE_PROFIT_LIMIT")]
    TakeProfitLimit,
    /// <summary><c>LIMIT_MAKER</c></summary>
    [JsonStringEnumMemberName("LIMIT_MAKER")]
    LimitMaker,
}
