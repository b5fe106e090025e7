using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>How long an order stays active (<c>timeInForce</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TimeInForce>))]
public enum TimeInForce
{
    /// <summary><c>GTC</c></summary>
    [JsonStringEnumMemberName("GTC")]
    Gtc,
    /// <summary><c>IOC</c></summary>
    [JsonStringEnumMemberName("IOC")]
    Ioc,
    /// <summary><c>FOK</c></summary>
    [JsonStringEnumMemberName("FOK")]
    Fok,
}
