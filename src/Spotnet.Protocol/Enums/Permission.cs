using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>Account and symbol permission (<c>permissions</c>); the testnet knows only SPOT.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Permission>))]
public enum Permission
{
    /// <summary><c>SPOT</c></summary>
    [JsonStringEnumMemberName("SPOT")]
    Spot,
}
