using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Models.Account;

/// <summary>Balance of one asset (<c>balances[]</c>).</summary>
public sealed record Balance
{
    /// <summary>Asset (<c>asset</c>).</summary>
    [JsonPropertyName("asset")]
    public string Asset { get; init; } = "";

    /// <summary>Free (<c>free</c>).</summary>
    [JsonPropertyName("free")]
    public decimal Free { get; init; }

    /// <summary>Locked (<c>locked</c>).</summary>
    [JsonPropertyName("locked")]
    public decimal Locked { get; init; }
}
