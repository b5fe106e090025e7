using System.Globalization;
using System.Text.Json;
using Spotnet.Server.Configuration;

namespace Spotnet.Server.Exchange;

/// <summary>
/// The asset and symbol catalog the data folder's state was written with (<c>catalog.json</c>). The engine, its journal
/// and its snapshots know assets and symbols by position, and prices and quantities as multiples of tick and step
/// sizes, so a restart with a catalog that renames, removes, reorders or re-scales them would start wrong.
/// </summary>
public sealed class CatalogManifest
{
    /// <summary>File name in the data folder.</summary>
    public const string FileName = "catalog.json";

    private CatalogManifest(IReadOnlyList<string> assets, IReadOnlyList<SymbolEntry> symbols)
    {
        Assets = assets;
        Symbols = symbols;
    }

    /// <summary>Asset names in engine id order.</summary>
    public IReadOnlyList<string> Assets { get; }

    /// <summary>Symbols in engine id order.</summary>
    public IReadOnlyList<SymbolEntry> Symbols { get; }

    /// <summary>The manifest of a catalog built from the settings.</summary>
    public static CatalogManifest Of(ExchangeCatalog catalog, ServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(settings);
        return new(
            [.. Enumerable.Range(0, catalog.AssetCount).Select(catalog.AssetName)],
            [.. settings.Symbols.Select(symbol => new SymbolEntry(
                symbol.Symbol, symbol.BaseAsset, symbol.QuoteAsset, Normalize(symbol.TickSize), Normalize(symbol.StepSize)))]);
    }

    /// <summary>The catalog the data folder's state was written with, when it holds state and a manifest.</summary>
    public static CatalogManifest? Stored(string dataDirectory, bool hasState)
    {
        var path = Path.Combine(dataDirectory, FileName);
        return hasState && File.Exists(path) ? Read(path) : null;
    }

    /// <summary>
    /// Checks the configured catalog against the <paramref name="stored"/> one (<see cref="Stored"/>), then writes the
    /// configured one. Throws <see cref="CatalogMismatchException"/> (naming every difference) instead.
    /// </summary>
    public static void CheckAndWrite(string dataDirectory, CatalogManifest? stored, CatalogManifest configured)
    {
        ArgumentNullException.ThrowIfNull(configured);
        var path = Path.Combine(dataDirectory, FileName);
        if (stored is not null)
        {
            var problems = configured.Differences(stored);
            if (problems.Count > 0)
            {
                throw new CatalogMismatchException(
                    $"The configured symbols and assets do not match the state in {dataDirectory} ({FileName}): {string.Join("; ", problems)}. "
                    + "Restore the previous settings, or start with an empty data folder.");
            }
        }

        // Written only after the check, so a refused start leaves the manifest of the state in place.
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, configured.ToJson());
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Every way this (configured) catalog differs from the one the state was written with.</summary>
    public IReadOnlyList<string> Differences(CatalogManifest stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var problems = new List<string>();
        for (var id = 0; id < stored.Assets.Count; id++)
        {
            var name = stored.Assets[id];
            if (id >= Assets.Count || Assets[id] != name)
            {
                var position = Assets.ToList().IndexOf(name);
                problems.Add(position >= 0
                    ? $"asset {name} moved from position {id} to {position}"
                    : $"asset {name} was removed or renamed");
            }
        }

        for (var id = 0; id < stored.Symbols.Count; id++)
        {
            var was = stored.Symbols[id];
            var position = Symbols.ToList().FindIndex(symbol => symbol.Symbol == was.Symbol);
            if (position < 0)
            {
                problems.Add($"symbol {was.Symbol} was removed");
                continue;
            }

            if (position != id)
            {
                problems.Add($"symbol {was.Symbol} moved from position {id} (new symbols go after the existing ones)");
            }

            var now = Symbols[position];

            Compare(problems, was.Symbol, "baseAsset", was.BaseAsset, now.BaseAsset);
            Compare(problems, was.Symbol, "quoteAsset", was.QuoteAsset, now.QuoteAsset);
            Compare(problems, was.Symbol, "tickSize", was.TickSize, now.TickSize);
            Compare(problems, was.Symbol, "stepSize", was.StepSize, now.StepSize);
        }

        // Additions need nothing: the catalog put the stored assets first, new symbols come after the stored ones (or
        // moved one of them, reported above), and the engine starts the added ones empty.
        return problems;
    }

    private static void Compare(List<string> problems, string symbol, string field, string was, string now)
    {
        if (was != now)
        {
            problems.Add($"symbol {symbol} {field} changed from {was} to {now}");
        }
    }

    // 0.010 and 0.01 are the same tick size; the manifest compares values, not spellings.
    private static string Normalize(string value) =>
        decimal.Parse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture).ToString("0.##############", CultureInfo.InvariantCulture);

    private byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", 1);
            writer.WriteStartArray("assets");
            foreach (var asset in Assets)
            {
                writer.WriteStringValue(asset);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("symbols");
            foreach (var symbol in Symbols)
            {
                writer.WriteStartObject();
                writer.WriteString("symbol", symbol.Symbol);
                writer.WriteString("baseAsset", symbol.BaseAsset);
                writer.WriteString("quoteAsset", symbol.QuoteAsset);
                writer.WriteString("tickSize", symbol.TickSize);
                writer.WriteString("stepSize", symbol.StepSize);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static CatalogManifest Read(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            return new(
                [.. root.GetProperty("assets").EnumerateArray().Select(asset => asset.GetString()!)],
                [.. root.GetProperty("symbols").EnumerateArray().Select(symbol => new SymbolEntry(
                    symbol.GetProperty("symbol").GetString()!, symbol.GetProperty("baseAsset").GetString()!,
                    symbol.GetProperty("quoteAsset").GetString()!, symbol.GetProperty("tickSize").GetString()!,
                    symbol.GetProperty("stepSize").GetString()!))]);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new CatalogMismatchException($"{path} cannot be read ({exception.Message}); refusing to start rather than guess the catalog.", exception);
        }
    }

    /// <summary>What the state depends on for one symbol.</summary>
    public sealed record SymbolEntry(string Symbol, string BaseAsset, string QuoteAsset, string TickSize, string StepSize);
}
