namespace Spotnet.EndToEnd.Tests;

public sealed class ParameterTests
{
    private static async Task<(TestServer Server, Signer Signer)> StartAsync()
    {
        var server = await TestServer.StartAsync(routes => Probe.Map(routes));
        return (server, await server.CreateKeyAsync());
    }

    private static Task<Reply> Order(TestServer server, Signer signer, string query, string? body = null) =>
        server.SendAsync(HttpMethod.Post, Probe.TradePath, query + $"&timestamp={server.NowMilliseconds}", body, signer);

    [Fact]
    public async Task Misspelled_parameter_returns_minus_1104_with_counts()
    {
        var (server, signer) = await StartAsync();
        await using var _ = server;
        var reply = await Order(server, signer, "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInforce=GTC&quantity=1&price=0.1");
        reply.AssertError(400, -1104, "Not all sent parameters were read; read '7' parameter(s) but was sent '8'.");
    }

    [Fact]
    public async Task Duplicate_parameter_returns_minus_1101()
    {
        var (server, signer) = await StartAsync();
        await using var _ = server;
        var reply = await Order(server, signer, "symbol=BTCUSDT&symbol=ETHUSDT");
        reply.AssertError(400, -1101, "Duplicate values for a parameter detected.");
    }

    [Fact]
    public async Task Query_string_value_wins_over_the_body_value()
    {
        var (server, signer) = await StartAsync();
        await using var _ = server;
        var reply = await Order(server, signer, "symbol=BTCUSDT&quantity=1", "quantity=2");
        Assert.Equal(200, reply.Status);
        Assert.Equal("1", reply.Json.GetProperty("quantity").GetString());
    }

    [Fact]
    public async Task More_parameters_than_the_endpoint_takes_returns_minus_1101()
    {
        var (server, signer) = await StartAsync();
        await using var _ = server;
        var reply = await Order(server, signer, "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=1&a=1&b=2");
        reply.AssertError(400, -1101, "Too many parameters; expected '9' and received '10'.");
    }

    [Theory]
    [InlineData("application/json", "{\"symbol\":\"BTCUSDT\"}")]
    [InlineData("text/plain", "symbol=BTCUSDT")]
    public async Task Body_that_is_not_a_form_is_ignored(string contentType, string body)
    {
        var (server, signer) = await StartAsync();
        await using var _ = server;
        var query = $"timestamp={server.NowMilliseconds}";
        var reply = await server.SendAsync(HttpMethod.Post, Probe.TradePath, $"{query}&signature={signer.Sign(query)}", configure: request =>
        {
            request.Headers.Add("X-MBX-APIKEY", signer.ApiKey);
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, contentType);
        });
        reply.AssertError(400, -1102, "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.");
    }

    [Fact]
    public async Task Empty_mandatory_parameter_returns_minus_1102()
    {
        var (server, signer) = await StartAsync();
        await using var _ = server;
        var reply = await Order(server, signer, "symbol=");
        reply.AssertError(400, -1102, "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.");
    }

    [Fact]
    public async Task Empty_optional_parameter_returns_minus_1105()
    {
        var (server, signer) = await StartAsync();
        await using var _ = server;
        var reply = await Order(server, signer, "symbol=BTCUSDT&price=");
        reply.AssertError(400, -1105, "Parameter 'price' was empty.");
    }

    [Theory]
    [InlineData("FOOBAR")]
    [InlineData("btcusdt")]
    [InlineData("%EF%BC%A2%EF%BC%B4%EF%BC%A3%EF%BC%B5%EF%BC%B3%EF%BC%A4%EF%BC%B4")]
    [InlineData("%D0%92%D0%A2%D0%A1USDT")]
    public async Task Unknown_lower_case_full_width_or_look_alike_symbol_returns_minus_1121(string symbol)
    {
        var (server, signer) = await StartAsync();
        await using var _ = server;
        var reply = await Order(server, signer, $"symbol={symbol}");
        reply.AssertError(400, -1121, "Invalid symbol.");
    }

    [Theory]
    [InlineData("BTCUSDT%27%20OR%201%3D1--")]
    [InlineData("BTCUSDT%00")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTU")]
    [InlineData("%3Cscript%3E")]
    public async Task Symbol_with_illegal_characters_or_too_long_returns_minus_1100(string symbol)
    {
        var (server, signer) = await StartAsync();
        await using var _ = server;
        var reply = await Order(server, signer, $"symbol={symbol}");
        reply.AssertError(400, -1100, "Illegal characters found in parameter 'symbol'; legal range is '^[\\w\\-._]{1,20}$'.");
    }

    [Theory]
    [InlineData("side=HOLD", -1117, "Invalid side.")]
    [InlineData("type=FOO", -1116, "Invalid orderType.")]
    [InlineData("timeInForce=XYZ", -1115, "Invalid timeInForce.")]
    public async Task Unknown_enum_value_returns_its_own_code(string parameter, int code, string message)
    {
        var (server, signer) = await StartAsync();
        await using var _ = server;
        var reply = await Order(server, signer, $"symbol=BTCUSDT&{parameter}");
        reply.AssertError(400, code, message);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1e-3")]
    [InlineData("1%2C5")]
    [InlineData("%2B1")]
    [InlineData("%201")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("0.000000000000000000001")]
    public async Task Malformed_quantity_returns_minus_1100(string quantity)
    {
        var (server, signer) = await StartAsync();
        await using var _ = server;
        var reply = await Order(server, signer, $"symbol=BTCUSDT&quantity={quantity}");
        reply.AssertError(400, -1100, "Illegal characters found in parameter 'quantity'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.");
    }

    [Fact]
    public async Task Quantity_with_nine_decimals_returns_minus_1111()
    {
        var (server, signer) = await StartAsync();
        await using var _ = server;
        var reply = await Order(server, signer, "symbol=BTCUSDT&quantity=0.123456789");
        reply.AssertError(400, -1111, "Parameter 'quantity' has too much precision.");
    }

    [Fact]
    public async Task Quantity_beyond_64_bits_at_8_decimals_returns_minus_1108()
    {
        var (server, signer) = await StartAsync();
        await using var _ = server;
        var reply = await Order(server, signer, "symbol=BTCUSDT&quantity=99999999999999999999");
        reply.AssertError(400, -1108, "Parameter 'quantity' overflowed.");
    }

    [Theory]
    [InlineData("%G1")]
    [InlineData("%FF%FE")]
    public async Task Malformed_percent_encoding_returns_minus_1100(string value)
    {
        var (server, signer) = await StartAsync();
        await using var _ = server;
        // In the body, because HttpClient would re-escape a bad '%' in the URL.
        var reply = await Order(server, signer, "recvWindow=5000", $"symbol={value}");
        reply.AssertError(400, -1100, "Illegal characters found in parameter 'symbol'; legal range is '^[\\w\\-._]{1,20}$'.");
    }

    [Fact]
    public async Task Parameter_with_an_empty_name_returns_minus_1104()
    {
        var (server, signer) = await StartAsync();
        await using var _ = server;
        var reply = await Order(server, signer, "symbol=BTCUSDT&=5");
        reply.AssertError(400, -1104, "Not all sent parameters were read; read '3' parameter(s) but was sent '4'.");
    }

    [Fact]
    public async Task Unicode_symbol_percent_encoded_and_signed_encoded_is_accepted()
    {
        var (server, signer) = await StartAsync();
        await using var _ = server;
        var reply = await Order(server, signer, $"symbol={Uri.EscapeDataString("这是测试币456")}");
        Assert.Equal(200, reply.Status);
        Assert.Equal("这是测试币456", reply.Json.GetProperty("symbol").GetString());
    }

    [Theory]
    [InlineData("/api/v3/foo")]
    [InlineData("/sapi/v1/capital/withdraw/apply")]
    [InlineData("/wapi/v3/withdraw.html")]
    [InlineData("/api/v3/admin/v1/accounts")]
    public async Task Unknown_paths_return_404_without_a_body(string path)
    {
        await using var server = await TestServer.StartAsync();
        var reply = await server.SendAsync(HttpMethod.Post, path);
        Assert.Equal(404, reply.Status);
        Assert.Equal("", reply.Text);
    }

    // sbe_faq.md: with only application/sbe accepted and SBE not enabled, 406; with JSON accepted too, JSON.
    [Theory]
    [InlineData("application/sbe", 406)]
    [InlineData("application/sbe, text/plain", 406)]
    [InlineData("APPLICATION/SBE; q=1", 406)]
    [InlineData("application/sbe, application/json", 200)]
    [InlineData("application/sbe, */*;q=0.1", 200)]
    [InlineData("application/json;q=0, application/sbe", 406)]
    [InlineData("application/sbe;q=0, application/json", 200)]
    [InlineData("text/html", 200)]
    public async Task A_client_accepting_only_sbe_gets_406_because_sbe_is_not_served(string accept, int status)
    {
        await using var server = await TestServer.StartAsync();
        var reply = await server.SendAsync(HttpMethod.Get, "/api/v3/exchangeInfo", "symbol=BTCUSDT", configure: request =>
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
            request.Headers.Add("X-MBX-SBE", "3:2");
        });

        Assert.Equal(status, reply.Status);
        if (status == 406)
        {
            Assert.Equal("", reply.Text);
            Assert.Equal("1", reply.Header("X-MBX-USED-WEIGHT-1M"));
        }
        else
        {
            Assert.Equal("BTCUSDT", reply.Json.GetProperty("symbols")[0].GetProperty("symbol").GetString());
        }
    }

    [Fact]
    public async Task Body_over_64_KiB_returns_413()
    {
        var (server, signer) = await StartAsync();
        await using var _ = server;
        var reply = await server.SendAsync(HttpMethod.Post, Probe.TradePath, body: "symbol=" + new string('A', 70_000));
        Assert.Equal(413, reply.Status);
    }
}
