using System.Text.Json.Serialization;
using Spotnet.Protocol.Enums;

namespace Spotnet.Protocol.Models.Trading;

/// <summary>Outcome of cancel-replace (<c>POST /api/v3/order/cancelReplace</c>, <c>order.cancelReplace</c>), also the <c>data</c> of its error body.</summary>
public sealed record CancelReplaceResponse
{
    /// <summary>Cancel result (<c>cancelResult</c>).</summary>
    [JsonPropertyName("cancelResult")]
    public CancelReplaceResult CancelResult { get; init; }

    /// <summary>New order result (<c>newOrderResult</c>).</summary>
    [JsonPropertyName("newOrderResult")]
    public NewOrderResult NewOrderResult { get; init; }

    /// <summary>Cancel response (<c>cancelResponse</c>).</summary>
    [JsonPropertyName("cancelResponse")]
    public required CancelOutcome CancelResponse { get; init; }

    /// <summary>New order response (<c>newOrderResponse</c>).</summary>
    [JsonPropertyName("newOrderResponse")]
    public NewOrderOutcome? NewOrderResponse { get; init; }
}
