using Microsoft.Data.Sqlite;
using Spotnet.Protocol.Signing;
using Spotnet.Server.Accounts;

namespace Spotnet.Server.Storage;

/// <summary>The embedded default store: one SQLite file in the data folder.</summary>
public sealed class SqliteSpotStore : ISpotStore, IDisposable
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = FULL;
        CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS accounts (
            id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT, created_ms INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS balances (
            account_id INTEGER NOT NULL REFERENCES accounts(id), position INTEGER NOT NULL, asset TEXT NOT NULL,
            free TEXT NOT NULL, locked TEXT NOT NULL, PRIMARY KEY (account_id, asset));
        CREATE TABLE IF NOT EXISTS api_keys (
            id INTEGER PRIMARY KEY AUTOINCREMENT, account_id INTEGER NOT NULL REFERENCES accounts(id),
            key_hash BLOB NOT NULL UNIQUE, masked_key TEXT NOT NULL, type TEXT NOT NULL, secret_ciphertext BLOB,
            public_key BLOB, enable_reading INTEGER NOT NULL, enable_trading INTEGER NOT NULL,
            ip_restrict TEXT NOT NULL, created_ms INTEGER NOT NULL, revoked_ms INTEGER);
        CREATE TABLE IF NOT EXISTS audit_log (
            sequence INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
            detail TEXT NOT NULL, previous_hash BLOB NOT NULL, hash BLOB NOT NULL);
        CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
        CREATE TABLE IF NOT EXISTS ip_bans (address TEXT PRIMARY KEY, until_ms INTEGER NOT NULL, offences INTEGER NOT NULL);
        """;

    // Added after the first release: a table of its own, so existing databases only gain it.
    private const string KeyUsageSchema = """
        CREATE TABLE IF NOT EXISTS api_key_usage (
            key_id INTEGER PRIMARY KEY REFERENCES api_keys(id), created_by TEXT NOT NULL, last_used_ms INTEGER NOT NULL,
            last_used_ip TEXT, user_data_requests INTEGER NOT NULL, trade_requests INTEGER NOT NULL,
            user_stream_requests INTEGER NOT NULL, auth_failures INTEGER NOT NULL);
        """;

    private readonly string _path;
    private readonly SqliteConnection _connection;
    private readonly Lock _lock = new();

    // The open transaction of Atomically (or of a multi-row write); every command joins it, because SQLite refuses
    // commands outside the pending transaction of their connection.
    private SqliteTransaction? _transaction;

    /// <summary>
    /// Opens (creating if needed) the database file at the given path. Throws <see cref="StoreDamagedException"/> when
    /// SQLite cannot open it or its write-ahead log would silently drop committed transactions.
    /// </summary>
    public SqliteSpotStore(string path)
    {
        WriteAheadLog.EnsureNothingIsDropped(path);
        _path = path;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            StoreFile.Opening(path, () =>
            {
                _connection.Open();
                Execute(Schema);
                Execute(KeyUsageSchema);
                AddTradingSinceColumn();
                return true;
            });
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    // Added after the first release: when a key's TRADE expiry countdown started. Rows from before it count from their
    // creation, as they did then (the column stays null for them).
    private void AddTradingSinceColumn()
    {
        using var check = Command("SELECT COUNT(*) FROM pragma_table_info('api_keys') WHERE name = 'trading_since_ms'");
        if ((long)check.ExecuteScalar()! == 0)
        {
            Execute("ALTER TABLE api_keys ADD COLUMN trading_since_ms INTEGER");
        }
    }

    /// <inheritdoc />
    public string? GetMeta(string name)
    {
        lock (_lock)
        {
            using var command = Command("SELECT value FROM meta WHERE name = $name", ("$name", name));
            return command.ExecuteScalar() as string;
        }
    }

    /// <inheritdoc />
    public void SetMeta(string name, string value)
    {
        lock (_lock)
        {
            using var command = Command(
                "INSERT INTO meta (name, value) VALUES ($name, $value) ON CONFLICT(name) DO UPDATE SET value = $value",
                ("$name", name), ("$value", value));
            command.ExecuteNonQuery();
        }
    }

    /// <inheritdoc />
    public long CreateAccount(string? name, IReadOnlyList<BalanceRecord> balances, long nowMilliseconds)
    {
        lock (_lock)
        {
            return InTransaction(() =>
            {
                using var insert = Command(
                    "INSERT INTO accounts (name, created_ms) VALUES ($name, $created); SELECT last_insert_rowid();",
                    ("$name", name), ("$created", nowMilliseconds));
                var accountId = (long)insert.ExecuteScalar()!;
                for (var position = 0; position < balances.Count; position++)
                {
                    var balance = balances[position];
                    using var grant = Command(
                        "INSERT INTO balances (account_id, position, asset, free, locked) VALUES ($account, $position, $asset, $free, $locked)",
                        ("$account", accountId), ("$position", position), ("$asset", balance.Asset), ("$free", balance.Free),
                        ("$locked", balance.Locked));
                    grant.ExecuteNonQuery();
                }

                return accountId;
            });
        }
    }

    /// <inheritdoc />
    public AccountRecord? GetAccount(long accountId)
    {
        lock (_lock)
        {
            using var account = Command("SELECT name, created_ms FROM accounts WHERE id = $id", ("$id", accountId));
            using var reader = account.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            var name = reader.IsDBNull(0) ? null : reader.GetString(0);
            var created = reader.GetInt64(1);
            var balances = new List<BalanceRecord>();
            using var balanceCommand = Command(
                "SELECT asset, free, locked FROM balances WHERE account_id = $id ORDER BY position", ("$id", accountId));
            using var balanceReader = balanceCommand.ExecuteReader();
            while (balanceReader.Read())
            {
                balances.Add(new BalanceRecord(balanceReader.GetString(0), balanceReader.GetString(1), balanceReader.GetString(2)));
            }

            return new AccountRecord(accountId, name, created, balances);
        }
    }

    /// <inheritdoc />
    public long InsertApiKey(StoredApiKey key)
    {
        lock (_lock)
        {
            using var command = Command(
                """
                INSERT INTO api_keys (account_id, key_hash, masked_key, type, secret_ciphertext, public_key,
                    enable_reading, enable_trading, ip_restrict, created_ms, trading_since_ms)
                VALUES ($account, $hash, $masked, $type, $secret, $public, $read, $trade, $ips, $created, $since);
                SELECT last_insert_rowid();
                """,
                ("$account", key.AccountId), ("$hash", key.KeyHash), ("$masked", key.MaskedKey),
                ("$type", key.Type.ToString()), ("$secret", key.SecretCiphertext), ("$public", key.PublicKey),
                ("$read", key.EnableReading), ("$trade", key.EnableTrading), ("$ips", string.Join(',', key.IpRestrict)),
                ("$created", key.CreatedMilliseconds), ("$since", key.TradingSinceMilliseconds));
            return (long)command.ExecuteScalar()!;
        }
    }

    /// <inheritdoc />
    public bool RevokeApiKey(long accountId, long keyId, long nowMilliseconds)
    {
        lock (_lock)
        {
            using var command = Command(
                "UPDATE api_keys SET revoked_ms = $now WHERE id = $id AND account_id = $account AND revoked_ms IS NULL",
                ("$now", nowMilliseconds), ("$id", keyId), ("$account", accountId));
            return command.ExecuteNonQuery() == 1;
        }
    }

    /// <inheritdoc />
    public bool UpdateApiKey(long accountId, long keyId, bool enableReading, bool enableTrading, IReadOnlyList<string> ipRestrict, long tradingSinceMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(ipRestrict);
        lock (_lock)
        {
            using var command = Command(
                """
                UPDATE api_keys SET enable_reading = $read, enable_trading = $trade, ip_restrict = $ips, trading_since_ms = $since
                WHERE id = $id AND account_id = $account AND revoked_ms IS NULL
                """,
                ("$read", enableReading), ("$trade", enableTrading), ("$ips", string.Join(',', ipRestrict)),
                ("$since", tradingSinceMilliseconds), ("$id", keyId), ("$account", accountId));
            return command.ExecuteNonQuery() == 1;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredApiKey> ListApiKeys(long accountId)
    {
        lock (_lock)
        {
            using var command = Command(
                KeySelect + " WHERE account_id = $account AND revoked_ms IS NULL ORDER BY id", ("$account", accountId));
            return ReadKeys(command);
        }
    }

    /// <inheritdoc />
    public StoredApiKey? FindApiKey(ReadOnlySpan<byte> keyHash)
    {
        lock (_lock)
        {
            using var command = Command(KeySelect + " WHERE key_hash = $hash AND revoked_ms IS NULL", ("$hash", keyHash.ToArray()));
            var keys = ReadKeys(command);
            return keys.Count == 0 ? null : keys[0];
        }
    }

    /// <inheritdoc />
    public AuditRecord AppendAudit(long nowMilliseconds, string actor, string action, string detail)
    {
        lock (_lock)
        {
            // Every audited change writes its record here, so a removed database fails each change (503, J18).
            StoreFile.EnsureStillThere(_path);

            using var last = Command("SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1");
            using var reader = last.ExecuteReader();
            var sequence = 1L;
            var previousHash = new byte[32];
            if (reader.Read())
            {
                sequence = reader.GetInt64(0) + 1;
                previousHash = (byte[])reader.GetValue(1);
            }

            reader.Close();
            var record = new AuditRecord(
                sequence, nowMilliseconds, actor, action, detail, previousHash,
                AuditChain.Hash(sequence, nowMilliseconds, actor, action, detail, previousHash));
            using var insert = Command(
                "INSERT INTO audit_log VALUES ($sequence, $time, $actor, $action, $detail, $previous, $hash)",
                ("$sequence", sequence), ("$time", nowMilliseconds), ("$actor", actor), ("$action", action),
                ("$detail", detail), ("$previous", previousHash), ("$hash", record.Hash));
            insert.ExecuteNonQuery();
            return record;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<AuditRecord> ReadAudit()
    {
        lock (_lock)
        {
            using var command = Command("SELECT * FROM audit_log ORDER BY sequence");
            using var reader = command.ExecuteReader();
            var records = new List<AuditRecord>();
            while (reader.Read())
            {
                records.Add(new AuditRecord(
                    reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    (byte[])reader.GetValue(5), (byte[])reader.GetValue(6)));
            }

            return records;
        }
    }

    /// <inheritdoc />
    public void SaveBan(string address, long untilMilliseconds, int offences)
    {
        lock (_lock)
        {
            using var command = Command(
                """
                INSERT INTO ip_bans (address, until_ms, offences) VALUES ($address, $until, $offences)
                ON CONFLICT(address) DO UPDATE SET until_ms = $until, offences = $offences
                """,
                ("$address", address), ("$until", untilMilliseconds), ("$offences", offences));
            command.ExecuteNonQuery();
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<(string Address, long UntilMilliseconds, int Offences)> LoadBans()
    {
        lock (_lock)
        {
            using var command = Command("SELECT address, until_ms, offences FROM ip_bans");
            using var reader = command.ExecuteReader();
            var bans = new List<(string, long, int)>();
            while (reader.Read())
            {
                bans.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt32(2)));
            }

            return bans;
        }
    }

    /// <inheritdoc />
    public bool DisableTrading(long keyId)
    {
        lock (_lock)
        {
            using var command = Command("UPDATE api_keys SET enable_trading = 0 WHERE id = $id AND enable_trading = 1", ("$id", keyId));
            return command.ExecuteNonQuery() == 1;
        }
    }

    /// <inheritdoc />
    public void SaveKeyUsage(IReadOnlyList<ApiKeyUsageRecord> usage)
    {
        ArgumentNullException.ThrowIfNull(usage);
        lock (_lock)
        {
            InTransaction(() =>
            {
                foreach (var record in usage)
                {
                    using var command = Command(
                        """
                        INSERT INTO api_key_usage VALUES ($id, $by, $last, $ip, $read, $trade, $stream, $failures)
                        ON CONFLICT(key_id) DO UPDATE SET created_by = $by, last_used_ms = $last, last_used_ip = $ip,
                            user_data_requests = $read, trade_requests = $trade, user_stream_requests = $stream,
                            auth_failures = $failures
                        """,
                        ("$id", record.KeyId), ("$by", record.CreatedBy), ("$last", record.LastUsedMilliseconds),
                        ("$ip", record.LastUsedAddress), ("$read", record.UserDataRequests), ("$trade", record.TradeRequests),
                        ("$stream", record.UserStreamRequests), ("$failures", record.AuthenticationFailures));
                    command.ExecuteNonQuery();
                }

                return 0;
            });
        }
    }

    /// <inheritdoc />
    public ApiKeyUsageRecord? GetKeyUsage(long keyId)
    {
        lock (_lock)
        {
            using var command = Command("SELECT * FROM api_key_usage WHERE key_id = $id", ("$id", keyId));
            using var reader = command.ExecuteReader();
            return reader.Read()
                ? new ApiKeyUsageRecord(
                    reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7))
                : null;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredSecret> ListSecrets()
    {
        lock (_lock)
        {
            using var command = Command("SELECT id, key_hash, secret_ciphertext FROM api_keys WHERE secret_ciphertext IS NOT NULL ORDER BY id");
            using var reader = command.ExecuteReader();
            var secrets = new List<StoredSecret>();
            while (reader.Read())
            {
                secrets.Add(new StoredSecret(reader.GetInt64(0), (byte[])reader.GetValue(1), (byte[])reader.GetValue(2)));
            }

            return secrets;
        }
    }

    /// <inheritdoc />
    public bool ReplaceSecret(long keyId, byte[] expected, byte[] replacement)
    {
        lock (_lock)
        {
            using var command = Command(
                "UPDATE api_keys SET secret_ciphertext = $new WHERE id = $id AND secret_ciphertext = $old",
                ("$new", replacement), ("$id", keyId), ("$old", expected));
            return command.ExecuteNonQuery() == 1;
        }
    }

    /// <inheritdoc />
    public T Atomically<T>(Func<T> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        // The lock is re-entrant: the store calls made by the change take it again on this thread.
        lock (_lock)
        {
            return InTransaction(change);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    // Runs body in the open transaction, or in a new one committed when body returns and rolled back when it throws.
    private T InTransaction<T>(Func<T> body)
    {
        if (_transaction is not null)
        {
            return body();
        }

        _transaction = _connection.BeginTransaction();
        try
        {
            var result = body();
            _transaction.Commit();
            return result;
        }
        finally
        {
            // Disposing an uncommitted transaction rolls it back.
            _transaction.Dispose();
            _transaction = null;
        }
    }

    private const string KeySelect = """
        SELECT id, account_id, key_hash, masked_key, type, secret_ciphertext, public_key, enable_reading,
            enable_trading, ip_restrict, created_ms, COALESCE(trading_since_ms, created_ms) FROM api_keys
        """;

    private static List<StoredApiKey> ReadKeys(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var keys = new List<StoredApiKey>();
        while (reader.Read())
        {
            var ips = reader.GetString(9);
            keys.Add(new StoredApiKey(
                reader.GetInt64(0), reader.GetInt64(1), (byte[])reader.GetValue(2), reader.GetString(3),
                Enum.Parse<KeyType>(reader.GetString(4)),
                reader.IsDBNull(5) ? null : (byte[])reader.GetValue(5),
                reader.IsDBNull(6) ? null : (byte[])reader.GetValue(6),
                reader.GetBoolean(7), reader.GetBoolean(8),
                ips.Length == 0 ? [] : ips.Split(','),
                reader.GetInt64(10), reader.GetInt64(11)));
        }

        return keys;
    }

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
