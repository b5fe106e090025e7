using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>Where an order last worked (<c>workingFloor</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WorkingFloor>))]
public enum WorkingFloor
{
    /// <summary><c>EXCHANGE</c></summary>
    [JsonStringEnumMemberName("EXCHANGE")]
    Exchange,
    /// <summary><c>SOR</c></summary>
    [JsonStringEnumMemberName("SOR")]
    Sor,
}
