using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Filters;

/// <summary>A symbol, exchange or asset filter, chosen on the wire by <c>filterType</c>.</summary>
[JsonConverter(typeof(FilterConverter))]
public abstract record Filter;
