using Microsoft.Data.Sqlite;
using Spotnet.Server.Storage;

namespace Spotnet.Server.Tests.Storage;

/// <summary>The account/key store's upgrades of databases written by earlier versions.</summary>
public sealed class SqliteSpotStoreTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "spotnet-spot-" + Guid.NewGuid().ToString("N") + ".db");

    [Fact]
    public void A_key_stored_before_the_trading_countdown_column_counts_from_its_creation_and_can_be_restarted()
    {
        // The api_keys table as the first release created it, with one key created at 1,000 ms.
        using (var connection = new SqliteConnection($"Data Source={_path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE accounts (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT, created_ms INTEGER NOT NULL);
                CREATE TABLE api_keys (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, account_id INTEGER NOT NULL REFERENCES accounts(id),
                    key_hash BLOB NOT NULL UNIQUE, masked_key TEXT NOT NULL, type TEXT NOT NULL, secret_ciphertext BLOB,
                    public_key BLOB, enable_reading INTEGER NOT NULL, enable_trading INTEGER NOT NULL,
                    ip_restrict TEXT NOT NULL, created_ms INTEGER NOT NULL, revoked_ms INTEGER);
                INSERT INTO accounts (name, created_ms) VALUES (NULL, 1000);
                INSERT INTO api_keys (account_id, key_hash, masked_key, type, public_key, enable_reading, enable_trading, ip_restrict, created_ms)
                    VALUES (1, x'01', '****', 'Ed25519', x'02', 1, 1, '', 1000);
                """;
            command.ExecuteNonQuery();
        }

        long before;
        long after;
        using (var store = new SqliteSpotStore(_path))
        {
            before = Assert.Single(store.ListApiKeys(1)).TradingSinceMilliseconds;
            Assert.True(store.UpdateApiKey(1, 1, true, true, [], 5_000));
        }

        // The column survives reopening (the upgrade runs once; a second open finds it).
        using (var reopened = new SqliteSpotStore(_path))
        {
            after = Assert.Single(reopened.ListApiKeys(1)).TradingSinceMilliseconds;
        }

        Assert.Equal(1000, before);
        Assert.Equal(5_000, after);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
