using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Models.MarketData;

/// <summary>One order book level, a two-element array on the wire: <c>["price", "qty"]</c>.</summary>
/// <param name="Price">Price of the level.</param>
/// <param name="Quantity">Total quantity at the level.</param>
[JsonConverter(typeof(PriceLevelConverter))]
public readonly record struct PriceLevel(decimal Price, decimal Quantity);
