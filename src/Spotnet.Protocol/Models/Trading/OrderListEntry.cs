using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Models.Trading;

/// <summary>Order reference inside an order list (<c>orders[]</c>).</summary>
public sealed record OrderListEntry
{
    /// <summary>Symbol (<c>symbol</c>).</summary>
    [JsonPropertyName("symbol")]
    public required string Symbol { get; init; }

    /// <summary>Order id (<c>orderId</c>).</summary>
    [JsonPropertyName("orderId")]
    public long OrderId { get; init; }

    /// <summary>Client order id (<c>clientOrderId</c>).</summary>
    [JsonPropertyName("clientOrderId")]
    public required string ClientOrderId { get; init; }
}
