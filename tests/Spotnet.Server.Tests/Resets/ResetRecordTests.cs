using Microsoft.Extensions.Logging.Abstractions;
using Spotnet.Engine;
using Spotnet.Server.Api;
using Spotnet.Server.Configuration;
using Spotnet.Server.Exchange;
using Spotnet.Server.Resets;
using Spotnet.Server.Storage;
using Spotnet.Server.Tests.Durability;

namespace Spotnet.Server.Tests.Resets;

/// <summary>RT-7 (g): every reset is both a journal record and an audit record naming its epoch; a refused one says so.</summary>
public sealed class ResetRecordTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private readonly string _path = Path.Combine(Path.GetTempPath(), "spotnet-unit-" + Guid.NewGuid().ToString("N") + ".db");
    private readonly VirtualDisk _disk = new();
    private readonly ManualClock _clock = new(Start);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    [Fact]
    public async Task Each_reset_is_a_journal_record_and_an_audit_record_with_its_epoch_and_replay_reaches_the_same_epoch()
    {
        using var store = new SqliteSpotStore(_path);
        List<Engine.Reset> journaled;
        await using (var host = StartHost(out _))
        {
            var reset = new NetworkReset(host, store);
            await reset.RunAsync("test");
            _clock.Advance(TimeSpan.FromSeconds(3));
            await reset.RunAsync("test");
            // Read before the shutdown snapshot lets the journal be pruned.
            journaled = [.. _disk.Records.Values
                .SelectMany(data => JournalFormat.Decode(new JournalRecord(0, data)))
                .Select(operation => operation.Command)
                .OfType<Engine.Reset>()];
        }

        var audited = store.ReadAudit().Where(record => record.Action == "reset").ToList();
        Assert.Equal(["epoch=1", "epoch=2"], audited.Select(record => record.Detail));
        Assert.Equal(audited.Select(record => record.TimeMilliseconds), journaled.Select(command => command.Time / 1000));
        await using var restarted = StartHost(out _);
        Assert.Equal(2, await restarted.RunAsync(session => session.Engine.Epoch));
    }

    [Fact]
    public async Task A_reset_the_journal_refuses_is_audited_as_failed_and_the_epoch_stays()
    {
        using var store = new SqliteSpotStore(_path);
        await using var host = StartHost(out var journal);
        var reset = new NetworkReset(host, store);

        journal.Failing = true;
        await Assert.ThrowsAsync<JournalUnavailableException>(() => reset.RunAsync("test"));
        journal.Failing = false;
        Assert.Equal(0, await host.RunAsync(session => session.Engine.Epoch));
        var outcome = await reset.RunAsync("test");

        Assert.Equal(1, outcome.Epoch);
        Assert.Equal(
            [("reset", "epoch=1"), ("reset.failed", "epoch=1"), ("reset", "epoch=1")],
            store.ReadAudit().Select(record => (record.Action, record.Detail)));
        Assert.Null(AuditChain.FindBreak(store.ReadAudit()));
    }

    [Fact]
    public async Task A_reset_whose_audit_record_cannot_be_written_does_not_run()
    {
        using var store = new SqliteSpotStore(_path);
        await using var host = StartHost(out _);
        var reset = new NetworkReset(host, store);
        var recordsBefore = _disk.Records.Count;
        FullAuditLog.Set(_path, full: true);

        await Assert.ThrowsAsync<AuditUnavailableException>(() => reset.RunAsync("test"));

        Assert.Equal(0, await host.RunAsync(session => session.Engine.Epoch));
        Assert.Equal(recordsBefore, _disk.Records.Count);
    }

    private ExchangeHost StartHost(out VirtualJournalStore journal)
    {
        var settings = new ServerSettings().WithDefaults();
        journal = new VirtualJournalStore(_disk);
        return new ExchangeHost(
            new ExchangeCatalog(settings), new OrderCountLimiter(settings.RateLimits, new LimiterClock(_clock)), _clock,
            NullLogger<ExchangeHost>.Instance, journal, settings.Journal);
    }
}
