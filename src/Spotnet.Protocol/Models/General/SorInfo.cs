using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Models.General;

/// <summary>Smart order routing group (<c>sors[]</c> in exchange information).</summary>
public sealed record SorInfo
{
    /// <summary>Base asset (<c>baseAsset</c>).</summary>
    [JsonPropertyName("baseAsset")]
    public required string BaseAsset { get; init; }

    /// <summary>Symbols (<c>symbols</c>).</summary>
    [JsonPropertyName("symbols")]
    public required IReadOnlyList<string> Symbols { get; init; }
}
