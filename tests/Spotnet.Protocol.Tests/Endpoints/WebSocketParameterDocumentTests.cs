using System.Text.RegularExpressions;
using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Tests.Errors;

namespace Spotnet.Protocol.Tests.Endpoints;

/// <summary>Checks WebSocket API parameter names against the parameter tables of <c>testnet/web-socket-api.md</c>.</summary>
public partial class WebSocketParameterDocumentTests
{
    private static readonly Lazy<Dictionary<string, string>> _sections = new(ParseSections);

    public static TheoryData<string> DocumentedMethods()
    {
        var data = new TheoryData<string>();
        foreach (var method in EndpointTable.WebSocket.Where(method => method.Name != "orderList.place"))
        {
            data.Add(method.Name);
        }

        return data;
    }

    [Fact]
    public void Every_documented_method_has_a_section_in_the_websocket_docs()
    {
        Assert.Equal(54, _sections.Value.Count);
    }

    [Theory]
    [MemberData(nameof(DocumentedMethods))]
    public void Every_parameter_row_of_the_method_is_in_its_parameter_list(string name)
    {
        var method = EndpointTable.FindWebSocket(name)!;
        foreach (Match row in ParameterRowPattern().Matches(_sections.Value[name]))
        {
            Assert.Contains(method.Parameters, parameter => parameter.Name == row.Groups[1].Value);
        }
    }

    private static Dictionary<string, string> ParseSections()
    {
        var text = ReferenceDocuments.Read("binance-spot-api-docs/testnet/web-socket-api.md");
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var section in HeadingPattern().Split(text))
        {
            var method = MethodPattern().Match(section);
            if (method.Success && section.Contains("**Weight", StringComparison.Ordinal))
            {
                sections.TryAdd(method.Groups[1].Value, section);
            }
        }

        return sections;
    }

    [GeneratedRegex(@"\n(?=#{2,4} )")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex("\"method\":\\s*\"([A-Za-z0-9.]+)\"")]
    private static partial Regex MethodPattern();

    [GeneratedRegex(@"^\|?\s*`([A-Za-z]+)`\s*\|\s*(?:STRING|ENUM|DECIMAL|LONG|INT|BOOLEAN|ARRAY)", RegexOptions.Multiline)]
    private static partial Regex ParameterRowPattern();
}
