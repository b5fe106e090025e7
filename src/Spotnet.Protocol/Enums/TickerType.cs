using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>Detail of a ticker answer (<c>type</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TickerType>))]
public enum TickerType
{
    /// <summary><c>FULL</c></summary>
    [JsonStringEnumMemberName("FULL")]
    Full,
    /// <summary><c>MINI</c></summary>
    [JsonStringEnumMemberName("MINI")]
    Mini,
}
