using System.Text.Json.Serialization;
using Spotnet.Protocol.Filters;
using Spotnet.Protocol.Numbers;

namespace Spotnet.Protocol.Models.General;

/// <summary>Exchange trading rules and symbol information (<c>GET /api/v3/exchangeInfo</c>, <c>exchangeInfo</c>).</summary>
public sealed record ExchangeInfo
{
    /// <summary>Timezone (<c>timezone</c>).</summary>
    [JsonPropertyName("timezone")]
    public required string Timezone { get; init; }

    /// <summary>Server time (<c>serverTime</c>).</summary>
    [JsonPropertyName("serverTime")]
    public long ServerTime { get; init; }

    /// <summary><see cref="ServerTime"/> as a UTC time; the wire unit (ms or µs) is read from the value, see <see cref="WireTime"/>.</summary>
    [JsonIgnore]
    public DateTimeOffset ServerTimeUtc => WireTime.ToDateTimeOffset(ServerTime);

    /// <summary>Rate limits (<c>rateLimits</c>).</summary>
    [JsonPropertyName("rateLimits")]
    public required IReadOnlyList<RateLimit> RateLimits { get; init; }

    /// <summary>Exchange filters (<c>exchangeFilters</c>).</summary>
    [JsonPropertyName("exchangeFilters")]
    public required IReadOnlyList<Filter> ExchangeFilters { get; init; }

    /// <summary>Symbols (<c>symbols</c>).</summary>
    [JsonPropertyName("symbols")]
    public required IReadOnlyList<SymbolInfo> Symbols { get; init; }

    /// <summary>Sors (<c>sors</c>).</summary>
    [JsonPropertyName("sors")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<SorInfo>? Sors { get; init; }
}
