using System.Text.Json.Serialization;
using Spotnet.Protocol.Filters;

namespace Spotnet.Protocol.Models.Account;

/// <summary>Filters relevant to an account on a symbol (<c>GET /api/v3/myFilters</c>, <c>myFilters</c>).</summary>
public sealed record RelevantFilters
{
    /// <summary>Exchange filters (<c>exchangeFilters</c>).</summary>
    [JsonPropertyName("exchangeFilters")]
    public required IReadOnlyList<Filter> ExchangeFilters { get; init; }

    /// <summary>Symbol filters (<c>symbolFilters</c>).</summary>
    [JsonPropertyName("symbolFilters")]
    public required IReadOnlyList<Filter> SymbolFilters { get; init; }

    /// <summary>Asset filters (<c>assetFilters</c>).</summary>
    [JsonPropertyName("assetFilters")]
    public required IReadOnlyList<Filter> AssetFilters { get; init; }
}
