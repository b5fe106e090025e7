using System.Text.RegularExpressions;

namespace Spotnet.Protocol.Tests.Errors;

/// <summary>Finds Binance's docs and the team notes in <c>shared/reference</c> by walking up from the test binaries.</summary>
internal static partial class ReferenceDocuments
{
    private static readonly Lazy<string> _root = new(FindRoot);

    public static string Root => _root.Value;

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    /// <summary>Renders the inline Markdown Binance uses in messages: code spans lose backticks, links keep their text.</summary>
    public static string RenderInline(string markdown) =>
        LinkPattern().Replace(markdown, "$1").Replace("`", string.Empty, StringComparison.Ordinal).Trim();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "reference");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} contains shared/reference.");
    }

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkPattern();
}
