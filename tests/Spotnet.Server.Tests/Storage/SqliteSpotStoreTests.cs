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

    [Fact]
    public void A_crash_image_whose_log_is_damaged_before_later_commits_refuses_to_open()
    {
        // The files as a crash leaves them: copied while the store is open, its log not yet checkpointed.
        string[] images = [_path + ".intact", _path + ".damaged"];
        using (var store = new SqliteSpotStore(_path))
        {
            for (var i = 0; i < 40; i++)
            {
                store.AppendAudit(i, "test", "probe", $"n={i}");
            }

            foreach (var image in images)
            {
                File.Copy(_path, image);
                File.Copy(_path + "-wal", image + "-wal");
            }
        }

        using (var intact = new SqliteSpotStore(images[0]))
        {
            Assert.Equal(40, intact.ReadAudit().Count);
        }

        using (var stream = new FileStream(images[1] + "-wal", FileMode.Open, FileAccess.ReadWrite))
        {
            stream.Position = 32 + 24 + 200;
            var value = stream.ReadByte();
            stream.Position -= 1;
            stream.WriteByte((byte)(value ^ 0x01));
        }

        var refusal = Assert.Throws<StoreDamagedException>(() => new SqliteSpotStore(images[1]));
        Assert.Contains(".damaged-wal is damaged (frame 1 fails its checksum and ", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_database_refuses_to_open_naming_it()
    {
        File.WriteAllText(_path, "not a database, but text long enough to fill a header of one hundred bytes or so ......");

        var refusal = Assert.Throws<StoreDamagedException>(() => new SqliteSpotStore(_path));
        Assert.StartsWith($"{Path.GetFileName(_path)} cannot be opened (SQLite Error 26", refusal.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_path)!, Path.GetFileName(_path) + "*"))
        {
            File.Delete(file);
        }
    }
}
