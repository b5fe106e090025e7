using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>Status of an order list (<c>listStatusType</c>, <c>l</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ListStatusType>))]
public enum ListStatusType
{
    /// <summary><c>RESPONSE</c></summary>
    [JsonStringEnumMemberName("RESPONSE")]
    Response,
    /// <summary><c>EXEC_STARTED</c></summary>
    [JsonStringEnumMemberName("EXEC_STARTED")]
    ExecStarted,
    /// <summary><c>UPDATED</c></summary>
    [JsonStringEnumMemberName("UPDATED")]
    Updated,
    /// <summary><c>ALL_DONE</c></summary>
    [JsonStringEnumMemberName("ALL_DONE")]
    AllDone,
}
