using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>Contingency of an order list (<c>contingencyType</c>); OTOCO, OPO and OPOCO report OTO.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContingencyType>))]
public enum ContingencyType
{
    /// <summary><c>OCO</c></summary>
    [JsonStringEnumMemberName("OCO")]
    Oco,
    /// <summary><c>OTO</c></summary>
    [JsonStringEnumMemberName("OTO")]
    Oto,
}
