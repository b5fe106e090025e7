using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Signing;
using Spotnet.Server.Accounts;
using Spotnet.Server.Storage;

namespace Spotnet.Server.Tests;

public sealed class KeyUsageTrackerTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "spotnet-usage-" + Guid.NewGuid().ToString("N") + ".db");
    private readonly SqliteSpotStore _store;

    public KeyUsageTrackerTests() => _store = new SqliteSpotStore(_path);

    [Fact]
    public void Requests_stay_in_memory_until_a_flush_writes_only_the_keys_that_changed()
    {
        var tracker = new KeyUsageTracker(_store);
        var first = CreateKey(tracker);
        var second = CreateKey(tracker);

        tracker.For(first).RecordRequest(SecurityType.Trade, "192.0.2.1", 1000);
        tracker.For(first).RecordAuthenticationFailure();
        var beforeFlush = _store.GetKeyUsage(first)!;
        var written = tracker.Flush();
        var writtenAgain = tracker.Flush();

        Assert.Equal(0, beforeFlush.TradeRequests);
        Assert.Equal(1, written);
        Assert.Equal(0, writtenAgain);
        Assert.Equal(new ApiKeyUsageRecord(first, "operator", 1000, "192.0.2.1", 0, 1, 0, 1), _store.GetKeyUsage(first));
        Assert.Equal(0, _store.GetKeyUsage(second)!.LastUsedMilliseconds);
    }

    [Fact]
    public void A_new_tracker_continues_from_the_stored_counts()
    {
        var tracker = new KeyUsageTracker(_store);
        var key = CreateKey(tracker);
        tracker.For(key).RecordRequest(SecurityType.UserData, "192.0.2.1", 1000);
        tracker.Flush();

        var restarted = new KeyUsageTracker(_store);
        restarted.For(key).RecordRequest(SecurityType.UserData, "192.0.2.2", 2000);

        Assert.Equal(new ApiKeyUsageRecord(key, "operator", 2000, "192.0.2.2", 2, 0, 0, 0), restarted.For(key).Snapshot());
    }

    public void Dispose()
    {
        _store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    private long CreateKey(KeyUsageTracker tracker)
    {
        var accountId = _store.CreateAccount(null, [], 0);
        var keyId = _store.InsertApiKey(new StoredApiKey(
            0, accountId, Guid.NewGuid().ToByteArray(), "****", KeyType.Ed25519, null, [1], true, true, [], 0, 0));
        tracker.Created(keyId, "operator");
        return keyId;
    }
}
