using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Models.Trading;

/// <summary>The cancel half of a cancel-replace (<c>cancelResponse</c>): either the canceled order or an error.</summary>
[JsonConverter(typeof(CancelOutcomeConverter))]
public sealed record CancelOutcome
{
    /// <summary>The canceled order, when the cancel succeeded.</summary>
    public CanceledOrder? Order { get; init; }

    /// <summary>The error, when the cancel failed.</summary>
    public ErrorResponse? Error { get; init; }
}
