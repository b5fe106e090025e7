using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Models.Trading;

/// <summary>A match that self-trade prevention stopped while placing an order (<c>preventedMatches[]</c> in a FULL order response).</summary>
public sealed record OrderPreventedMatch
{
    /// <summary>Prevented match id (<c>preventedMatchId</c>).</summary>
    [JsonPropertyName("preventedMatchId")]
    public long PreventedMatchId { get; init; }

    /// <summary>Maker symbol (<c>makerSymbol</c>).</summary>
    [JsonPropertyName("makerSymbol")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MakerSymbol { get; init; }

    /// <summary>Maker order id (<c>makerOrderId</c>).</summary>
    [JsonPropertyName("makerOrderId")]
    public long MakerOrderId { get; init; }

    /// <summary>Price (<c>price</c>).</summary>
    [JsonPropertyName("price")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Price { get; init; }

    /// <summary>Taker prevented quantity (<c>takerPreventedQuantity</c>).</summary>
    [JsonPropertyName("takerPreventedQuantity")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? TakerPreventedQuantity { get; init; }

    /// <summary>Maker prevented quantity (<c>makerPreventedQuantity</c>).</summary>
    [JsonPropertyName("makerPreventedQuantity")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? MakerPreventedQuantity { get; init; }
}
