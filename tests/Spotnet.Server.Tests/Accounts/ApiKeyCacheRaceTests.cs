using Spotnet.Protocol.Signing;
using Spotnet.Server.Accounts;
using Spotnet.Server.Configuration;
using Spotnet.Server.Security;
using Spotnet.Server.Storage;
using Spotnet.Tests.Shared;

namespace Spotnet.Server.Tests.Accounts;

/// <summary>
/// A permission change or revocation that lands while a request is filling the key cache from the old row must not
/// leave the old permissions cached (RT-10). The interleaving is forced: the cache fill stops right after its read.
/// </summary>
public sealed class ApiKeyCacheRaceTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "spotnet-keyrace-" + Guid.NewGuid().ToString("N") + ".db");
    private readonly PausingStore _store;
    private readonly ApiKeyRegistry _registry;
    private readonly AccountService _accounts;

    public ApiKeyCacheRaceTests()
    {
        _store = new PausingStore(new SqliteSpotStore(_path));
        var settings = new ServerSettings().WithDefaults();
        var protector = new SecretProtector(new byte[32]);
        var usage = new KeyUsageTracker(_store);
        _registry = new ApiKeyRegistry(_store, protector, usage, settings);
        _accounts = new AccountService(_store, protector, _registry, usage, TimeProvider.System, settings);
    }

    [Fact]
    public async Task A_permission_change_during_a_cache_fill_is_seen_by_that_request_and_every_later_one()
    {
        var (accountId, key) = CreateKey();
        var fill = _store.PauseNextFind();
        var request = Task.Run(() => _registry.Find(key.ApiKey));
        fill.WaitUntilRead();

        Assert.NotNull(_accounts.UpdateApiKey(accountId, key.KeyId, new KeyPermissionsChange(null, false, ["10.0.0.1"]), "test", out _));
        fill.Resume();
        var during = await request;

        Assert.False(during!.EnableTrading);
        var after = _registry.Find(key.ApiKey)!;
        Assert.False(after.EnableTrading);
        Assert.False(after.IpRestriction.Allows(System.Net.IPAddress.Loopback));
    }

    [Fact]
    public async Task A_revocation_during_a_cache_fill_never_resurrects_the_key()
    {
        var (accountId, key) = CreateKey();
        var fill = _store.PauseNextFind();
        var request = Task.Run(() => _registry.Find(key.ApiKey));
        fill.WaitUntilRead();

        Assert.True(_accounts.RevokeApiKey(accountId, key.KeyId, "test"));
        fill.Resume();

        Assert.Null(await request);
        Assert.Null(_registry.Find(key.ApiKey));
    }

    [Fact]
    public void A_permission_change_after_the_key_is_cached_applies_to_the_next_lookup()
    {
        var (accountId, key) = CreateKey();
        var cached = _registry.Find(key.ApiKey)!;
        Assert.True(cached.EnableReading);

        _accounts.UpdateApiKey(accountId, key.KeyId, new KeyPermissionsChange(false, null, null), "test", out _);

        Assert.False(_registry.Find(key.ApiKey)!.EnableReading);
        Assert.Contains(_store.ReadAudit(), record => record.Action == "apikey.permissions" && record.Detail.Contains("reading=False", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    private (long AccountId, CreatedApiKey Key) CreateKey()
    {
        var accountId = _accounts.CreateAccount("race", "test");
        var key = _accounts.CreateApiKey(accountId, new NewApiKey(KeyType.Hmac, null, true, true, []), "test", out var error);
        Assert.Null(error);
        return (accountId, key!);
    }

    /// <summary>One paused key lookup: the store has read the row and waits before handing it back.</summary>
    private sealed class Pause
    {
        private readonly ManualResetEventSlim _read = new();
        private readonly ManualResetEventSlim _resume = new();

        public void WaitUntilRead() => Assert.True(_read.Wait(TimeSpan.FromMinutes(1)));

        public void Resume() => _resume.Set();

        public void AfterRead()
        {
            _read.Set();
            _resume.Wait(TimeSpan.FromMinutes(1));
        }
    }

    /// <summary>The SQLite store, except that one key lookup can be held between its read and its return.</summary>
    private sealed class PausingStore(SqliteSpotStore inner) : ForwardingSpotStore(inner)
    {
        private Pause? _pause;

        public Pause PauseNextFind() => _pause = new Pause();

        public override StoredApiKey? FindApiKey(ReadOnlySpan<byte> keyHash)
        {
            var row = base.FindApiKey(keyHash);
            Interlocked.Exchange(ref _pause, null)?.AfterRead();
            return row;
        }
    }
}
