using System.Text.Json.Serialization;
using Spotnet.Protocol.Enums;

namespace Spotnet.Protocol.UserData;

/// <summary>Order list update (<c>e</c> = <c>listStatus</c>).</summary>
public sealed record ListStatusEvent : UserDataEvent
{
    /// <summary>Event type (<c>e</c>).</summary>
    [JsonPropertyName("e")]
    public string EventType => "listStatus";

    /// <summary>Event time (<c>E</c>).</summary>
    [JsonPropertyName("E")]
    public long EventTime { get; init; }

    /// <summary>Symbol (<c>s</c>).</summary>
    [JsonPropertyName("s")]
    public required string Symbol { get; init; }

    /// <summary>Order list id (<c>g</c>).</summary>
    [JsonPropertyName("g")]
    public long OrderListId { get; init; }

    /// <summary>Contingency type (<c>c</c>).</summary>
    [JsonPropertyName("c")]
    public ContingencyType ContingencyType { get; init; }

    /// <summary>List status type (<c>l</c>).</summary>
    [JsonPropertyName("l")]
    public ListStatusType ListStatusType { get; init; }

    /// <summary>List order status (<c>L</c>).</summary>
    [JsonPropertyName("L")]
    public ListOrderStatus ListOrderStatus { get; init; }

    /// <summary>List reject reason (<c>r</c>).</summary>
    [JsonPropertyName("r")]
    public required string ListRejectReason { get; init; }

    /// <summary>List client order id (<c>C</c>).</summary>
    [JsonPropertyName("C")]
    public required string ListClientOrderId { get; init; }

    /// <summary>Transaction time (<c>T</c>).</summary>
    [JsonPropertyName("T")]
    public long TransactionTime { get; init; }

    /// <summary>Orders (<c>O</c>).</summary>
    [JsonPropertyName("O")]
    public required IReadOnlyList<ListStatusOrder> Orders { get; init; }
}
