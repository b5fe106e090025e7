using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>Kind of account (<c>accountType</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AccountType>))]
public enum AccountType
{
    /// <summary><c>SPOT</c></summary>
    [JsonStringEnumMemberName("SPOT")]
    Spot,
}
