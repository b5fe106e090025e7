using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Models.Account;

/// <summary>Balance of one asset (<c>balances[]</c>).</summary>
public sealed record Balance
{
    /// <summary>Asset (<c>asset</c>).</summary>
    [JsonPropertyName("asset")]
    public required string Asset { get; init; }

    /// <summary>Free (<c>free</c>).</summary>
    [JsonPropertyName("free")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Free { get; init; }

    /// <summary>Locked (<c>locked</c>).</summary>
    [JsonPropertyName("locked")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Locked { get; init; }
}
