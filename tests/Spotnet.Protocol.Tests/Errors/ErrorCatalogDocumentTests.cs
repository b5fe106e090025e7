using System.Text.RegularExpressions;
using Spotnet.Protocol.Errors;

namespace Spotnet.Protocol.Tests.Errors;

public partial class ErrorCatalogDocumentTests
{
    private const string ErrorsDocument = "binance-spot-api-docs/testnet/errors.md";

    [Fact]
    public void Every_code_and_message_of_errors_md_is_in_the_catalogue_verbatim()
    {
        var sections = ParseCodeSections(ReferenceDocuments.Read(ErrorsDocument));

        Assert.Equal(104, sections.Count);
        var missing = new List<string>();
        foreach (var (code, name, messages) in sections)
        {
            Assert.True(ErrorCatalog.Names.TryGetValue(code, out var catalogName), $"code {code} missing");
            Assert.Equal(name, catalogName);
            Assert.NotEmpty(messages);
            missing.AddRange(messages
                .Where(message => !ErrorCatalog.Entries.Any(entry => entry.Code == code && entry.Message == message))
                .Select(message => $"{code}: {message}"));
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Codes_only_named_in_the_matching_engine_heading_are_in_the_catalogue()
    {
        var heading = ReferenceDocuments.Read(ErrorsDocument).Split('\n').Single(line => line.StartsWith("## Messages for", StringComparison.Ordinal));

        foreach (Match match in HeadingCodePattern().Matches(heading))
        {
            Assert.Equal(match.Groups[2].Value, ErrorCatalog.Names[int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]);
        }

        Assert.Equal(4, HeadingCodePattern().Matches(heading).Count);
    }

    [Fact]
    public void Every_matching_engine_message_of_errors_md_is_a_named_rejection_message()
    {
        var messages = ParseTableMessages(ReferenceDocuments.Read(ErrorsDocument), "## Messages for", "## Errors regarding");

        Assert.Equal(41, messages.Count);
        Assert.Equal(messages, RejectionMessages.All);
    }

    [Fact]
    public void Every_filter_failure_of_errors_md_is_a_named_filter_failure_message()
    {
        var messages = ParseTableMessages(ReferenceDocuments.Read(ErrorsDocument), "## Filter failures", null);

        Assert.Equal(18, messages.Count);
        Assert.Equal(messages, FilterFailureMessages.All);
    }

    [Fact]
    public void Catalogue_entries_not_in_errors_md_come_from_the_other_documents()
    {
        var fromErrorsMd = ParseCodeSections(ReferenceDocuments.Read(ErrorsDocument))
            .SelectMany(section => section.Messages.Select(message => (section.Code, message)))
            .ToHashSet();
        var elsewhere = ErrorCatalog.Entries.Where(entry => !fromErrorsMd.Contains((entry.Code, entry.Message))).ToList();

        var sources = new Dictionary<string, string>
        {
            [ErrorMessages.InvalidCancelRestrictionsShort] = "binance-spot-api-docs/testnet/rest-api.md",
            [ErrorMessages.SelfTradePreventionModeNotAllowed] = "binance-spot-api-docs/faqs/stp_faq.md",
            [ErrorMessages.CancelReplacePartiallyFailed] = "binance-spot-api-docs/testnet/rest-api.md",
            [ErrorMessages.CancelReplaceFailed] = "binance-spot-api-docs/testnet/rest-api.md",
            // Production changelog 2022-06-20, quoted in the team notes.
            ["Too many values sent for parameter '%s', maximum allowed up to %s."] = "notes/spec-rest-wsapi.md",
        };
        Assert.Equal(sources.Keys.Order(StringComparer.Ordinal), elsewhere.Select(entry => entry.Message).Order(StringComparer.Ordinal));
        foreach (var (message, document) in sources)
        {
            var probe = message.Replace("'%s'", "'symbols'", StringComparison.Ordinal).Replace("%s", "100", StringComparison.Ordinal);
            Assert.Contains(probe, ReferenceDocuments.Read(document), StringComparison.Ordinal);
        }
    }

    private static List<(int Code, string Name, List<string> Messages)> ParseCodeSections(string markdown)
    {
        var sections = new List<(int Code, string Name, List<string> Messages)>();
        List<string>? current = null;
        foreach (var rawLine in markdown.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.StartsWith('#'))
            {
                var heading = CodeHeadingPattern().Match(line);
                current = heading.Success ? [] : null;
                if (heading.Success)
                {
                    sections.Add((int.Parse(heading.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), heading.Groups[2].Value.Trim(), current!));
                }
            }
            else if (current is not null && line.StartsWith("* ", StringComparison.Ordinal))
            {
                current.Add(ReferenceDocuments.RenderInline(line[2..]));
            }
        }

        return sections;
    }

    private static List<string> ParseTableMessages(string markdown, string startHeading, string? endHeading)
    {
        var lines = markdown.Split('\n').SkipWhile(line => !line.StartsWith(startHeading, StringComparison.Ordinal)).Skip(1);
        if (endHeading is not null)
        {
            lines = lines.TakeWhile(line => !line.StartsWith(endHeading, StringComparison.Ordinal));
        }

        var messages = new List<string>();
        foreach (var line in lines.Where(line => line.Contains('|', StringComparison.Ordinal)))
        {
            var cell = line.Trim().TrimStart('|').Split('|')[0].Trim();
            if (cell is "Error message" || cell.StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }

            var quoted = QuotedPattern().Matches(cell);
            messages.AddRange(quoted.Count > 0
                ? quoted.Select(match => ReferenceDocuments.RenderInline(match.Groups[1].Value))
                : [ReferenceDocuments.RenderInline(cell.Trim('"'))]);
        }

        return messages;
    }

    [GeneratedRegex(@"^###\s+(-\d+)\s+(.+)$")]
    private static partial Regex CodeHeadingPattern();

    [GeneratedRegex(@"(-\d{4}) ([A-Z_]+)")]
    private static partial Regex HeadingCodePattern();

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex QuotedPattern();
}
