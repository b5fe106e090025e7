using System.Globalization;
using System.Text.RegularExpressions;
using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Tests.Errors;

namespace Spotnet.Protocol.Tests.Endpoints;

/// <summary>Checks the endpoint table against the checklist <c>notes/spec-rest-wsapi.md</c>, read at test time.</summary>
public partial class EndpointTableSpecTests
{
    private static readonly Lazy<string[]> _spec = new(() => ReferenceDocuments.Read("notes/spec-rest-wsapi.md").Split('\n'));

    [Fact]
    public void Rest_table_has_exactly_the_documented_endpoints_plus_the_deprecated_oco()
    {
        var documented = RestRows().Select(row => row.Route).ToList();

        Assert.Equal(47, documented.Count);
        Assert.Equal(
            documented.Append("POST /api/v3/order/oco").Order(StringComparer.Ordinal),
            EndpointTable.Rest.Select(endpoint => endpoint.HttpMethod + " " + endpoint.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Rest_security_types_match_the_spec()
    {
        foreach (var row in RestRows())
        {
            Assert.True(row.Security == Route(row.Route).Security, row.Route);
        }
    }

    [Fact]
    public void Rest_fixed_weights_zero_on_success_and_order_counts_match_the_spec()
    {
        foreach (var row in RestRows())
        {
            var endpoint = Route(row.Route);
            if (row.FixedWeight is { } weight)
            {
                Assert.True(endpoint.Weight is FixedWeight fixedWeight && fixedWeight.Weight == weight, row.Route);
            }

            Assert.True(row.ZeroOnSuccess == endpoint.Weight.ZeroWhenSuccessful, row.Route);
            Assert.True(row.UnfilledOrderCount == endpoint.UnfilledOrderCount, row.Route);
        }
    }

    [Fact]
    public void WebSocket_table_has_exactly_the_documented_methods_plus_the_deprecated_order_list_place()
    {
        var documented = WebSocketRows().Select(row => row.Name).ToList();

        Assert.Equal(54, documented.Count);
        Assert.Equal(
            documented.Append("orderList.place").Order(StringComparer.Ordinal),
            EndpointTable.WebSocket.Select(method => method.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WebSocket_security_weights_order_counts_and_rest_equivalents_match_the_spec()
    {
        foreach (var row in WebSocketRows())
        {
            var method = EndpointTable.FindWebSocket(row.Name)!;
            Assert.True(row.Security == method.Security, row.Name);
            Assert.True(row.ZeroOnSuccess == method.Weight.ZeroWhenSuccessful, row.Name);
            Assert.True(row.UnfilledOrderCount == method.UnfilledOrderCount, row.Name);
            if (row.FixedWeight is { } weight)
            {
                Assert.True(method.Weight is FixedWeight fixedWeight && fixedWeight.Weight == weight, row.Name);
            }

            var rest = EndpointTable.FindRest(method.Id);
            Assert.True(row.RestRoute == (rest is null ? null : rest.HttpMethod + " " + rest.Path), row.Name);
        }
    }

    [Theory]
    [InlineData(100, 5)]
    [InlineData(500, 25)]
    [InlineData(1000, 50)]
    [InlineData(5000, 250)]
    [InlineData(1, 5)]
    [InlineData(101, 25)]
    [InlineData(501, 50)]
    [InlineData(1001, 250)]
    [InlineData(6000, 250)]
    public void Depth_weight_follows_limit(int limit, int weight)
    {
        Assert.Equal(weight, Route("GET /api/v3/depth").Weight.Evaluate(new WeightInputs { Limit = limit }));
        Assert.Equal(weight, EndpointTable.FindWebSocket("depth")!.Weight.Evaluate(new WeightInputs { Limit = limit }));
    }

    [Fact]
    public void Depth_without_limit_weighs_as_the_default_100()
    {
        Assert.Equal(5, Route("GET /api/v3/depth").Weight.Evaluate(WeightInputs.None));
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(20, 2)]
    [InlineData(21, 40)]
    [InlineData(100, 40)]
    [InlineData(101, 80)]
    public void Ticker_24hr_weight_follows_the_number_of_symbols(int symbols, int weight)
    {
        Assert.Equal(weight, Route("GET /api/v3/ticker/24hr").Weight.Evaluate(new WeightInputs { SymbolCount = symbols }));
        Assert.Equal(weight, EndpointTable.FindWebSocket("ticker.24hr")!.Weight.Evaluate(new WeightInputs { SymbolCount = symbols }));
    }

    [Fact]
    public void Ticker_24hr_weighs_2_for_one_symbol_and_80_for_all()
    {
        var rule = Route("GET /api/v3/ticker/24hr").Weight;
        Assert.Equal(2, rule.Evaluate(new WeightInputs { Parameters = ["symbol"] }));
        Assert.Equal(80, rule.Evaluate(WeightInputs.None));
    }

    [Theory]
    [InlineData("GET /api/v3/ticker", 4)]
    [InlineData("GET /api/v3/ticker/tradingDay", 4)]
    [InlineData("GET /api/v3/executionRules", 2)]
    [InlineData("GET /api/v3/ticker/24hr", 2)]
    public void An_empty_symbols_list_pays_for_one_symbol(string route, int weight) =>
        Assert.Equal(weight, Route(route).Weight.Evaluate(new WeightInputs { SymbolCount = 0 }));

    [Fact]
    public void Prevented_matches_weigh_2_for_an_invalid_symbol_whatever_else_is_sent()
    {
        var rule = Route("GET /api/v3/myPreventedMatches").Weight;
        Assert.Equal(2, rule.Evaluate(new WeightInputs { Parameters = ["symbol", "orderId"], IsUnknownSymbol = true }));
        Assert.Equal(20, rule.Evaluate(new WeightInputs { Parameters = ["symbol", "orderId"] }));
        Assert.Equal(2, rule.Evaluate(new WeightInputs { Parameters = ["symbol", "preventedMatchId"] }));
    }

    [Fact]
    public void My_trades_weighs_5_with_order_id_and_20_without()
    {
        var rule = Route("GET /api/v3/myTrades").Weight;
        Assert.Equal(5, rule.Evaluate(new WeightInputs { Parameters = ["symbol", "orderId"] }));
        Assert.Equal(20, rule.Evaluate(new WeightInputs { Parameters = ["symbol"] }));
    }

    [Theory]
    [InlineData("GET /api/v3/ticker/tradingDay", 1, 4)]
    [InlineData("GET /api/v3/ticker/tradingDay", 50, 200)]
    [InlineData("GET /api/v3/ticker/tradingDay", 51, 200)]
    [InlineData("GET /api/v3/ticker/tradingDay", 100, 200)]
    [InlineData("GET /api/v3/ticker", 10, 40)]
    [InlineData("GET /api/v3/ticker", 75, 200)]
    [InlineData("GET /api/v3/executionRules", 3, 6)]
    [InlineData("GET /api/v3/executionRules", 30, 40)]
    [InlineData("GET /api/v3/ticker/price", 3, 4)]
    [InlineData("GET /api/v3/ticker/bookTicker", 300, 4)]
    public void Per_symbol_weights_are_capped(string route, int symbols, int weight)
    {
        Assert.Equal(weight, Route(route).Weight.Evaluate(new WeightInputs { SymbolCount = symbols }));
    }

    [Theory]
    [InlineData("GET /api/v3/executionRules", null, 40)]
    [InlineData("GET /api/v3/executionRules", "symbol", 2)]
    [InlineData("GET /api/v3/ticker/price", null, 4)]
    [InlineData("GET /api/v3/ticker/price", "symbol", 2)]
    [InlineData("GET /api/v3/ticker/bookTicker", "symbol", 2)]
    [InlineData("GET /api/v3/openOrders", "symbol", 6)]
    [InlineData("GET /api/v3/openOrders", null, 80)]
    [InlineData("POST /api/v3/order/test", "computeCommissionRates", 20)]
    [InlineData("POST /api/v3/order/test", null, 1)]
    [InlineData("POST /api/v3/sor/order/test", "computeCommissionRates", 20)]
    [InlineData("GET /api/v3/myPreventedMatches", "preventedMatchId", 2)]
    [InlineData("GET /api/v3/myPreventedMatches", "orderId", 20)]
    public void Weight_follows_the_deciding_parameter(string route, string? parameter, int weight)
    {
        var inputs = new WeightInputs { Parameters = parameter is null ? [] : [parameter] };
        Assert.Equal(weight, Route(route).Weight.Evaluate(inputs));
    }

    [Fact]
    public void Order_endpoints_charge_nothing_when_successful_but_the_documented_weight_when_failed()
    {
        var amend = Route("PUT /api/v3/order/amend/keepPriority").Weight;
        Assert.Equal(0, amend.Charge(WeightInputs.None, succeeded: true));
        Assert.Equal(4, amend.Charge(WeightInputs.None, succeeded: false));

        var test = Route("POST /api/v3/order/test").Weight;
        Assert.Equal(1, test.Charge(WeightInputs.None, succeeded: true));
    }

    private static RestEndpoint Route(string route)
    {
        var space = route.IndexOf(' ', StringComparison.Ordinal);
        return EndpointTable.FindRest(route[..space], route[(space + 1)..]) ?? throw new InvalidOperationException(route + " is not in the table");
    }

    private static IEnumerable<string> Section(string startHeading, string endHeading) =>
        _spec.Value.SkipWhile(line => !line.StartsWith(startHeading, StringComparison.Ordinal)).Skip(1)
            .TakeWhile(line => !line.StartsWith(endHeading, StringComparison.Ordinal));

    private static List<SpecRow> RestRows()
    {
        var rows = new List<SpecRow>();
        foreach (var line in Section("### b.1", "### b.3"))
        {
            var cells = Cells(line);
            if (cells.Length > 4 && RoutePattern().Match(cells[1]) is { Success: true } route)
            {
                var security = line.Contains("| `GET /api/v3/", StringComparison.Ordinal) && cells[2] is "NONE" or "USER_DATA" ? cells[2] : "NONE";
                var weight = security == cells[2] ? cells[3] : cells[2];
                rows.Add(new SpecRow(route.Value, ParseSecurity(security), FixedWeightOf(weight), weight.Contains('⓪', StringComparison.Ordinal), 0, null));
            }
        }

        foreach (var line in Section("### b.3", "### b.4").Where(line => line.StartsWith("**#", StringComparison.Ordinal)))
        {
            var heading = TradingHeadingPattern().Match(line);
            Assert.True(heading.Success, line);
            var weight = WeightPattern().Match(line);
            var orders = UnfilledOrderCountPattern().Match(line);
            rows.Add(new SpecRow(
                heading.Groups[1].Value,
                ParseSecurity(heading.Groups[2].Value),
                weight.Success ? int.Parse(weight.Groups[1].Value, CultureInfo.InvariantCulture) : null,
                line.Contains('⓪', StringComparison.Ordinal),
                orders.Success ? int.Parse(orders.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
                null));
        }

        foreach (var line in Section("### b.4", "### b.5"))
        {
            var cells = Cells(line);
            if (cells.Length > 4 && RoutePattern().Match(cells[1]) is { Success: true } route)
            {
                rows.Add(new SpecRow(route.Value, SecurityType.UserData, FixedWeightOf(cells[2]), false, 0, null));
            }
        }

        return rows;
    }

    private static List<SpecRow> WebSocketRows()
    {
        var rows = new List<SpecRow>();
        foreach (var line in Section("### c.5", "**Results.**"))
        {
            var cells = Cells(line);
            if (cells.Length < 7 || !int.TryParse(cells[0], CultureInfo.InvariantCulture, out _))
            {
                continue;
            }

            var orders = UnfilledOrderCountInCellPattern().Match(cells[3]);
            var rest = RoutePattern().Match(cells[6]);
            rows.Add(new SpecRow(
                cells[1].Trim('`'),
                ParseSecurity(cells[2].Split(' ')[0]),
                FixedWeightOf(cells[3]),
                cells[3].Contains('⓪', StringComparison.Ordinal),
                orders.Success ? int.Parse(orders.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
                rest.Success ? rest.Value : null));
        }

        return rows;
    }

    // Cells are split on unescaped pipes only: parameter cells contain "`symbol` \\| `symbols`".
    private static string[] Cells(string line) =>
        CellSeparatorPattern().Split(line.Trim().Trim('|')).Select(cell => cell.Trim()).ToArray();

    // A weight cell that is just a number (optionally "⓪" and an order count) is a fixed weight.
    private static int? FixedWeightOf(string cell)
    {
        var match = FixedWeightCellPattern().Match(cell.Replace("*", string.Empty, StringComparison.Ordinal));
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private static SecurityType ParseSecurity(string text) => text switch
    {
        "NONE" => SecurityType.None,
        "TRADE" => SecurityType.Trade,
        "USER_DATA" => SecurityType.UserData,
        "USER_STREAM" => SecurityType.UserStream,
        "SIGNED" => SecurityType.Signed,
        _ => throw new FormatException("Unknown security type " + text),
    };

    private sealed record SpecRow(string Route, SecurityType Security, int? FixedWeight, bool ZeroOnSuccess, int UnfilledOrderCount, string? RestRoute)
    {
        public string Name => Route;
    }

    [GeneratedRegex(@"(GET|POST|PUT|DELETE) /api/v3/[A-Za-z0-9/]+")]
    private static partial Regex RoutePattern();

    [GeneratedRegex(@"^\*\*#\d+ `((?:GET|POST|PUT|DELETE) /api/v3/[A-Za-z0-9/]+)`.*? (TRADE|USER_DATA)\.")]
    private static partial Regex TradingHeadingPattern();

    [GeneratedRegex(@" (?:TRADE|USER_DATA)\. \*{0,2}w(\d+)\b")]
    private static partial Regex WeightPattern();

    [GeneratedRegex(@"\*\*UOC (\d+)\.\*\*")]
    private static partial Regex UnfilledOrderCountPattern();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSeparatorPattern();

    [GeneratedRegex(@"\(UOC (\d+)\)")]
    private static partial Regex UnfilledOrderCountInCellPattern();

    [GeneratedRegex(@"^(\d+)(?: ⓪)?(?: \(UOC \d+\))?$")]
    private static partial Regex FixedWeightCellPattern();
}
