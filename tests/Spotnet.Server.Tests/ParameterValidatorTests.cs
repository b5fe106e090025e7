using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Errors;
using Spotnet.Server.Api;
using Spotnet.Server.Configuration;

namespace Spotnet.Server.Tests;

public sealed class ParameterValidatorTests
{
    private static readonly SymbolCatalog Symbols = new(DefaultMarket.Symbols());

    private static readonly ApiRoute Route = new(
        EndpointTable.FindRest(EndpointId.ExchangeInfo)!,
        [
            new("symbol", ParameterKind.Symbol),
            new("limit", ParameterKind.Int),
            new("quantity", ParameterKind.Decimal, Required: true),
            ParameterSpec.Enum("side", false, SpotError.InvalidSide, "BUY", "SELL"),
        ],
        _ => throw new InvalidOperationException());

    private static SpotError? Validate(string query) => ParameterValidator.Validate(Route, RequestParameters.Parse(query, []), Symbols);

    [Fact]
    public void Checks_run_in_the_documented_order()
    {
        // Each query has two faults; the earlier check in the order must win.
        Assert.Equal(-1101, Validate("quantity=1&quantity=2&symbol=%27")!.Value.Code);
        Assert.Equal(-1100, Validate("symbol=%27&unknown=1")!.Value.Code);
        Assert.Equal(-1104, Validate("unknown=1&side=HOLD")!.Value.Code);
        Assert.Equal(-1102, Validate("limit=99999999999")!.Value.Code);
        Assert.Equal(-1108, Validate("quantity=1.123456789&limit=99999999999")!.Value.Code);
        Assert.Equal(-1111, Validate("quantity=1.123456789&side=HOLD")!.Value.Code);
        Assert.Equal(-1117, Validate("quantity=1&side=HOLD&symbol=NOSUCH")!.Value.Code);
        Assert.Equal(-1121, Validate("quantity=1&symbol=NOSUCH")!.Value.Code);
        Assert.Null(Validate("quantity=1&symbol=BTCUSDT&side=SELL&limit=5"));
    }

    [Fact]
    public void Within_one_check_the_first_spec_in_route_order_wins()
    {
        // Overflow and precision are reported spec by spec in the route's order, whatever order the request sends.
        Assert.Equal("Parameter 'limit' overflowed.", Validate("quantity=99999999999999999999&limit=99999999999&symbol=BTCUSDT")!.Value.Message);
        Assert.Equal(-1111, Validate("limit=5&quantity=1.123456789")!.Value.Code);
        // Illegal characters are reported in the order the request sends them.
        Assert.Equal(-1100, Validate("limit=x&quantity=y")!.Value.Code);
        Assert.Contains("'limit'", Validate("limit=x&quantity=y")!.Value.Message, StringComparison.Ordinal);
        Assert.Contains("'quantity'", Validate("quantity=y&limit=x")!.Value.Message, StringComparison.Ordinal);
        // A malformed escape is illegal even where any text is legal; an empty optional value is -1105.
        Assert.Equal(-1100, Validate("quantity=1&side=%G1")!.Value.Code);
        Assert.Equal(-1105, Validate("quantity=1&limit=")!.Value.Code);
    }

    [Fact]
    public void Signed_routes_read_timestamp_recv_window_and_signature()
    {
        var signed = Route with { Endpoint = EndpointTable.FindRest(EndpointId.NewOrder)! };
        Assert.Null(ParameterValidator.Validate(signed, RequestParameters.Parse("quantity=1&timestamp=1&recvWindow=5000&signature=x", []), Symbols));
        Assert.Equal(-1104, ParameterValidator.Validate(Route, RequestParameters.Parse("quantity=1&timestamp=1", []), Symbols)!.Value.Code);
    }

    [Fact]
    public void Symbols_match_exact_code_points_only()
    {
        Assert.Null(Validate("quantity=1&symbol=" + Uri.EscapeDataString("这是测试币456")));
        Assert.Equal(-1121, Validate("quantity=1&symbol=btcusdt")!.Value.Code);
    }

    [Theory]
    [InlineData("[\"A\",\"B\"]", 2)]
    [InlineData("[]", 0)]
    public void String_arrays_parse(string text, int count) =>
        Assert.Equal(count, ParameterValidator.ParseStringArray(text)!.Count);

    [Theory]
    [InlineData("[\"A\"")]
    [InlineData("[1]")]
    [InlineData("\"A\"")]
    [InlineData("[\"A\"] x")]
    public void Malformed_string_arrays_are_null(string text) => Assert.Null(ParameterValidator.ParseStringArray(text));
}
