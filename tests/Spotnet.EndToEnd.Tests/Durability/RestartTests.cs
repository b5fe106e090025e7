using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Spotnet.Server.Exchange;

namespace Spotnet.EndToEnd.Tests.Durability;

/// <summary>A real server stopped and started again on the same data folder serves the same history, to the byte.</summary>
public sealed class RestartTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_restarted_server_answers_every_history_query_byte_for_byte_as_before(bool replayWholeJournal)
    {
        var first = await TestServer.StartAsync();
        first.KeepDataDirectory = true;
        var maker = await TradingClient.CreateAsync(first);
        var taker = await TradingClient.CreateAsync(first, "ED25519");
        await maker.OkAsync(maker.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.002&price=65000"));
        await maker.OkAsync(maker.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.003&price=65010"));
        first.Time.Advance(TimeSpan.FromSeconds(2));
        await taker.OkAsync(taker.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.004"));
        first.Time.Advance(TimeSpan.FromMinutes(1));
        // A prevented self-trade and an order list.
        var resting = await maker.OkAsync(maker.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=64000"));
        var prevented = await maker.OkAsync(maker.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.001&price=64000&selfTradePreventionMode=EXPIRE_TAKER"));
        await taker.OkAsync(taker.PostAsync("/api/v3/orderList/oco",
            "symbol=BTCUSDT&side=SELL&quantity=0.001&aboveType=LIMIT_MAKER&abovePrice=70000&belowType=STOP_LOSS&belowStopPrice=55000"));
        await maker.OkAsync(maker.DeleteAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={resting.GetProperty("orderId").GetInt64()}"));
        var queries = new[]
        {
            (maker, "/api/v3/allOrders", "symbol=BTCUSDT"),
            (taker, "/api/v3/allOrders", "symbol=BTCUSDT"),
            (maker, "/api/v3/myTrades", "symbol=BTCUSDT"),
            (taker, "/api/v3/myTrades", "symbol=BTCUSDT"),
            (taker, "/api/v3/allOrderList", ""),
            (taker, "/api/v3/openOrders", "symbol=BTCUSDT"),
            (maker, "/api/v3/myPreventedMatches", $"symbol=BTCUSDT&orderId={prevented.GetProperty("orderId").GetInt64()}"),
            (maker, "/api/v3/account", ""),
            (taker, "/api/v3/account", ""),
        };
        var before = await AnswersAsync(first, queries);
        Assert.Contains("\"isBuyerMaker\"", before[^5], StringComparison.Ordinal);
        var stoppedAt = first.Time.GetUtcNow();
        await first.DisposeAsync();

        if (replayWholeJournal)
        {
            // As after a crash with no snapshot since the genesis: every record is replayed, market data included.
            DropSnapshotsAfterGenesis(first.DataDirectory);
        }

        // The clock goes on from where it stopped (account's updateTime is the answer's time, not state).
        await using var second = await TestServer.StartAsync(stoppedAt, null, null, first.DataDirectory);
        var after = await AnswersAsync(second, [.. queries.Select(query => (new TradingClient(second, query.Item1.Signer), query.Item2, query.Item3))]);

        Assert.Equal(before.Count, after.Count);
        for (var i = 0; i < before.Count; i++)
        {
            Assert.Equal(before[i], after[i]);
        }
    }

    [Fact]
    public async Task A_restart_keeps_the_synthetic_kline_history_and_the_simulators_accounts()
    {
        string[] simulated = ["--MarketSimulation:Enabled=true"];
        var first = await TestServer.StartAsync(TestServer.Start, null, null, null, simulated);
        first.KeepDataDirectory = true;
        var history = $"symbol=ETHUSDT&interval=1h&limit=100&endTime={TestServer.Start.ToUnixTimeMilliseconds() - 60_000}";
        var before = await first.SendAsync(HttpMethod.Get, "/api/v3/klines", history);
        var accountsBefore = await Exchange(first).RunAsync(session => session.Engine.AccountCount);
        await first.DisposeAsync();

        // Three hours later: a history generated from the new clock would differ.
        await using var second = await TestServer.StartAsync(TestServer.Start.AddHours(3), null, null, first.DataDirectory, simulated);
        var after = await second.SendAsync(HttpMethod.Get, "/api/v3/klines", history);

        Assert.Equal(200, before.Status);
        Assert.InRange(before.Json.GetArrayLength(), 24, 100);
        Assert.Equal(before.Text, after.Text);
        Assert.Equal(accountsBefore, await Exchange(second).RunAsync(session => session.Engine.AccountCount));
    }

    [Fact]
    public async Task A_corrupt_record_in_the_middle_of_the_journal_stops_the_start()
    {
        var first = await TestServer.StartAsync();
        first.KeepDataDirectory = true;
        var trader = await TradingClient.CreateAsync(first);
        for (var i = 0; i < 5; i++)
        {
            await trader.OkAsync(trader.PostAsync("/api/v3/order", $"symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price={60000 + i}"));
        }

        // Stop without the shutdown snapshot covering the records: take it away afterwards.
        await first.DisposeAsync();
        DropSnapshotsAfterGenesis(first.DataDirectory);
        Journal(first.DataDirectory, "UPDATE journal SET data = zeroblob(length(data)) WHERE sequence = 3");

        var exception = await Assert.ThrowsAsync<JournalCorruptException>(() => TestServer.StartAsync(TestServer.Start, null, null, first.DataDirectory));
        Assert.Contains("Journal record 3 is corrupt", exception.Message, StringComparison.Ordinal);
        Directory.Delete(first.DataDirectory, true);
    }

    private static void DropSnapshotsAfterGenesis(string dataDirectory) =>
        Execute(Path.Combine(dataDirectory, "journal-snapshots.db"), "DELETE FROM snapshots WHERE sequence > 0");

    private static void Journal(string dataDirectory, string sql) => Execute(Path.Combine(dataDirectory, "journal.db"), sql);

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.True(command.ExecuteNonQuery() > 0);
    }

    private static ExchangeHost Exchange(TestServer server) => server.App.Services.GetRequiredService<ExchangeHost>();

    private static async Task<List<string>> AnswersAsync(TestServer server, (TradingClient Client, string Path, string Query)[] queries)
    {
        var answers = new List<string>();
        foreach (var (client, path, query) in queries)
        {
            answers.Add((await client.OkAsync(client.GetAsync(path, query))).GetRawText());
        }

        foreach (var query in new[] { "symbol=BTCUSDT", "symbol=BTCUSDT&limit=5" })
        {
            answers.Add((await server.SendAsync(HttpMethod.Get, "/api/v3/aggTrades", query)).Text);
            answers.Add((await server.SendAsync(HttpMethod.Get, "/api/v3/trades", query)).Text);
        }

        answers.Add((await server.SendAsync(HttpMethod.Get, "/api/v3/klines", "symbol=BTCUSDT&interval=1m")).Text);
        answers.Add((await server.SendAsync(HttpMethod.Get, "/api/v3/klines", "symbol=BTCUSDT&interval=1s")).Text);
        return answers;
    }
}
