using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.UserData;

/// <summary>One balance of an account position event (<c>B[]</c>).</summary>
public sealed record AccountPositionBalance
{
    /// <summary>Asset (<c>a</c>).</summary>
    [JsonPropertyName("a")]
    public required string Asset { get; init; }

    /// <summary>Free (<c>f</c>).</summary>
    [JsonPropertyName("f")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Free { get; init; }

    /// <summary>Locked (<c>l</c>).</summary>
    [JsonPropertyName("l")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Locked { get; init; }
}
