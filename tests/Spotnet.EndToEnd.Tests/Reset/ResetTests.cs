using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Spotnet.Server.Storage;

namespace Spotnet.EndToEnd.Tests.Reset;

/// <summary>RT-7 for the parts that exist (REST): the reset on demand, what it erases and what it keeps.</summary>
public sealed class ResetTests
{
    private const string Buy = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=60000";
    private const string Sell = "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.001&price=60000";
    private static readonly long NextFirstOfMonth = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    [Fact]
    public async Task Reset_under_rest_load_erases_orders_trades_and_balances_and_keeps_keys_audit_bans_limits_and_ids()
    {
        await using var server = await TestServer.StartAsync(extraArgs:
            ["--RateLimits:OrdersPerTenSeconds=100000", "--RateLimits:RequestWeightPerMinute=100000", "--RateLimits:AuthFailuresPerMinuteBeforeBan=2"]);
        var buyer = await TradingClient.CreateAsync(server, "HMAC");
        var seller = await TradingClient.CreateAsync(server, "ED25519");
        var idle = await TradingClient.CreateAsync(server, "RSA");
        var readOnly = new TradingClient(server, await server.CreateKeyAsync(idle.Signer.AccountId, "HMAC", ", \"enableSpotAndMarginTrading\": false"));
        var restricted = await server.CreateKeyAsync(idle.Signer.AccountId, "HMAC", ", \"ipRestrict\": [\"127.0.0.2\"]");
        var allowance = Balances(await idle.OkAsync(idle.GetAsync("/api/v3/account")));

        // The idle account has history before the reset: a resting order and a trade.
        await idle.OkAsync(idle.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=50000"));
        await seller.OkAsync(seller.PostAsync("/api/v3/order", Sell));
        var idleBuy = await idle.OkAsync(idle.PostAsync("/api/v3/order", Buy));
        Assert.Equal("FILLED", idleBuy.GetProperty("status").GetString());
        var preResetTradeId = idleBuy.GetProperty("fills")[0].GetProperty("tradeId").GetInt64();

        // 127.0.0.3 is banned for failed signatures.
        using var bannedClient = LoopbackClient.From("127.0.0.3", server.Http.BaseAddress!);
        for (var i = 0; i < 3; i++)
        {
            using var bad = new HttpRequestMessage(HttpMethod.Get, $"/api/v3/account?timestamp={server.NowMilliseconds}&signature=00");
            bad.Headers.Add("X-MBX-APIKEY", buyer.Signer.ApiKey);
            await bannedClient.SendAsync(bad);
        }

        Assert.Equal(418, (await Reply.ReadAsync(await bannedClient.GetAsync("/api/v3/ping"))).Status);

        var accounts = new[] { buyer.Signer.AccountId, seller.Signer.AccountId, idle.Signer.AccountId };
        var keysBefore = await KeyListingsAsync(server, accounts);
        var store = server.App.Services.GetRequiredService<ISpotStore>();
        var auditBefore = store.ReadAudit();
        var orderCountBefore = await DayOrderCountAsync(idle);
        Assert.Equal(1, orderCountBefore);

        // REST load from two accounts trading with each other while the reset runs.
        var acks = new ConcurrentQueue<(TradingClient Owner, JsonElement Order)>();
        var failures = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        async Task LoadAsync(TradingClient client, string order)
        {
            while (!stop.IsCancellationRequested)
            {
                var reply = await client.PostAsync("/api/v3/order", order);
                if (reply.Status == 200)
                {
                    acks.Enqueue((client, reply.Json.Clone()));
                }
                else
                {
                    failures.Enqueue(reply.Text);
                }
            }
        }

        var load = new[] { Task.Run(() => LoadAsync(buyer, Buy)), Task.Run(() => LoadAsync(seller, Sell)) };
        await WaitForAsync(() => acks.Count >= 30);
        var weightBefore = await UsedWeightAsync(server);
        var (resetResponse, reset) = await server.AdminAsync(HttpMethod.Post, "/admin/v1/reset");
        var weightAfter = await UsedWeightAsync(server);
        var acksAtReset = acks.Count;
        await WaitForAsync(() => acks.Count >= acksAtReset + 30);
        await stop.CancelAsync();
        await Task.WhenAll(load);

        Assert.Empty(failures);
        Assert.Equal(200, (int)resetResponse.StatusCode);
        Assert.Equal(1, reset.GetProperty("epoch").GetInt64());
        Assert.Equal(server.NowMilliseconds, reset.GetProperty("resetTime").GetInt64());
        Assert.Equal(NextFirstOfMonth, reset.GetProperty("nextScheduledReset").GetInt64());

        // (d) Every acknowledged order lies entirely in one epoch: erased orders all precede the kept ones.
        var erased = new List<long>();
        var kept = new List<long>();
        foreach (var (owner, order) in acks)
        {
            var orderId = order.GetProperty("orderId").GetInt64();
            var query = await owner.GetAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={orderId}");
            if (query.Status == 200)
            {
                kept.Add(orderId);
            }
            else
            {
                query.AssertError(400, -2013, "Order does not exist.");
                erased.Add(orderId);
            }
        }

        Assert.True(erased.Count >= 28 && kept.Count >= 28, $"erased {erased.Count}, kept {kept.Count}");
        // (e) Ids continue: every order and trade of the new epoch has a larger id than any of the old one.
        Assert.True(erased.Max() < kept.Min(), $"an erased order {erased.Max()} follows a kept order {kept.Min()}");
        foreach (var client in new[] { buyer, seller })
        {
            var history = (await client.OkAsync(client.GetAsync("/api/v3/allOrders", "symbol=BTCUSDT"))).EnumerateArray().Select(o => o.GetProperty("orderId").GetInt64()).ToList();
            Assert.All(history, id => Assert.Contains(id, kept));
            var trades = (await client.OkAsync(client.GetAsync("/api/v3/myTrades", "symbol=BTCUSDT"))).EnumerateArray().ToList();
            Assert.NotEmpty(trades);
            Assert.All(trades, trade => Assert.Contains(trade.GetProperty("orderId").GetInt64(), kept));
            Assert.All(trades, trade => Assert.True(trade.GetProperty("id").GetInt64() > preResetTradeId));
        }

        // (c) The account untouched since the reset holds exactly a fresh allowance and no history.
        Assert.Equal(allowance, Balances(await idle.OkAsync(idle.GetAsync("/api/v3/account"))));
        Assert.Equal(0, (await idle.OkAsync(idle.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"))).GetArrayLength());
        Assert.Equal(0, (await idle.OkAsync(idle.GetAsync("/api/v3/allOrders", "symbol=BTCUSDT"))).GetArrayLength());
        Assert.Equal(0, (await idle.OkAsync(idle.GetAsync("/api/v3/myTrades", "symbol=BTCUSDT"))).GetArrayLength());

        // (b) Keys, permissions and IP lists are unchanged, and the old keys still sign.
        Assert.Equal(keysBefore, await KeyListingsAsync(server, accounts));
        (await readOnly.PostAsync("/api/v3/order", Buy)).AssertError(401, -2015, "Invalid API-key, IP, or permissions for action.");
        Assert.Equal(200, (await readOnly.GetAsync("/api/v3/account")).Status);
        (await server.SendAsync(HttpMethod.Get, "/api/v3/account", $"timestamp={server.NowMilliseconds}", signer: restricted))
            .AssertError(401, -2015, "Invalid API-key, IP, or permissions for action.");
        using var allowedClient = LoopbackClient.From("127.0.0.2", server.Http.BaseAddress!);
        Assert.Equal(200, (await LoopbackClient.SignedGetAsync(allowedClient, restricted, "/api/v3/account", $"timestamp={server.NowMilliseconds}")).Status);

        // (f) Bans and rate-limit windows survive.
        Assert.Equal(418, (await Reply.ReadAsync(await bannedClient.GetAsync("/api/v3/ping"))).Status);
        // Between the two pings each load task may have one order in flight whose weight is refunded on success;
        // a window reopened by the reset would show at most the second ping and those orders.
        Assert.True(weightBefore > 10 && weightAfter >= weightBefore + 1 - load.Length, $"weight {weightAfter} right after the reset, {weightBefore} right before it");
        Assert.Equal(orderCountBefore, await DayOrderCountAsync(idle));

        // (g) The audit log is kept, with one reset record.
        var auditAfter = store.ReadAudit();
        Assert.Equal(auditBefore.Select(record => Convert.ToHexString(record.Hash)), auditAfter.Take(auditBefore.Count).Select(record => Convert.ToHexString(record.Hash)));
        var resetRecord = Assert.Single(auditAfter, record => record.Action == "reset");
        Assert.Equal("epoch=1", resetRecord.Detail);
        Assert.Equal("admin@127.0.0.1", resetRecord.Actor);
    }

    [Fact]
    public async Task Reset_erases_the_public_trade_tape_aggregate_trades_and_klines_and_their_ids_continue()
    {
        await using var server = await TestServer.StartAsync();
        var buyer = await TradingClient.CreateAsync(server);
        var seller = await TradingClient.CreateAsync(server);
        await buyer.OkAsync(buyer.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=50000"));
        await seller.OkAsync(seller.PostAsync("/api/v3/order", Sell));
        await buyer.OkAsync(buyer.PostAsync("/api/v3/order", Buy));
        Assert.Equal(1, (await server.SendAsync(HttpMethod.Get, "/api/v3/depth", "symbol=BTCUSDT")).Json.GetProperty("bids").GetArrayLength());
        var before = (await server.SendAsync(HttpMethod.Get, "/api/v3/trades", "symbol=BTCUSDT")).Json;
        var aggregateBefore = (await server.SendAsync(HttpMethod.Get, "/api/v3/aggTrades", "symbol=BTCUSDT")).Json;
        Assert.Equal(1, before.GetArrayLength());
        Assert.Equal(1, (await server.SendAsync(HttpMethod.Get, "/api/v3/klines", "symbol=BTCUSDT&interval=1m")).Json.GetArrayLength());

        await server.AdminAsync(HttpMethod.Post, "/admin/v1/reset");

        Assert.Equal("[]", (await server.SendAsync(HttpMethod.Get, "/api/v3/trades", "symbol=BTCUSDT")).Text);
        Assert.Equal("[]", (await server.SendAsync(HttpMethod.Get, "/api/v3/aggTrades", "symbol=BTCUSDT")).Text);
        Assert.Equal("[]", (await server.SendAsync(HttpMethod.Get, "/api/v3/klines", "symbol=BTCUSDT&interval=1m")).Text);
        var ticker = (await server.SendAsync(HttpMethod.Get, "/api/v3/ticker/24hr", "symbol=BTCUSDT")).Json;
        Assert.Equal(0, ticker.GetProperty("count").GetInt64());
        Assert.Equal(0, (await server.SendAsync(HttpMethod.Get, "/api/v3/depth", "symbol=BTCUSDT")).Json.GetProperty("bids").GetArrayLength());

        await seller.OkAsync(seller.PostAsync("/api/v3/order", Sell));
        await buyer.OkAsync(buyer.PostAsync("/api/v3/order", Buy));
        var after = Assert.Single((await server.SendAsync(HttpMethod.Get, "/api/v3/trades", "symbol=BTCUSDT")).Json.EnumerateArray());
        var aggregateAfter = Assert.Single((await server.SendAsync(HttpMethod.Get, "/api/v3/aggTrades", "symbol=BTCUSDT")).Json.EnumerateArray());
        Assert.Equal(before[0].GetProperty("id").GetInt64() + 1, after.GetProperty("id").GetInt64());
        Assert.Equal(aggregateBefore[0].GetProperty("a").GetInt64() + 1, aggregateAfter.GetProperty("a").GetInt64());
        Assert.Equal(1, (await server.SendAsync(HttpMethod.Get, "/api/v3/klines", "symbol=BTCUSDT&interval=1m")).Json.GetArrayLength());
    }

    [Fact]
    public async Task Each_reset_starts_the_next_epoch_and_is_audited_with_its_number()
    {
        await using var server = await TestServer.StartAsync();
        var (_, status) = await server.AdminAsync(HttpMethod.Get, "/admin/v1/reset");
        Assert.Equal(0, status.GetProperty("epoch").GetInt64());
        Assert.Equal("monthly", status.GetProperty("schedule").GetString());
        Assert.Equal(NextFirstOfMonth, status.GetProperty("nextScheduledReset").GetInt64());

        Assert.Equal(1, (await server.AdminAsync(HttpMethod.Post, "/admin/v1/reset")).Body.GetProperty("epoch").GetInt64());
        server.Time.Advance(TimeSpan.FromSeconds(5));
        var (_, second) = await server.AdminAsync(HttpMethod.Post, "/admin/v1/reset");

        Assert.Equal(2, second.GetProperty("epoch").GetInt64());
        Assert.Equal(server.NowMilliseconds, second.GetProperty("resetTime").GetInt64());
        Assert.Equal(2, (await server.AdminAsync(HttpMethod.Get, "/admin/v1/reset")).Body.GetProperty("epoch").GetInt64());
        var resets = server.App.Services.GetRequiredService<ISpotStore>().ReadAudit().Where(record => record.Action == "reset").ToList();
        Assert.Equal(["epoch=1", "epoch=2"], resets.Select(record => record.Detail));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    public async Task Reset_without_the_admin_token_gets_401_and_resets_nothing(string? token)
    {
        await using var server = await TestServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/v1/reset");
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        Assert.Equal(401, (int)(await server.Http.SendAsync(request)).StatusCode);
        Assert.Equal(0, (await server.AdminAsync(HttpMethod.Get, "/admin/v1/reset")).Body.GetProperty("epoch").GetInt64());
    }

    [Theory]
    [InlineData("{\"confirm\": false, \"junk\"")]
    [InlineData("{\"confirm\": true}")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("not json")]
    [InlineData(" ")]
    [InlineData("{\"\\ud800\": 1}")]
    public async Task Reset_with_a_malformed_or_unknown_body_gets_400_and_resets_nothing(string body)
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        await trader.OkAsync(trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=50000"));
        var balancesBefore = Balances(await trader.OkAsync(trader.GetAsync("/api/v3/account")));

        var (response, error) = await server.AdminAsync(HttpMethod.Post, "/admin/v1/reset", body);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.False(string.IsNullOrEmpty(error.GetProperty("error").GetString()));
        Assert.Equal(0, (await server.AdminAsync(HttpMethod.Get, "/admin/v1/reset")).Body.GetProperty("epoch").GetInt64());
        Assert.Equal(1, (await trader.OkAsync(trader.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"))).GetArrayLength());
        Assert.Equal(balancesBefore, Balances(await trader.OkAsync(trader.GetAsync("/api/v3/account"))));
        Assert.DoesNotContain(server.App.Services.GetRequiredService<ISpotStore>().ReadAudit(), record => record.Action == "reset");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData(" { } ")]
    public async Task Reset_with_no_body_or_an_empty_object_resets(string? body)
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        await trader.OkAsync(trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=50000"));

        var (response, reset) = await server.AdminAsync(HttpMethod.Post, "/admin/v1/reset", body);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(1, reset.GetProperty("epoch").GetInt64());
        Assert.Equal(0, (await trader.OkAsync(trader.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"))).GetArrayLength());
    }

    [Fact]
    public async Task Reset_with_an_empty_chunked_body_resets_and_a_chunked_field_is_refused()
    {
        await using var server = await TestServer.StartAsync();
        async Task<HttpResponseMessage> SendChunkedAsync(string body)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/v1/reset") { Content = new ChunkedContent(body) };
            request.Headers.Authorization = new("Bearer", server.AdminToken);
            request.Headers.TransferEncodingChunked = true;
            return await server.Http.SendAsync(request);
        }

        Assert.Equal(400, (int)(await SendChunkedAsync("{\"all\": true}")).StatusCode);
        Assert.Equal(0, (await server.AdminAsync(HttpMethod.Get, "/admin/v1/reset")).Body.GetProperty("epoch").GetInt64());
        Assert.Equal(200, (int)(await SendChunkedAsync("")).StatusCode);
        Assert.Equal(1, (await server.AdminAsync(HttpMethod.Get, "/admin/v1/reset")).Body.GetProperty("epoch").GetInt64());
    }

    // A body of unknown length, so it is sent chunked.
    private sealed class ChunkedContent(string text) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text)).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    [Fact]
    public async Task Scheduled_resets_can_be_turned_off()
    {
        await using var server = await TestServer.StartAsync(extraArgs: ["--Reset:Enabled=false"]);
        var (_, status) = await server.AdminAsync(HttpMethod.Get, "/admin/v1/reset");
        Assert.Equal("off", status.GetProperty("schedule").GetString());
        Assert.False(status.TryGetProperty("nextScheduledReset", out _));
        Assert.Equal(1, (await server.AdminAsync(HttpMethod.Post, "/admin/v1/reset")).Body.GetProperty("epoch").GetInt64());
    }

    [Fact]
    public async Task Scheduled_reset_runs_when_the_server_clock_reaches_the_first_of_the_month()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        await trader.OkAsync(trader.PostAsync("/api/v3/order", Buy));
        var scheduler = server.App.Services.GetRequiredService<Spotnet.Server.Resets.ResetScheduler>();

        server.Time.Advance(TimeSpan.FromMilliseconds(NextFirstOfMonth - server.NowMilliseconds - 1));
        Assert.Null(await scheduler.RunIfDueAsync());
        Assert.Equal(1, (await trader.OkAsync(trader.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"))).GetArrayLength());

        server.Time.Advance(TimeSpan.FromMilliseconds(1));
        // The scheduler's own one-second check may get there first; either way exactly one reset runs.
        await scheduler.RunIfDueAsync();

        Assert.Equal(1, (await server.AdminAsync(HttpMethod.Get, "/admin/v1/reset")).Body.GetProperty("epoch").GetInt64());
        Assert.Equal(0, (await trader.OkAsync(trader.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"))).GetArrayLength());
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero), scheduler.NextReset);
        Assert.Null(await scheduler.RunIfDueAsync());
        var record = Assert.Single(server.App.Services.GetRequiredService<ISpotStore>().ReadAudit(), r => r.Action == "reset");
        Assert.Equal("scheduler", record.Actor);
    }

    [Fact]
    public async Task Simulated_market_refills_its_books_and_keeps_trading_after_a_reset()
    {
        await using var server = await TestServer.StartAsync(extraArgs: MarketDataFixture.SimulatedMarket);
        var tradesBefore = (await server.SendAsync(HttpMethod.Get, "/api/v3/trades", "symbol=BTCUSDT&limit=1")).Json;
        Assert.Equal(1, tradesBefore.GetArrayLength());

        await server.AdminAsync(HttpMethod.Post, "/admin/v1/reset");

        var depth = (await server.SendAsync(HttpMethod.Get, "/api/v3/depth", "symbol=BTCUSDT&limit=100")).Json;
        Assert.Equal(20, depth.GetProperty("bids").GetArrayLength());
        Assert.Equal(20, depth.GetProperty("asks").GetArrayLength());
        // The re-seeding step traded once per symbol in the new epoch; nothing of the old epoch is left on the tape.
        var trades = (await server.SendAsync(HttpMethod.Get, "/api/v3/trades", "symbol=BTCUSDT&limit=1000")).Json.EnumerateArray().ToList();
        Assert.NotEmpty(trades);
        Assert.All(trades, trade => Assert.True(trade.GetProperty("id").GetInt64() > tradesBefore[0].GetProperty("id").GetInt64()));
        var trader = await TradingClient.CreateAsync(server);
        var bought = await trader.OkAsync(trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.001"));
        Assert.Equal("FILLED", bought.GetProperty("status").GetString());
    }

    private static async Task<List<string>> KeyListingsAsync(TestServer server, IEnumerable<long> accounts)
    {
        var listings = new List<string>();
        foreach (var account in accounts)
        {
            listings.Add((await server.AdminAsync(HttpMethod.Get, $"/admin/v1/accounts/{account}/api-keys")).Body.GetRawText());
        }

        return listings;
    }

    private static async Task<int> UsedWeightAsync(TestServer server) =>
        int.Parse((await server.SendAsync(HttpMethod.Get, "/api/v3/ping")).Header("X-MBX-USED-WEIGHT-1M")!, System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<int> DayOrderCountAsync(TradingClient client) =>
        (await client.OkAsync(client.GetAsync("/api/v3/rateLimit/order"))).EnumerateArray()
            .Single(limit => limit.GetProperty("interval").GetString() == "DAY").GetProperty("count").GetInt32();

    private static Dictionary<string, (string Free, string Locked)> Balances(JsonElement account) =>
        account.GetProperty("balances").EnumerateArray().ToDictionary(
            balance => balance.GetProperty("asset").GetString()!,
            balance => (balance.GetProperty("free").GetString()!, balance.GetProperty("locked").GetString()!));

    private static async Task WaitForAsync(Func<bool> condition)
    {
        // Bounded by the number of acknowledged orders, not by time: the load makes progress on every request.
        for (var i = 0; i < 10_000 && !condition(); i++)
        {
            await Task.Delay(1);
        }

        Assert.True(condition(), "the load made no progress");
    }
}
