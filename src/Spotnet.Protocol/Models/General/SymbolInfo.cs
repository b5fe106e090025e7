using System.Text.Json.Serialization;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Filters;

namespace Spotnet.Protocol.Models.General;

/// <summary>Trading rules of one symbol (<c>symbols[]</c> in exchange information).</summary>
public sealed record SymbolInfo
{
    /// <summary>Symbol (<c>symbol</c>).</summary>
    [JsonPropertyName("symbol")]
    public required string Symbol { get; init; }

    /// <summary>Status (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public SymbolStatus Status { get; init; }

    /// <summary>Base asset (<c>baseAsset</c>).</summary>
    [JsonPropertyName("baseAsset")]
    public required string BaseAsset { get; init; }

    /// <summary>Base asset precision (<c>baseAssetPrecision</c>).</summary>
    [JsonPropertyName("baseAssetPrecision")]
    public int BaseAssetPrecision { get; init; }

    /// <summary>Quote asset (<c>quoteAsset</c>).</summary>
    [JsonPropertyName("quoteAsset")]
    public required string QuoteAsset { get; init; }

    /// <summary>Quote precision (<c>quotePrecision</c>).</summary>
    [JsonPropertyName("quotePrecision")]
    public int QuotePrecision { get; init; }

    /// <summary>Quote asset precision (<c>quoteAssetPrecision</c>).</summary>
    [JsonPropertyName("quoteAssetPrecision")]
    public int QuoteAssetPrecision { get; init; }

    /// <summary>Base commission precision (<c>baseCommissionPrecision</c>).</summary>
    [JsonPropertyName("baseCommissionPrecision")]
    public int BaseCommissionPrecision { get; init; }

    /// <summary>Quote commission precision (<c>quoteCommissionPrecision</c>).</summary>
    [JsonPropertyName("quoteCommissionPrecision")]
    public int QuoteCommissionPrecision { get; init; }

    /// <summary>Order types (<c>orderTypes</c>).</summary>
    [JsonPropertyName("orderTypes")]
    public required IReadOnlyList<OrderType> OrderTypes { get; init; }

    /// <summary>Iceberg allowed (<c>icebergAllowed</c>).</summary>
    [JsonPropertyName("icebergAllowed")]
    public bool IcebergAllowed { get; init; }

    /// <summary>Oco allowed (<c>ocoAllowed</c>).</summary>
    [JsonPropertyName("ocoAllowed")]
    public bool OcoAllowed { get; init; }

    /// <summary>Oto allowed (<c>otoAllowed</c>).</summary>
    [JsonPropertyName("otoAllowed")]
    public bool OtoAllowed { get; init; }

    /// <summary>Opo allowed (<c>opoAllowed</c>).</summary>
    [JsonPropertyName("opoAllowed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? OpoAllowed { get; init; }

    /// <summary>Quote order quantity market allowed (<c>quoteOrderQtyMarketAllowed</c>).</summary>
    [JsonPropertyName("quoteOrderQtyMarketAllowed")]
    public bool QuoteOrderQuantityMarketAllowed { get; init; }

    /// <summary>Allow trailing stop (<c>allowTrailingStop</c>).</summary>
    [JsonPropertyName("allowTrailingStop")]
    public bool AllowTrailingStop { get; init; }

    /// <summary>Cancel replace allowed (<c>cancelReplaceAllowed</c>).</summary>
    [JsonPropertyName("cancelReplaceAllowed")]
    public bool CancelReplaceAllowed { get; init; }

    /// <summary>Amend allowed (<c>amendAllowed</c>).</summary>
    [JsonPropertyName("amendAllowed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? AmendAllowed { get; init; }

    /// <summary>Peg instructions allowed (<c>pegInstructionsAllowed</c>).</summary>
    [JsonPropertyName("pegInstructionsAllowed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? PegInstructionsAllowed { get; init; }

    /// <summary>Is spot trading allowed (<c>isSpotTradingAllowed</c>).</summary>
    [JsonPropertyName("isSpotTradingAllowed")]
    public bool IsSpotTradingAllowed { get; init; }

    /// <summary>Is margin trading allowed (<c>isMarginTradingAllowed</c>).</summary>
    [JsonPropertyName("isMarginTradingAllowed")]
    public bool IsMarginTradingAllowed { get; init; }

    /// <summary>Filters (<c>filters</c>).</summary>
    [JsonPropertyName("filters")]
    public required IReadOnlyList<Filter> Filters { get; init; }

    /// <summary>Permissions (<c>permissions</c>).</summary>
    [JsonPropertyName("permissions")]
    public required IReadOnlyList<string> Permissions { get; init; }

    /// <summary>Permission sets (<c>permissionSets</c>).</summary>
    [JsonPropertyName("permissionSets")]
    public required IReadOnlyList<IReadOnlyList<string>> PermissionSets { get; init; }

    /// <summary>Default self trade prevention mode (<c>defaultSelfTradePreventionMode</c>).</summary>
    [JsonPropertyName("defaultSelfTradePreventionMode")]
    public SelfTradePreventionMode DefaultSelfTradePreventionMode { get; init; }

    /// <summary>Allowed self trade prevention modes (<c>allowedSelfTradePreventionModes</c>).</summary>
    [JsonPropertyName("allowedSelfTradePreventionModes")]
    public required IReadOnlyList<SelfTradePreventionMode> AllowedSelfTradePreventionModes { get; init; }
}
