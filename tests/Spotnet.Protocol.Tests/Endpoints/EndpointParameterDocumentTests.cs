using System.Text.RegularExpressions;
using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Tests.Errors;

namespace Spotnet.Protocol.Tests.Endpoints;

/// <summary>Checks the parameter lists against the parameter tables of <c>testnet/rest-api.md</c>, read at test time.</summary>
public partial class EndpointParameterDocumentTests
{
    private static readonly Lazy<string> _restApi = new(() => ReferenceDocuments.Read("binance-spot-api-docs/testnet/rest-api.md"));

    public static TheoryData<string> DocumentedRoutes()
    {
        var data = new TheoryData<string>();
        foreach (var endpoint in EndpointTable.Rest.Where(endpoint => endpoint.Id != EndpointId.NewOcoDeprecated))
        {
            data.Add(endpoint.HttpMethod + " " + endpoint.Path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentedRoutes))]
    public void Markdown_parameter_rows_match_name_type_and_mandatory_flag(string route)
    {
        var endpoint = Find(route);
        var section = Section(route);
        var rows = ParameterRowPattern().Matches(section).ToList();
        foreach (var row in rows)
        {
            var name = row.Groups[1].Value;
            var documentedType = row.Groups[2].Value;
            var mandatory = row.Groups[3].Value == "YES";
            var parameter = endpoint.Parameters.SingleOrDefault(parameter => parameter.Name == name);
            Assert.True(parameter is not null, $"{route}: {name} missing");
            if (name is "timestamp" or "recvWindow")
            {
                continue;
            }

            Assert.Equal(mandatory, parameter.Required);
            Assert.Equal(name == "symbols" ? ParameterType.StringArray : ParseType(documentedType), parameter.Type);
        }
    }

    [Theory]
    [MemberData(nameof(DocumentedRoutes))]
    public void Every_listed_parameter_is_named_in_the_endpoint_section(string route)
    {
        var section = Section(route);
        var parameters = Find(route).Parameters.Where(parameter => parameter.Name is not ("timestamp" or "recvWindow"));

        // order/test and sor/order/test document only their extra parameter: the rest are "all parameters accepted by" the base endpoint.
        if (route.EndsWith("/test", StringComparison.Ordinal))
        {
            var baseEndpoint = Find(route[..^"/test".Length]);
            Assert.Contains("In addition to all parameters", section, StringComparison.Ordinal);
            Assert.Equal(baseEndpoint.Parameters, Find(route).Parameters.Where(parameter => parameter.Name != "computeCommissionRates"));
            parameters = parameters.Where(parameter => !baseEndpoint.Parameters.Contains(parameter));
        }

        foreach (var parameter in parameters)
        {
            Assert.Matches(@"\b" + parameter.Name + @"\b", section);
        }
    }

    [Fact]
    public void Signed_endpoints_take_timestamp_and_recv_window_and_public_ones_do_not()
    {
        foreach (var endpoint in EndpointTable.Rest)
        {
            var signed = endpoint.Security != SecurityType.None;
            Assert.Equal(signed, endpoint.Parameters.Any(parameter => parameter is { Name: "timestamp", Type: ParameterType.Long, Required: true }));
            Assert.Equal(signed, endpoint.Parameters.Any(parameter => parameter is { Name: "recvWindow", Type: ParameterType.Decimal, Required: false }));
        }
    }

    [Fact]
    public void Parameter_names_are_unique_per_endpoint()
    {
        Assert.All(EndpointTable.Rest, endpoint => Assert.Equal(endpoint.Parameters.Count, endpoint.Parameters.Select(parameter => parameter.Name).Distinct(StringComparer.Ordinal).Count()));
        Assert.All(EndpointTable.WebSocket, method => Assert.Equal(method.Parameters.Count, method.Parameters.Select(parameter => parameter.Name).Distinct(StringComparer.Ordinal).Count()));
    }

    private static RestEndpoint Find(string route)
    {
        var space = route.IndexOf(' ', StringComparison.Ordinal);
        return EndpointTable.FindRest(route[..space], route[(space + 1)..])!;
    }

    // From the route's code block to the next endpoint heading.
    private static string Section(string route)
    {
        var text = _restApi.Value;
        var start = text.IndexOf("\n" + route + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, route + " not found in rest-api.md");
        var end = NextHeadingPattern().Match(text, start);
        return text[start..(end.Success ? end.Index : text.Length)];
    }

    private static ParameterType ParseType(string documented) => documented switch
    {
        "STRING" => ParameterType.String,
        "ENUM" => ParameterType.Enum,
        "DECIMAL" => ParameterType.Decimal,
        "LONG" => ParameterType.Long,
        "INT" => ParameterType.Int,
        "BOOLEAN" => ParameterType.Boolean,
        "ARRAY OF STRING" => ParameterType.StringArray,
        _ => throw new FormatException(documented),
    };

    [GeneratedRegex(@"\n#{2,4} ")]
    private static partial Regex NextHeadingPattern();

    [GeneratedRegex(@"^\|?\s*`?([A-Za-z]+)`?\s*\|\s*(STRING|ENUM|DECIMAL|LONG|INT|BOOLEAN|ARRAY OF STRING)\s*\|\s*(YES|NO)", RegexOptions.Multiline)]
    private static partial Regex ParameterRowPattern();
}
