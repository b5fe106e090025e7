using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Tests.Golden;

/// <summary>Loads golden fixtures and compares JSON texts token for token.</summary>
internal static class GoldenFixture
{
    public static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Golden", "Fixtures");

    public static IReadOnlyList<IndexEntry> Index { get; } = LoadIndex();

    public static string Read(string fixture) => File.ReadAllText(Path.Combine(Root, fixture));

    /// <summary>The <see cref="SpotJsonContext"/> property named in the index, e.g. <c>IReadOnlyListTrade</c>.</summary>
    public static JsonTypeInfo TypeInfo(string contextProperty)
    {
        var property = typeof(SpotJsonContext).GetProperty(contextProperty)
            ?? throw new InvalidOperationException($"SpotJsonContext has no property {contextProperty}.");
        return (JsonTypeInfo)property.GetValue(SpotJsonContext.Default)!;
    }

    /// <summary>Re-writes JSON without whitespace, keeping key order, raw number text and JSON types.</summary>
    public static string Canonical(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.RootElement.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static List<IndexEntry> LoadIndex()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "index.json")));
        return document.RootElement.EnumerateArray()
            .Select(e => new IndexEntry(e.GetProperty("fixture").GetString()!, e.GetProperty("type").GetString()!))
            .ToList();
    }

    internal sealed record IndexEntry(string Fixture, string ContextProperty);
}
