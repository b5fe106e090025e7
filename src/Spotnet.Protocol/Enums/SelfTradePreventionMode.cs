using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>Self-trade prevention mode (<c>selfTradePreventionMode</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SelfTradePreventionMode>))]
public enum SelfTradePreventionMode
{
    /// <summary><c>NONE</c></summary>
    [JsonStringEnumMemberName("NONE")]
    None,
    /// <summary><c>EXPIRE_MAKER</c></summary>
    [JsonStringEnumMemberName("EXPIRE_MAKER")]
    ExpireMaker,
    /// <summary><c>EXPIRE_TAKER</c></summary>
    [JsonStringEnumMemberName("EXPIRE_TAKER")]
    ExpireTaker,
    /// <summary><c>EXPIRE_BOTH</c></summary>
    [JsonStringEnumMemberName("EXPIRE_BOTH")]
    ExpireBoth,
    /// <summary><c>DECREMENT</c></summary>
    [JsonStringEnumMemberName("DECREMENT")]
    Decrement,
    /// <summary><c>TRANSFER</c></summary>
    [JsonStringEnumMemberName("TRANSFER")]
    Transfer,
}
