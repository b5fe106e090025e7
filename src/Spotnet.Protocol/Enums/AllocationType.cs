using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>Kind of allocation (<c>allocationType</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AllocationType>))]
public enum AllocationType
{
    /// <summary><c>SOR</c></summary>
    [JsonStringEnumMemberName("SOR")]
    Sor,
}
