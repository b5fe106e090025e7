using System.Text.Json.Serialization;

namespace Spotnet.Protocol.UserData;

/// <summary>One balance of an account position event (<c>B[]</c>).</summary>
public sealed record AccountPositionBalance
{
    /// <summary>Asset (<c>a</c>).</summary>
    [JsonPropertyName("a")]
    public string Asset { get; init; } = "";

    /// <summary>Free (<c>f</c>).</summary>
    [JsonPropertyName("f")]
    public decimal Free { get; init; }

    /// <summary>Locked (<c>l</c>).</summary>
    [JsonPropertyName("l")]
    public decimal Locked { get; init; }
}
