namespace Spotnet.EndToEnd.Tests;

public sealed class AuthenticationTests
{
    private const string Path = "/api/v3/rateLimit/order";

    [Theory]
    [InlineData("HMAC")]
    [InlineData("RSA")]
    [InlineData("ED25519")]
    public async Task Signed_request_with_each_key_type_succeeds(string type)
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync(type);

        var reply = await server.SendAsync(HttpMethod.Get, Path, $"timestamp={server.NowMilliseconds}", signer: signer);

        Assert.Equal(200, reply.Status);
        Assert.Equal("ORDERS", reply.Json[0].GetProperty("rateLimitType").GetString());
        Assert.Equal("40", reply.Header("X-MBX-USED-WEIGHT-1M"));
    }

    [Fact]
    public async Task Request_without_api_key_header_returns_minus_2014()
    {
        await using var server = await TestServer.StartAsync();
        var reply = await server.SendAsync(HttpMethod.Get, Path, $"timestamp={server.NowMilliseconds}&signature=00");
        reply.AssertError(401, -2014, "API-key format invalid.");
    }

    [Theory]
    [InlineData("short")]
    [InlineData("vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8")]
    [InlineData("vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8!")]
    [InlineData("vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91du h8A")]
    public async Task Malformed_api_key_returns_minus_2014(string key)
    {
        await using var server = await TestServer.StartAsync();
        var reply = await server.SendAsync(HttpMethod.Get, Path, $"timestamp={server.NowMilliseconds}&signature=00",
            configure: request => request.Headers.TryAddWithoutValidation("X-MBX-APIKEY", key));
        reply.AssertError(401, -2014, "API-key format invalid.");
    }

    [Fact]
    public async Task Two_api_key_headers_return_minus_2014()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync();
        var reply = await server.SendAsync(HttpMethod.Get, Path, $"timestamp={server.NowMilliseconds}", signer: signer,
            configure: request => request.Headers.Add("X-MBX-APIKEY", new string('a', 64)));
        reply.AssertError(401, -2014, "API-key format invalid.");
    }

    [Fact]
    public async Task Never_issued_key_returns_minus_2015()
    {
        await using var server = await TestServer.StartAsync();
        var reply = await server.SendAsync(HttpMethod.Get, Path, $"timestamp={server.NowMilliseconds}&signature=00",
            configure: request => request.Headers.Add("X-MBX-APIKEY", new string('a', 64)));
        reply.AssertError(401, -2015, "Invalid API-key, IP, or permissions for action.");
    }

    [Fact]
    public async Task Revoked_key_is_rejected_on_the_very_next_request()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync();
        Assert.Equal(200, (await server.SendAsync(HttpMethod.Get, Path, $"timestamp={server.NowMilliseconds}", signer: signer)).Status);

        var (revoke, _) = await server.AdminAsync(HttpMethod.Delete, $"/admin/v1/accounts/{signer.AccountId}/api-keys/{signer.KeyId}");
        Assert.Equal(200, (int)revoke.StatusCode);

        var reply = await server.SendAsync(HttpMethod.Get, Path, $"timestamp={server.NowMilliseconds}", signer: signer);
        reply.AssertError(401, -2015, "Invalid API-key, IP, or permissions for action.");
    }

    [Fact]
    public async Task Key_restricted_to_another_network_returns_minus_2015_even_with_forwarded_for()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync("HMAC", ", \"ipRestrict\": [\"10.0.0.0/8\"]");
        var reply = await server.SendAsync(HttpMethod.Get, Path, $"timestamp={server.NowMilliseconds}", signer: signer,
            configure: request => request.Headers.Add("X-Forwarded-For", "10.1.2.3"));
        reply.AssertError(401, -2015, "Invalid API-key, IP, or permissions for action.");
    }

    // An IPv4-mapped entry is that IPv4 address (S34).
    [Theory]
    [InlineData("ED25519", "\"127.0.0.1\", \"::1\"")]
    [InlineData("HMAC", "\"::ffff:127.0.0.1\"")]
    public async Task Key_restricted_to_loopback_is_accepted_from_loopback(string type, string entries)
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync(type, $", \"ipRestrict\": [{entries}]");
        var reply = await server.SendAsync(HttpMethod.Get, Path, $"timestamp={server.NowMilliseconds}", signer: signer);
        Assert.Equal(200, reply.Status);
    }

    // Bytes that are not UTF-8 (here Latin-1) in the API's own headers get Binance's answer, not a bare 400 from the
    // HTTP layer (security-anchors §6.1 #2: a non-ASCII key is -2014).
    [Theory]
    [InlineData("X-MBX-APIKEY: caf\u00e9", 401, "{\"code\":-2014,\"msg\":\"API-key format invalid.\"}")]
    [InlineData("X-MBX-TIME-UNIT: \u00b5s", 400, "{\"code\":-1194,\"msg\":\"Invalid value for time unit; expected either MICROSECOND or MILLISECOND.\"}")]
    public async Task Api_headers_with_bytes_that_are_not_utf8_get_binances_error(string header, int status, string body)
    {
        await using var server = await TestServer.StartAsync();
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
        await socket.ConnectAsync(System.Net.IPAddress.Loopback, server.Http.BaseAddress!.Port);
        var request = $"GET {Path}?timestamp={server.NowMilliseconds}&signature=00 HTTP/1.1\r\nHost: 127.0.0.1\r\n{header}\r\nConnection: close\r\n\r\n";
        await socket.SendAsync(System.Text.Encoding.Latin1.GetBytes(request), System.Net.Sockets.SocketFlags.None);

        var received = new List<byte>();
        var buffer = new byte[4096];
        int read;
        while ((read = await socket.ReceiveAsync(buffer, System.Net.Sockets.SocketFlags.None)) > 0)
        {
            received.AddRange(buffer.AsSpan(0, read));
        }

        var answer = System.Text.Encoding.UTF8.GetString([.. received]);
        Assert.StartsWith($"HTTP/1.1 {status} ", answer, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\n" + body, answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Key_without_trading_permission_cannot_trade_but_can_read()
    {
        await using var server = await TestServer.StartAsync(routes => Probe.Map(routes));
        var signer = await server.CreateKeyAsync("HMAC", ", \"enableSpotAndMarginTrading\": false");

        var trade = await server.SendAsync(HttpMethod.Post, Probe.TradePath, $"symbol=BTCUSDT&timestamp={server.NowMilliseconds}", signer: signer);
        trade.AssertError(401, -2015, "Invalid API-key, IP, or permissions for action.");
        var read = await server.SendAsync(HttpMethod.Get, Path, $"timestamp={server.NowMilliseconds}", signer: signer);
        Assert.Equal(200, read.Status);
    }

    [Fact]
    public async Task Key_without_reading_permission_cannot_read()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync("HMAC", ", \"enableReading\": false");
        var reply = await server.SendAsync(HttpMethod.Get, Path, $"timestamp={server.NowMilliseconds}", signer: signer);
        reply.AssertError(401, -2015, "Invalid API-key, IP, or permissions for action.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("&signature=")]
    public async Task Missing_or_empty_signature_returns_minus_1102(string signature)
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync();
        var reply = await server.SendAsync(HttpMethod.Get, Path, $"timestamp={server.NowMilliseconds}{signature}",
            configure: request => request.Headers.Add("X-MBX-APIKEY", signer.ApiKey));
        reply.AssertError(400, -1102, "Mandatory parameter 'signature' was not sent, was empty/null, or malformed.");
    }

    [Fact]
    public async Task Hmac_signature_in_uppercase_hex_is_accepted()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync();
        var query = $"timestamp={server.NowMilliseconds}";
        var reply = await SendWithSignature(server, signer, query, signer.Sign(query).ToUpperInvariant());
        Assert.Equal(200, reply.Status);
    }

    [Theory]
    [InlineData("flip")]
    [InlineData("short")]
    [InlineData("long")]
    [InlineData("nonhex")]
    [InlineData("base64")]
    public async Task Bad_hmac_signature_returns_minus_1022(string damage)
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync();
        var query = $"timestamp={server.NowMilliseconds}";
        var good = signer.Sign(query);
        var bad = damage switch
        {
            "flip" => (good[0] == '0' ? "1" : "0") + good[1..],
            "short" => good[..63],
            "long" => good + "0",
            "nonhex" => "g" + good[1..],
            _ => Uri.EscapeDataString(Convert.ToBase64String(Convert.FromHexString(good))),
        };
        var reply = await SendWithSignature(server, signer, query, bad);
        reply.AssertError(400, -1022, "Signature for this request is not valid.");
    }

    [Fact]
    public async Task Rsa_signature_with_one_character_case_flipped_returns_minus_1022()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync("RSA");
        var query = $"timestamp={server.NowMilliseconds}";
        var good = signer.Sign(query);
        var index = good.IndexOf(good.First(char.IsLetter));
        var flipped = good[..index] + (char.IsUpper(good[index]) ? char.ToLowerInvariant(good[index]) : char.ToUpperInvariant(good[index])) + good[(index + 1)..];
        var reply = await SendWithSignature(server, signer, query, Uri.EscapeDataString(flipped));
        reply.AssertError(400, -1022, "Signature for this request is not valid.");
    }

    [Fact]
    public async Task Rsa_pss_signature_returns_minus_1022()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync("RSA");
        var query = $"timestamp={server.NowMilliseconds}";
        var reply = await SendWithSignature(server, signer, query, Uri.EscapeDataString(signer.SignPss(query)));
        reply.AssertError(400, -1022, "Signature for this request is not valid.");
    }

    [Fact]
    public async Task Ed25519_signature_sent_without_percent_encoding_returns_minus_1022()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync("ED25519");
        // Find a timestamp whose signature holds a '+', which turns into a space when not percent-encoded.
        string query, signature;
        var offset = 0;
        do
        {
            query = $"timestamp={server.NowMilliseconds - offset++}";
            signature = signer.Sign(query);
        }
        while (!signature.Contains('+', StringComparison.Ordinal));

        var reply = await SendWithSignature(server, signer, query, signature);
        reply.AssertError(400, -1022, "Signature for this request is not valid.");
    }

    [Fact]
    public async Task Ed25519_hex_signature_returns_minus_1022()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync("ED25519");
        var query = $"timestamp={server.NowMilliseconds}";
        var hex = Convert.ToHexString(Convert.FromBase64String(signer.Sign(query)));
        var reply = await SendWithSignature(server, signer, query, hex);
        reply.AssertError(400, -1022, "Signature for this request is not valid.");
    }

    [Fact]
    public async Task Parameters_signed_in_a_different_order_than_sent_return_minus_1022()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync();
        var now = server.NowMilliseconds;
        var signature = signer.Sign($"recvWindow=5000&timestamp={now}");
        var reply = await SendWithSignature(server, signer, $"timestamp={now}&recvWindow=5000", signature);
        reply.AssertError(400, -1022, "Signature for this request is not valid.");
    }

    [Fact]
    public async Task Parameter_after_the_signature_returns_minus_1022()
    {
        await using var server = await TestServer.StartAsync();
        var signer = await server.CreateKeyAsync();
        var query = $"timestamp={server.NowMilliseconds}";
        var reply = await server.SendAsync(HttpMethod.Get, Path, $"{query}&signature={signer.Sign(query)}&recvWindow=5000",
            configure: request => request.Headers.Add("X-MBX-APIKEY", signer.ApiKey));
        reply.AssertError(400, -1022, "Signature for this request is not valid.");
    }

    [Fact]
    public async Task Query_and_body_signed_together_without_separator_are_accepted()
    {
        await using var server = await TestServer.StartAsync(routes => Probe.Map(routes));
        var signer = await server.CreateKeyAsync("RSA");
        var reply = await server.SendAsync(HttpMethod.Post, Probe.TradePath, "symbol=BTCUSDT&quantity=1",
            $"timestamp={server.NowMilliseconds}", signer, signatureInBody: true);
        Assert.Equal(200, reply.Status);
        Assert.Equal("1", reply.Json.GetProperty("quantity").GetString());
    }

    [Fact]
    public async Task Query_and_body_with_signature_over_the_query_only_return_minus_1022()
    {
        await using var server = await TestServer.StartAsync(routes => Probe.Map(routes));
        var signer = await server.CreateKeyAsync();
        var query = $"symbol=BTCUSDT&timestamp={server.NowMilliseconds}";
        var reply = await server.SendAsync(HttpMethod.Post, Probe.TradePath, $"{query}&signature={signer.Sign(query)}", "quantity=1",
            configure: request => request.Headers.Add("X-MBX-APIKEY", signer.ApiKey));
        reply.AssertError(400, -1022, "Signature for this request is not valid.");
    }

    [Fact]
    public async Task Unicode_symbol_signed_over_raw_utf8_instead_of_percent_encoding_returns_minus_1022()
    {
        await using var server = await TestServer.StartAsync(routes => Probe.Map(routes));
        var signer = await server.CreateKeyAsync();
        var now = server.NowMilliseconds;
        var encoded = $"symbol={Uri.EscapeDataString("这是测试币456")}&timestamp={now}";
        var wrong = signer.Sign($"symbol=这是测试币456&timestamp={now}");
        var reply = await server.SendAsync(HttpMethod.Post, Probe.TradePath, $"{encoded}&signature={wrong}",
            configure: request => request.Headers.Add("X-MBX-APIKEY", signer.ApiKey));
        reply.AssertError(400, -1022, "Signature for this request is not valid.");

        var right = await server.SendAsync(HttpMethod.Post, Probe.TradePath, encoded, signer: signer);
        Assert.Equal(200, right.Status);
        Assert.Equal("这是测试币456", right.Json.GetProperty("symbol").GetString());
    }

    [Fact]
    public async Task Signature_over_space_as_percent_20_but_sent_as_plus_returns_minus_1022()
    {
        await using var server = await TestServer.StartAsync(routes => Probe.Map(routes));
        var signer = await server.CreateKeyAsync();
        var now = server.NowMilliseconds;
        var signature = signer.Sign($"symbol=BTCUSDT&side=%20&timestamp={now}");
        var reply = await server.SendAsync(HttpMethod.Post, Probe.TradePath, $"symbol=BTCUSDT&side=+&timestamp={now}&signature={signature}",
            configure: request => request.Headers.Add("X-MBX-APIKEY", signer.ApiKey));
        reply.AssertError(400, -1022, "Signature for this request is not valid.");
    }

    [Fact]
    public async Task Failed_authentication_does_not_reveal_whether_the_symbol_exists()
    {
        await using var server = await TestServer.StartAsync(routes => Probe.Map(routes));
        var signer = await server.CreateKeyAsync();
        var reply = await server.SendAsync(HttpMethod.Post, Probe.TradePath, $"symbol=NOSUCH&timestamp={server.NowMilliseconds}&signature=00",
            configure: request => request.Headers.Add("X-MBX-APIKEY", signer.ApiKey));
        reply.AssertError(400, -1022, "Signature for this request is not valid.");
    }

    private static Task<Reply> SendWithSignature(TestServer server, Signer signer, string query, string signature) =>
        server.SendAsync(HttpMethod.Get, Path, $"{query}&signature={signature}",
            configure: request => request.Headers.Add("X-MBX-APIKEY", signer.ApiKey));
}
