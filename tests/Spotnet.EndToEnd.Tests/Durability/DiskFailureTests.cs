using Microsoft.Extensions.DependencyInjection;
using Spotnet.Server.Exchange;
using Spotnet.Server.Storage;

namespace Spotnet.EndToEnd.Tests.Durability;

/// <summary>RT-6 on a real server: when the journal cannot be written, trading answers 503 -1008, reads keep working, and it resumes by itself.</summary>
public sealed class DiskFailureTests
{
    [Fact]
    public async Task Trading_answers_503_minus_1008_while_the_disk_fails_reads_answer_200_and_trading_resumes_by_itself()
    {
        FailingJournalStore? store = null;
        await using var server = await TestServer.StartAsync(
            TestServer.Start, path => store = new FailingJournalStore(new SqliteJournalStore(path)), null, null);
        var trader = await TradingClient.CreateAsync(server);
        var resting = await trader.OkAsync(trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=60000"));
        var accountBefore = (await trader.OkAsync(trader.GetAsync("/api/v3/account"))).GetRawText();

        store!.Failing = true;
        (await trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=60001"))
            .AssertError(503, -1008, "Server is currently overloaded with other requests. Please try again in a few minutes.");
        (await trader.DeleteAsync("/api/v3/order", $"symbol=BTCUSDT&orderId={resting.GetProperty("orderId").GetInt64()}"))
            .AssertError(503, -1008, "Server is currently overloaded with other requests. Please try again in a few minutes.");
        Assert.Equal(accountBefore, (await trader.OkAsync(trader.GetAsync("/api/v3/account"))).GetRawText());
        Assert.Equal(1, (await trader.OkAsync(trader.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"))).GetArrayLength());
        Assert.Equal(200, (await server.SendAsync(HttpMethod.Get, "/api/v3/depth", "symbol=BTCUSDT")).Status);

        store.Failing = false;
        await trader.OkAsync(trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=60002"));
        Assert.Equal(2, (await trader.OkAsync(trader.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"))).GetArrayLength());
        var exchange = server.App.Services.GetRequiredService<ExchangeHost>();
        Assert.False(exchange.IsDegraded);
        Assert.Empty(await exchange.RunAsync(session => session.Engine.CheckInvariants()));
    }

    [Fact]
    public async Task A_data_folder_deleted_while_the_server_runs_fails_closed_instead_of_acknowledging_lost_changes()
    {
        await using var server = await TestServer.StartAsync();
        var trader = await TradingClient.CreateAsync(server);
        await trader.OkAsync(trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=60000"));

        foreach (var file in Directory.GetFiles(server.DataDirectory, "journal*"))
        {
            File.Delete(file);
        }

        (await trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=60001"))
            .AssertError(503, -1008, "Server is currently overloaded with other requests. Please try again in a few minutes.");
        Assert.Equal(1, (await trader.OkAsync(trader.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"))).GetArrayLength());
        Assert.True(server.App.Services.GetRequiredService<ExchangeHost>().IsDegraded);

        // The account store is watched through the audit record every operator change writes.
        File.Delete(Path.Combine(server.DataDirectory, "spotnet.db"));
        var (created, error) = await server.AdminAsync(HttpMethod.Post, "/admin/v1/accounts", "{}");
        Assert.Equal(503, (int)created.StatusCode);
        Assert.Equal(Spotnet.Server.Admin.AdminEndpoints.AuditUnavailableMessage, error.GetProperty("error").GetString());
    }

    /// <summary>A SQLite journal whose writes throw like a full disk while <see cref="Failing"/>.</summary>
    private sealed class FailingJournalStore(SqliteJournalStore inner) : IJournalStore
    {
        public volatile bool Failing;

        public void Append(IReadOnlyList<JournalRecord> records)
        {
            ThrowIfFailing();
            inner.Append(records);
        }

        public IEnumerable<JournalRecord> Read(long afterSequence) => inner.Read(afterSequence);

        public void CutFrom(long fromSequence)
        {
            ThrowIfFailing();
            inner.CutFrom(fromSequence);
        }

        public void DeleteThrough(long sequence)
        {
            ThrowIfFailing();
            inner.DeleteThrough(sequence);
        }

        public void SaveSnapshot(long sequence, IReadOnlyList<ReadOnlyMemory<byte>> chunks)
        {
            ThrowIfFailing();
            inner.SaveSnapshot(sequence, chunks);
        }

        public IReadOnlyList<long> ListSnapshots() => inner.ListSnapshots();

        public byte[]? LoadSnapshot(long sequence) => inner.LoadSnapshot(sequence);

        public void DeleteSnapshot(long sequence)
        {
            ThrowIfFailing();
            inner.DeleteSnapshot(sequence);
        }

        public void WriteHistory(IReadOnlyList<HistoryRow> rows)
        {
            ThrowIfFailing();
            inner.WriteHistory(rows);
        }

        public IReadOnlyList<byte[]> ReadHistory(long epoch, int accountId, byte kind, int symbolId, HistoryRange? range = null) =>
            inner.ReadHistory(epoch, accountId, kind, symbolId, range);

        public byte[]? FindHistory(long epoch, int accountId, byte kind, int symbolId, long? id, string? clientId) =>
            inner.FindHistory(epoch, accountId, kind, symbolId, id, clientId);

        public bool HasHistory(long epoch) => inner.HasHistory(epoch);

        public void DeleteHistoryBefore(long epoch)
        {
            ThrowIfFailing();
            inner.DeleteHistoryBefore(epoch);
        }

        public void Probe()
        {
            ThrowIfFailing();
            inner.Probe();
        }

        public void Dispose() => inner.Dispose();

        private void ThrowIfFailing()
        {
            if (Failing)
            {
                throw new IOException("No space left on device (injected).");
            }
        }
    }
}
