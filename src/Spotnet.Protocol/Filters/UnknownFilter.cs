using System.Text.Json;

namespace Spotnet.Protocol.Filters;

/// <summary>A filter whose <c>filterType</c> this library does not know; it is kept as received and written back unchanged.</summary>
public sealed record UnknownFilter : Filter
{
    /// <summary>The filter object exactly as received.</summary>
    public JsonElement Raw { get; init; }

    /// <summary>Filter type (<c>filterType</c>), or null if the object has none.</summary>
    public string? FilterType =>
        Raw.ValueKind == JsonValueKind.Object && Raw.TryGetProperty("filterType", out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString()
            : null;
}
