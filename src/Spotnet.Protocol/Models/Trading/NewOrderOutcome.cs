using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Models.Trading;

/// <summary>The placement half of a cancel-replace (<c>newOrderResponse</c>): either the new order or an error.</summary>
[JsonConverter(typeof(NewOrderOutcomeConverter))]
public sealed record NewOrderOutcome
{
    /// <summary>The new order, when the placement succeeded.</summary>
    public NewOrderResponse? Order { get; init; }

    /// <summary>The error, when the placement failed.</summary>
    public ErrorResponse? Error { get; init; }
}
