using System.Text.Json.Serialization;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Numbers;

namespace Spotnet.Protocol.Models.Account;

/// <summary>An SOR allocation (<c>GET /api/v3/myAllocations</c>, <c>myAllocations</c>).</summary>
public sealed record Allocation
{
    /// <summary>Symbol (<c>symbol</c>).</summary>
    [JsonPropertyName("symbol")]
    public required string Symbol { get; init; }

    /// <summary>Allocation id (<c>allocationId</c>).</summary>
    [JsonPropertyName("allocationId")]
    public long AllocationId { get; init; }

    /// <summary>Allocation type (<c>allocationType</c>).</summary>
    [JsonPropertyName("allocationType")]
    public AllocationType AllocationType { get; init; }

    /// <summary>Order id (<c>orderId</c>).</summary>
    [JsonPropertyName("orderId")]
    public long OrderId { get; init; }

    /// <summary>Order list id (<c>orderListId</c>).</summary>
    [JsonPropertyName("orderListId")]
    public long OrderListId { get; init; }

    /// <summary>Price (<c>price</c>).</summary>
    [JsonPropertyName("price")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Price { get; init; }

    /// <summary>Quantity (<c>qty</c>).</summary>
    [JsonPropertyName("qty")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Quantity { get; init; }

    /// <summary>Quote quantity (<c>quoteQty</c>).</summary>
    [JsonPropertyName("quoteQty")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal QuoteQuantity { get; init; }

    /// <summary>Commission (<c>commission</c>).</summary>
    [JsonPropertyName("commission")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Commission { get; init; }

    /// <summary>Commission asset (<c>commissionAsset</c>).</summary>
    [JsonPropertyName("commissionAsset")]
    public required string CommissionAsset { get; init; }

    /// <summary>Time (<c>time</c>).</summary>
    [JsonPropertyName("time")]
    public long Time { get; init; }

    /// <summary><see cref="Time"/> as a UTC time; the wire unit (ms or µs) is read from the value, see <see cref="WireTime"/>.</summary>
    [JsonIgnore]
    public DateTimeOffset TimeUtc => WireTime.ToDateTimeOffset(Time);

    /// <summary>Is buyer (<c>isBuyer</c>).</summary>
    [JsonPropertyName("isBuyer")]
    public bool IsBuyer { get; init; }

    /// <summary>Is maker (<c>isMaker</c>).</summary>
    [JsonPropertyName("isMaker")]
    public bool IsMaker { get; init; }

    /// <summary>Is allocator (<c>isAllocator</c>).</summary>
    [JsonPropertyName("isAllocator")]
    public bool IsAllocator { get; init; }
}
