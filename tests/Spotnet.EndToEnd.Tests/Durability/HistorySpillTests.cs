using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Spotnet.Server.Exchange;
using Spotnet.Server.Storage;

namespace Spotnet.EndToEnd.Tests.Durability;

/// <summary>
/// History that leaves the engine's memory (<c>Journal:HistoryInMemory</c>) is still served, to the byte, from
/// <c>journal-history.db</c>: before and after a restart, and erased by a reset like the rest.
/// </summary>
public sealed class HistorySpillTests
{
    private const string Spilling = "--Journal:HistoryInMemory=4";

    private static readonly long StartMs = TestServer.Start.ToUnixTimeMilliseconds();

    [Fact]
    public async Task Every_history_query_answers_the_same_whether_history_stayed_in_memory_or_was_spilled_and_after_a_restart()
    {
        await using var reference = await TestServer.StartAsync();
        var spilling = await TestServer.StartAsync(null, null, Spilling);
        spilling.KeepDataDirectory = true;
        var expected = await AnswersAsync(reference, await TradeAsync(reference));
        var (maker, taker, queries) = await TradeAsync(spilling);
        var answers = await AnswersAsync(spilling, (maker, taker, queries));

        // Every query found something (the one naming an order by id with another order's client id: -2039 "Client order ID is not correct for this order ID.").
        foreach (var answer in expected)
        {
            Assert.StartsWith(answer.Contains("origClientOrderId=sell-1 ", StringComparison.Ordinal) ? "400 {\"code\":-2039" : "200 ", answer[(answer.IndexOf('→', StringComparison.Ordinal) + 2)..], StringComparison.Ordinal);
            Assert.DoesNotContain("→ 200 []", answer, StringComparison.Ordinal);
        }

        // The queries naming a list by both ids found the list of the client id: oco-0, and the open list now named oco-1.
        Assert.Contains("\"listOrderStatus\":\"ALL_DONE\",\"listClientOrderId\":\"oco-0\"", expected[^2], StringComparison.Ordinal);
        Assert.Contains("\"listOrderStatus\":\"EXECUTING\",\"listClientOrderId\":\"oco-1\"", expected[^1], StringComparison.Ordinal);
        Assert.Equal(expected.Count, answers.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], answers[i]);
        }

        // It was served from disk: the engine holds no more than its limit, the rest is in the history file.
        Assert.InRange(await spilling.App.Services.GetRequiredService<ExchangeHost>().RunAsync(session => session.Engine.HistoryInMemoryCount), 0, 4);
        var stoppedAt = spilling.Time.GetUtcNow();
        await spilling.DisposeAsync();
        Assert.True(HistoryRows(spilling.DataDirectory) > 0);

        await using var restarted = await TestServer.StartAsync(stoppedAt, null, null, spilling.DataDirectory, Spilling);
        var afterRestart = await AnswersAsync(
            restarted, (new TradingClient(restarted, maker.Signer), new TradingClient(restarted, taker.Signer), queries));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], afterRestart[i]);
        }
    }

    [Fact]
    public async Task A_reset_erases_spilled_history_too_and_a_restart_deletes_its_rows()
    {
        var server = await TestServer.StartAsync(null, null, Spilling);
        server.KeepDataDirectory = true;
        var (maker, _, _) = await TradeAsync(server);
        var first = await maker.OkAsync(maker.GetAsync("/api/v3/allOrders", "symbol=BTCUSDT&limit=1"));
        var firstOrderId = first[0].GetProperty("orderId").GetInt64();
        Assert.Equal(200, (await maker.GetAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={firstOrderId}")).Status);

        Assert.True((await server.AdminAsync(HttpMethod.Post, "/admin/v1/reset")).Response.IsSuccessStatusCode);

        Assert.Equal("[]", (await maker.OkAsync(maker.GetAsync("/api/v3/allOrders", "symbol=BTCUSDT"))).GetRawText());
        Assert.Equal("[]", (await maker.OkAsync(maker.GetAsync("/api/v3/myTrades", "symbol=BTCUSDT"))).GetRawText());
        var gone = await maker.GetAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={firstOrderId}");
        Assert.Equal((400, -2013), (gone.Status, gone.Code));

        var stoppedAt = server.Time.GetUtcNow();
        await server.DisposeAsync();
        Assert.True(HistoryRows(server.DataDirectory) > 0);
        await using var restarted = await TestServer.StartAsync(stoppedAt, null, null, server.DataDirectory, Spilling);
        Assert.Equal(0, HistoryRows(server.DataDirectory));
        var again = new TradingClient(restarted, maker.Signer);
        Assert.Equal("[]", (await again.OkAsync(again.GetAsync("/api/v3/allOrders", "symbol=BTCUSDT"))).GetRawText());
    }

    [Fact]
    public async Task A_limited_history_query_asks_the_store_for_no_more_than_it_answers()
    {
        // Several items of every kind, all on disk after a restart (recovery writes what replay spilled at once).
        var server = await TestServer.StartAsync(null, null, Spilling);
        server.KeepDataDirectory = true;
        var trader = await TradingClient.CreateAsync(server);
        var other = await TradingClient.CreateAsync(server);
        var resting = await trader.OkAsync(trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.009&price=64000"));
        var restingId = resting.GetProperty("orderId").GetInt64();
        var sellIds = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            await trader.OkAsync(trader.SendAsync(HttpMethod.Put, "/api/v3/order/amend/keepPriority", $"symbol=BTCUSDT&orderId={restingId}&newQty=0.00{8 - i}"));
            await trader.OkAsync(trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.001&price=64000&selfTradePreventionMode=EXPIRE_TAKER"));
            var list = await trader.OkAsync(trader.PostAsync(
                "/api/v3/orderList/oco", "symbol=BTCUSDT&side=SELL&quantity=0.001&aboveType=LIMIT_MAKER&abovePrice=70000&belowType=STOP_LOSS&belowStopPrice=55000"));
            await trader.OkAsync(trader.DeleteAsync("/api/v3/orderList", $"symbol=BTCUSDT&orderListId={list.GetProperty("orderListId").GetInt64()}"));
            var sell = await other.OkAsync(other.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.002&price=65000"));
            sellIds.Add(sell.GetProperty("orderId").GetInt64());
        }

        // One SOR order takes the three asks: three trades of one order for the other account, three allocations.
        var sor = await trader.OkAsync(trader.PostAsync("/api/v3/sor/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.006"));
        var sorId = sor.GetProperty("orderId").GetInt64();
        for (var i = 0; i < 4; i++)
        {
            // Later orders push the earlier history out of memory.
            var order = await trader.OkAsync(trader.PostAsync("/api/v3/order", $"symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price={60000 + i}"));
            await trader.OkAsync(trader.DeleteAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={order.GetProperty("orderId").GetInt64()}"));
            order = await other.OkAsync(other.PostAsync("/api/v3/order", $"symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price={60000 + i}"));
            await other.OkAsync(other.DeleteAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={order.GetProperty("orderId").GetInt64()}"));
        }

        var stoppedAt = server.Time.GetUtcNow();
        await server.DisposeAsync();
        RecordingStore? store = null;
        await using var restarted = await TestServer.StartAsync(
            stoppedAt, path => store = new RecordingStore(new SqliteJournalStore(path)), null, server.DataDirectory, Spilling);
        trader = new TradingClient(restarted, trader.Signer);
        other = new TradingClient(restarted, other.Signer);
        (TradingClient Client, string Path, string Query)[] queries =
        [
            (trader, "/api/v3/allOrders", "symbol=BTCUSDT&limit=1"),
            (trader, "/api/v3/allOrders", "symbol=BTCUSDT&orderId=0&limit=1"),
            (other, "/api/v3/myTrades", "symbol=BTCUSDT&limit=1"),
            (other, "/api/v3/myTrades", "symbol=BTCUSDT&fromId=0&limit=1"),
            (other, "/api/v3/myTrades", $"symbol=BTCUSDT&orderId={sellIds[1]}&limit=1"),
            (trader, "/api/v3/myAllocations", "symbol=BTCUSDT&limit=1"),
            (trader, "/api/v3/myAllocations", $"symbol=BTCUSDT&orderId={sorId}&limit=1"),
            (trader, "/api/v3/myAllocations", $"symbol=BTCUSDT&endTime={StartMs + 60_000}&limit=1"),
            (trader, "/api/v3/allOrders", $"symbol=BTCUSDT&endTime={StartMs + 60_000}&limit=1"),
            (other, "/api/v3/myTrades", $"symbol=BTCUSDT&endTime={StartMs + 60_000}&limit=1"),
            (trader, "/api/v3/allOrderList", $"endTime={StartMs + 60_000}&limit=1"),
            (trader, "/api/v3/myPreventedMatches", $"symbol=BTCUSDT&orderId={restingId}&limit=1"),
            (trader, "/api/v3/myPreventedMatches", "symbol=BTCUSDT&preventedMatchId=1"),
            (trader, "/api/v3/order/amendments", $"symbol=BTCUSDT&orderId={restingId}&limit=1"),
            (trader, "/api/v3/allOrderList", "limit=1"),
            (trader, "/api/v3/allOrderList", "fromId=0&limit=1"),
        ];
        foreach (var (client, path, query) in queries)
        {
            store!.Largest = 0;
            var answer = await client.OkAsync(client.GetAsync(path, query));
            Assert.Equal(1, answer.GetArrayLength());
            // Without the push-down the store would return all (two or more) of the account's stored items of the kind.
            Assert.True(store.Largest == 1, $"{path}?{query}: the store returned {store.Largest} items");
        }
    }

    // Two accounts trade (also through SOR), cancel, amend, prevent a self-trade and place an OCO: far more history than the limit of 4.
    private static async Task<(TradingClient Maker, TradingClient Taker, (bool ByMaker, string Path, string Query)[] Queries)> TradeAsync(TestServer server)
    {
        var maker = await TradingClient.CreateAsync(server);
        var taker = await TradingClient.CreateAsync(server);
        var firstOrderId = 0L;
        for (var i = 0; i < 6; i++)
        {
            var sell = await maker.OkAsync(maker.PostAsync(
                "/api/v3/order", $"symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.002&price={65000 + i}&newClientOrderId=sell-{i}"));
            firstOrderId = firstOrderId == 0 ? sell.GetProperty("orderId").GetInt64() : firstOrderId;
            server.Time.Advance(TimeSpan.FromSeconds(1));
            await taker.OkAsync(taker.PostAsync("/api/v3/order", $"symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.003&newClientOrderId=buy-{i}"));
        }

        // A SOR order filled in two allocations.
        var askId = 0L;
        for (var i = 0; i < 2; i++)
        {
            var ask = await maker.OkAsync(maker.PostAsync("/api/v3/order", $"symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.002&price={65100 + i}&newClientOrderId=sor-ask-{i}"));
            askId = ask.GetProperty("orderId").GetInt64();
        }

        var sor = await taker.OkAsync(taker.PostAsync("/api/v3/sor/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.004&newClientOrderId=sor"));
        var sorId = sor.GetProperty("orderId").GetInt64();
        var resting = await maker.OkAsync(maker.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.005&price=64000&newClientOrderId=resting"));
        var restingId = resting.GetProperty("orderId").GetInt64();
        await maker.OkAsync(maker.SendAsync(HttpMethod.Put, "/api/v3/order/amend/keepPriority", $"symbol=BTCUSDT&orderId={restingId}&newQty=0.004&newClientOrderId=resting-amended"));
        var prevented = await maker.OkAsync(maker.PostAsync(
            "/api/v3/order", "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.001&price=64000&selfTradePreventionMode=EXPIRE_TAKER&newClientOrderId=prevented"));
        await taker.OkAsync(taker.PostAsync(
            "/api/v3/orderList/oco", "symbol=BTCUSDT&side=SELL&quantity=0.001&aboveType=LIMIT_MAKER&abovePrice=70000&belowType=STOP_LOSS&belowStopPrice=55000&listClientOrderId=oco-0"));
        await taker.OkAsync(taker.DeleteAsync("/api/v3/orderList", "symbol=BTCUSDT&listClientOrderId=oco-0&newClientOrderId=oco-0-cancel"));
        var list = await taker.OkAsync(taker.PostAsync(
            "/api/v3/orderList/oco", "symbol=BTCUSDT&side=SELL&quantity=0.001&aboveType=LIMIT_MAKER&abovePrice=70000&belowType=STOP_LOSS&belowStopPrice=55000&listClientOrderId=oco-1&aboveClientOrderId=above&belowClientOrderId=below"));
        var listId = list.GetProperty("orderListId").GetInt64();
        await taker.OkAsync(taker.DeleteAsync("/api/v3/orderList", $"symbol=BTCUSDT&orderListId={listId}&newClientOrderId=oco-cancel"));
        await maker.OkAsync(maker.DeleteAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={restingId}&newClientOrderId=resting-cancel"));
        // A done list's client id (a cancel leaves it to the list) may be used again: it then names the newer list.
        await taker.OkAsync(taker.PostAsync(
            "/api/v3/orderList/oco", "symbol=BTCUSDT&side=SELL&quantity=0.001&aboveType=LIMIT_MAKER&abovePrice=71000&belowType=STOP_LOSS&belowStopPrice=54000&listClientOrderId=oco-1&aboveClientOrderId=above-2&belowClientOrderId=below-2"));
        for (var i = 0; i < 4; i++)
        {
            // Later orders push the earlier history out of memory.
            var order = await taker.OkAsync(taker.PostAsync("/api/v3/order", $"symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price={60000 + i}&newClientOrderId=late-{i}"));
            await taker.OkAsync(taker.DeleteAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={order.GetProperty("orderId").GetInt64()}&newClientOrderId=late-cancel-{i}"));
        }

        var preventedId = prevented.GetProperty("orderId").GetInt64();
        return (maker, taker,
        [
            (true, "/api/v3/allOrders", "symbol=BTCUSDT"),
            (true, "/api/v3/allOrders", "symbol=BTCUSDT&limit=3"),
            (true, "/api/v3/allOrders", $"symbol=BTCUSDT&orderId={firstOrderId + 2}&limit=2"),
            (false, "/api/v3/allOrders", "symbol=BTCUSDT"),
            (true, "/api/v3/allOrders", $"symbol=BTCUSDT&startTime={StartMs + 2_000}&endTime={StartMs + 4_000}"),
            (false, "/api/v3/allOrders", $"symbol=BTCUSDT&startTime={StartMs + 1_000}&limit=2"),
            (true, "/api/v3/allOrders", $"symbol=BTCUSDT&endTime={StartMs + 3_000}&limit=2"),
            (true, "/api/v3/myTrades", "symbol=BTCUSDT"),
            (true, "/api/v3/myTrades", "symbol=BTCUSDT&limit=2"),
            (false, "/api/v3/myTrades", $"symbol=BTCUSDT&startTime={StartMs + 2_000}&limit=3"),
            (false, "/api/v3/myTrades", $"symbol=BTCUSDT&endTime={StartMs + 3_000}"),
            (false, "/api/v3/myTrades", $"symbol=BTCUSDT&endTime={StartMs + 3_000}&limit=2"),
            (false, "/api/v3/myTrades", "symbol=BTCUSDT&fromId=2&limit=3"),
            (false, "/api/v3/myTrades", $"symbol=BTCUSDT&orderId={firstOrderId + 1}"),
            (false, "/api/v3/myTrades", $"symbol=BTCUSDT&orderId={firstOrderId + 1}&fromId=1&limit=1"),
            (true, "/api/v3/myTrades", $"symbol=BTCUSDT&orderId={askId}"),
            (false, "/api/v3/myAllocations", "symbol=BTCUSDT"),
            (false, "/api/v3/myAllocations", $"symbol=BTCUSDT&orderId={sorId}&limit=1"),
            (false, "/api/v3/myAllocations", $"symbol=BTCUSDT&orderId={sorId}&fromAllocationId=1"),
            (false, "/api/v3/myAllocations", "symbol=BTCUSDT&fromAllocationId=1&limit=1"),
            (false, "/api/v3/myAllocations", $"symbol=BTCUSDT&startTime={StartMs}&limit=1"),
            (false, "/api/v3/myAllocations", $"symbol=BTCUSDT&endTime={StartMs + 60_000}&limit=1"),
            (true, "/api/v3/order", $"symbol=BTCUSDT&orderId={firstOrderId}"),
            (true, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=sell-0"),
            (true, "/api/v3/order", $"symbol=BTCUSDT&orderId={firstOrderId}&origClientOrderId=sell-1"),
            (true, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=sor-ask-0"),
            (false, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=buy-2"),
            (true, "/api/v3/order/amendments", $"symbol=BTCUSDT&orderId={restingId}&fromExecutionId=1&limit=1"),
            (true, "/api/v3/order/amendments", $"symbol=BTCUSDT&orderId={restingId}"),
            (true, "/api/v3/myPreventedMatches", $"symbol=BTCUSDT&orderId={preventedId}"),
            (true, "/api/v3/myPreventedMatches", $"symbol=BTCUSDT&orderId={restingId}&fromPreventedMatchId=0&limit=1"),
            (true, "/api/v3/myPreventedMatches", "symbol=BTCUSDT&preventedMatchId=0"),
            (false, "/api/v3/allOrderList", ""),
            (false, "/api/v3/allOrderList", "limit=1"),
            (false, "/api/v3/allOrderList", $"fromId={listId}&limit=1"),
            (false, "/api/v3/allOrderList", $"startTime={StartMs}&limit=1"),
            (false, "/api/v3/allOrderList", $"endTime={StartMs + 60_000}&limit=1"),
            (false, "/api/v3/orderList", $"orderListId={listId}"),
            (false, "/api/v3/orderList", "origClientOrderId=oco-1"),
            // With both, only the client id counts (fidelity T15): the spilled list oco-0, and the newer list named oco-1.
            (false, "/api/v3/orderList", $"orderListId={listId}&origClientOrderId=oco-0"),
            (false, "/api/v3/orderList", $"orderListId={listId}&origClientOrderId=oco-1"),
        ]);
    }

    private static async Task<List<string>> AnswersAsync(TestServer server, (TradingClient Maker, TradingClient Taker, (bool ByMaker, string Path, string Query)[] Queries) run)
    {
        var answers = new List<string>();
        foreach (var (byMaker, path, query) in run.Queries)
        {
            var client = byMaker ? run.Maker : run.Taker;
            var reply = await client.GetAsync(path, query);
            answers.Add($"{path}?{query} → {reply.Status} {reply.Text}");
        }

        return answers;
    }

    private static long HistoryRows(string dataDirectory)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "journal-history.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM history_chunks";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The SQLite store, noting the most items one history read returned.</summary>
    private sealed class RecordingStore(SqliteJournalStore inner) : IJournalStore
    {
        public volatile int Largest;

        public void Append(IReadOnlyList<JournalRecord> records) => inner.Append(records);

        public IEnumerable<JournalRecord> Read(long afterSequence) => inner.Read(afterSequence);

        public void CutFrom(long fromSequence) => inner.CutFrom(fromSequence);

        public void DeleteThrough(long sequence) => inner.DeleteThrough(sequence);

        public void SaveSnapshot(long sequence, IReadOnlyList<ReadOnlyMemory<byte>> chunks) => inner.SaveSnapshot(sequence, chunks);

        public IReadOnlyList<long> ListSnapshots() => inner.ListSnapshots();

        public byte[]? LoadSnapshot(long sequence) => inner.LoadSnapshot(sequence);

        public void DeleteSnapshot(long sequence) => inner.DeleteSnapshot(sequence);

        public void WriteHistory(IReadOnlyList<HistoryRow> rows) => inner.WriteHistory(rows);

        public IReadOnlyList<byte[]> ReadHistory(long epoch, int accountId, byte kind, int symbolId, HistoryRange? range = null)
        {
            var bodies = inner.ReadHistory(epoch, accountId, kind, symbolId, range);
            Largest = Math.Max(Largest, bodies.Count);
            return bodies;
        }

        public byte[]? FindHistory(long epoch, int accountId, byte kind, int symbolId, long? id, string? clientId) =>
            inner.FindHistory(epoch, accountId, kind, symbolId, id, clientId);

        public bool HasHistory(long epoch) => inner.HasHistory(epoch);

        public void DeleteHistoryBefore(long epoch) => inner.DeleteHistoryBefore(epoch);

        public void Probe() => inner.Probe();

        public void Dispose() => inner.Dispose();
    }
}
