using System.Text;
using Spotnet.Protocol.Signing;
using Spotnet.Server.Api;

namespace Spotnet.Server.Tests;

public sealed class RequestParametersTests
{
    private const string Secret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";

    [Fact]
    public void Query_values_win_over_body_values_and_both_count_once()
    {
        var parameters = RequestParameters.Parse("symbol=BTCUSDT&quantity=1", "quantity=2&price=3"u8);
        Assert.Equal(["symbol", "quantity", "price"], parameters.Effective.Select(parameter => parameter.Name));
        Assert.Equal("1", parameters.Get("quantity"));
        Assert.False(parameters.HasDuplicates);
    }

    [Fact]
    public void A_name_twice_in_the_same_part_is_a_duplicate()
    {
        Assert.True(RequestParameters.Parse("a=1&a=2", []).HasDuplicates);
        Assert.True(RequestParameters.Parse("", "a=1&a=2"u8).HasDuplicates);
        Assert.True(RequestParameters.Parse("a=3", "a=1&a=2"u8).HasDuplicates);
        Assert.False(RequestParameters.Parse("a=3", "b=1&a=2"u8).HasDuplicates);
    }

    [Fact]
    public void Names_any_endpoint_reads_are_the_shared_strings()
    {
        var parameters = RequestParameters.Parse("symbol=BTCUSDT&newClientOrderId=a", "timestamp=1&signature=x"u8);
        // The endpoint table's literals and these are the same interned strings: no copy per request.
        Assert.All(parameters.Effective, parameter => Assert.Same(string.Intern(parameter.Name), parameter.Name));
        Assert.Equal(["symbol", "newClientOrderId", "timestamp", "signature"], parameters.Effective.Select(parameter => parameter.Name));
    }

    [Fact]
    public void Escaped_unknown_and_long_names_decode_as_before()
    {
        var longName = new string('n', 80);
        var parameters = RequestParameters.Parse($"%73ymbol=A&my+name=1&{longName}=2&Symbol=3&bad%G1=4", []);
        Assert.Equal(["symbol", "my name", longName, "Symbol", ""], parameters.Effective.Select(parameter => parameter.Name));
        Assert.Equal("A", parameters.Get("symbol"));
        Assert.Equal("2", parameters.Get(longName));
        Assert.Equal("3", parameters.Get("Symbol"));
        // An escaped spelling of a known name is the same name: sending both is a duplicate.
        Assert.True(RequestParameters.Parse("symbol=A&%73ymbol=B", []).HasDuplicates);
    }

    [Fact]
    public void A_second_body_value_of_a_name_the_query_shadows_is_a_duplicate()
    {
        var parameters = RequestParameters.Parse("symbol=A", "symbol=B&symbol=C"u8);
        Assert.True(parameters.HasDuplicates);
        Assert.Equal("A", parameters.Get("symbol"));
    }

    [Fact]
    public void Values_are_form_decoded_and_bad_escapes_are_malformed()
    {
        var parameters = RequestParameters.Parse("s=%E8%BF%99+x&bad=%G1&utf=%FF%FE&empty=", []);
        Assert.Equal("这 x", parameters.Get("s"));
        Assert.True(parameters.Find("bad")!.IsMalformed);
        Assert.True(parameters.Find("utf")!.IsMalformed);
        Assert.Equal("", parameters.Get("empty"));
    }

    [Fact]
    public void Signature_verifies_over_the_spec_example_query()
    {
        // K1 from security-anchors.md §6.0: the spec's HMAC example.
        const string Query = "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559";
        var parameters = RequestParameters.Parse(Query + "&signature=c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71", []);
        using var verifier = SignatureVerifier.ForHmacSecret(Encoding.ASCII.GetBytes(Secret));
        Assert.True(parameters.VerifySignature(verifier));
    }

    [Fact]
    public void Signature_over_query_and_body_has_no_separator()
    {
        // The spec's mixed example: query "symbol=...&timeInForce=GTC", body "quantity=1&price=0.1&recvWindow=5000&timestamp=...".
        var parameters = RequestParameters.Parse(
            "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC",
            "quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559&signature=0fd168b8ddb4876a0358a8d14d0c9f3da0e9b20c5d52b2a00fcf7d1c602f9a77"u8);
        using var verifier = SignatureVerifier.ForHmacSecret(Encoding.ASCII.GetBytes(Secret));
        Assert.True(parameters.VerifySignature(verifier));
    }

    [Fact]
    public void Signature_not_last_in_its_part_never_verifies()
    {
        const string Query = "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559";
        var parameters = RequestParameters.Parse(Query + "&signature=c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71&x=1", []);
        using var verifier = SignatureVerifier.ForHmacSecret(Encoding.ASCII.GetBytes(Secret));
        Assert.False(parameters.VerifySignature(verifier));
    }

    [Fact]
    public void Weight_inputs_read_limit_symbols_and_flags()
    {
        var parameters = RequestParameters.Parse("limit=500&symbols=%5B%22A%22,%22B%22%5D&computeCommissionRates=true&flag=false", []);
        Assert.Equal(500, parameters.Limit);
        Assert.Equal(2, parameters.SymbolCount);
        Assert.True(parameters.IsSet("computeCommissionRates"));
        Assert.False(parameters.IsSet("flag"));
        Assert.False(parameters.IsSet("missing"));
    }
}
