using System.Text.Json.Serialization;

namespace Spotnet.Protocol.UserData;

/// <summary>Order reference in a list status event (<c>O[]</c>).</summary>
public sealed record ListStatusOrder
{
    /// <summary>Symbol (<c>s</c>).</summary>
    [JsonPropertyName("s")]
    public required string Symbol { get; init; }

    /// <summary>Order id (<c>i</c>).</summary>
    [JsonPropertyName("i")]
    public long OrderId { get; init; }

    /// <summary>Client order id (<c>c</c>).</summary>
    [JsonPropertyName("c")]
    public required string ClientOrderId { get; init; }
}
