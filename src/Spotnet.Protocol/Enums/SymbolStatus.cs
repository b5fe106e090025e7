using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>Trading status of a symbol (<c>status</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SymbolStatus>))]
public enum SymbolStatus
{
    /// <summary><c>TRADING</c></summary>
    [JsonStringEnumMemberName("TRADING")]
    Trading,
    /// <summary><c>END_OF_DAY</c></summary>
    [JsonStringEnumMemberName("END_OF_DAY")]
    EndOfDay,
    /// <summary><c>HALT</c></summary>
    [JsonStringEnumMemberName("HALT")]
    Halt,
    /// <summary><c>BREAK</c></summary>
    [JsonStringEnumMemberName("BREAK")]
    Break,
    /// <summary><c>CANCEL_ONLY</c></summary>
    [JsonStringEnumMemberName("CANCEL_ONLY")]
    CancelOnly,
}
