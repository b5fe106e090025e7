using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Numbers;

namespace Spotnet.Protocol.Models.Account;

/// <summary>One amendment of an order (<c>GET /api/v3/order/amendments</c>, <c>order.amendments</c>).</summary>
public sealed record OrderAmendment
{
    /// <summary>Symbol (<c>symbol</c>).</summary>
    [JsonPropertyName("symbol")]
    public required string Symbol { get; init; }

    /// <summary>Order id (<c>orderId</c>).</summary>
    [JsonPropertyName("orderId")]
    public long OrderId { get; init; }

    /// <summary>Execution id (<c>executionId</c>).</summary>
    [JsonPropertyName("executionId")]
    public long ExecutionId { get; init; }

    /// <summary>Original client order id (<c>origClientOrderId</c>).</summary>
    [JsonPropertyName("origClientOrderId")]
    public required string OriginalClientOrderId { get; init; }

    /// <summary>New client order id (<c>newClientOrderId</c>).</summary>
    [JsonPropertyName("newClientOrderId")]
    public required string NewClientOrderId { get; init; }

    /// <summary>Original quantity (<c>origQty</c>).</summary>
    [JsonPropertyName("origQty")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal OriginalQuantity { get; init; }

    /// <summary>New quantity (<c>newQty</c>).</summary>
    [JsonPropertyName("newQty")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal NewQuantity { get; init; }

    /// <summary>Time (<c>time</c>).</summary>
    [JsonPropertyName("time")]
    public long Time { get; init; }

    /// <summary><see cref="Time"/> as a UTC time; the wire unit (ms or µs) is read from the value, see <see cref="WireTime"/>.</summary>
    [JsonIgnore]
    public DateTimeOffset TimeUtc => WireTime.ToDateTimeOffset(Time);
}
