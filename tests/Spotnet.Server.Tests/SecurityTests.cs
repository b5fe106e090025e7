using System.Net;
using System.Security.Cryptography;
using Spotnet.Server.Accounts;
using Spotnet.Server.Security;
using Spotnet.Server.Storage;

namespace Spotnet.Server.Tests;

public sealed class SecurityTests
{
    [Fact]
    public void Secret_round_trips_only_with_the_same_associated_data()
    {
        var protector = new SecretProtector(RandomNumberGenerator.GetBytes(32));
        var ciphertext = protector.Protect("secret"u8, "key-1"u8);
        Assert.Equal("secret"u8.ToArray(), protector.Unprotect(ciphertext, "key-1"u8));
        Assert.Null(protector.Unprotect(ciphertext, "key-2"u8));
        ciphertext[^1] ^= 1;
        Assert.Null(protector.Unprotect(ciphertext, "key-1"u8));
        Assert.Null(new SecretProtector(RandomNumberGenerator.GetBytes(32)).Unprotect(protector.Protect("s"u8, "k"u8), "k"u8));
    }

    [Fact]
    public void Same_secret_encrypts_differently_each_time()
    {
        var protector = new SecretProtector(RandomNumberGenerator.GetBytes(32));
        Assert.NotEqual(protector.Protect("secret"u8, "k"u8), protector.Protect("secret"u8, "k"u8));
    }

    [Theory]
    [InlineData("10.0.0.0/8", "10.1.2.3", true)]
    [InlineData("10.0.0.0/8", "192.0.2.7", false)]
    [InlineData("127.0.0.1", "::ffff:127.0.0.1", true)]
    [InlineData("2001:db8::/32", "2001:db8::1", true)]
    [InlineData("2001:db8::/32", "2001:db9::1", false)]
    public void Ip_restriction_matches_addresses_and_ranges(string entry, string address, bool allowed)
    {
        var restriction = IpRestriction.Parse([entry], out _)!;
        Assert.Equal(allowed, restriction.Allows(IPAddress.Parse(address)));
    }

    // IPAddress.TryParse alone would read each of these as some other address (or an interface of this machine).
    [Theory]
    [InlineData("10")]
    [InlineData("127.1")]
    [InlineData("0x7f.0.0.1")]
    [InlineData("010.0.0.1")]
    [InlineData("1.2.3.256")]
    [InlineData("10/8")]
    [InlineData("0x0a.0.0.0/8")]
    [InlineData("10.0.0.0/08")]
    [InlineData("10.0.0.0/")]
    [InlineData("/8")]
    [InlineData("fe80::1%eth0")]
    [InlineData("fe80::1%2")]
    [InlineData("fe80::%2/64")]
    [InlineData(" 1.2.3.4")]
    public void Ip_restriction_refuses_spellings_that_mean_another_address(string entry)
    {
        Assert.Null(IpRestriction.Parse([entry], out var bad));
        Assert.Equal(entry, bad);
    }

    [Theory]
    [InlineData("0.0.0.0/0")]
    [InlineData("10.0.0.0/8")]
    [InlineData("192.168.1.10")]
    [InlineData("::1")]
    [InlineData("FE80::1")]
    [InlineData("::ffff:192.0.2.1")]
    [InlineData("2001:db8::/32")]
    public void Ip_restriction_takes_usual_spellings(string entry) =>
        Assert.NotNull(IpRestriction.Parse([entry], out _));

    [Fact]
    public void An_ipv4_mapped_entry_allows_that_ipv4_client_however_it_is_reported() =>
        Assert.True(IpRestriction.Parse(["::ffff:192.0.2.1"], out _)!.Allows(IPAddress.Parse("192.0.2.1")));

    [Fact]
    public void Empty_ip_restriction_allows_everyone_and_bad_entries_are_reported()
    {
        Assert.True(IpRestriction.Parse([], out _)!.Allows(IPAddress.Parse("203.0.113.9")));
        Assert.Null(IpRestriction.Parse(["10.0.0.0/8", "nope"], out var bad));
        Assert.Equal("nope", bad);
    }

    [Fact]
    public void Tampering_with_an_audit_record_breaks_the_chain_at_that_record()
    {
        var records = new List<AuditRecord>();
        var previous = new byte[32];
        for (var sequence = 1L; sequence <= 3; sequence++)
        {
            var hash = AuditChain.Hash(sequence, sequence, "admin", "apikey.create", $"keyId={sequence}", previous);
            records.Add(new AuditRecord(sequence, sequence, "admin", "apikey.create", $"keyId={sequence}", previous, hash));
            previous = hash;
        }

        Assert.Null(AuditChain.FindBreak(records));
        records[1] = records[1] with { Detail = "keyId=99" };
        Assert.Equal(2, AuditChain.FindBreak(records));
        records.RemoveAt(1);
        Assert.Equal(3, AuditChain.FindBreak(records));
    }

    [Fact]
    public void Audit_log_rows_cannot_be_updated_or_deleted()
    {
        var path = Path.Combine(Path.GetTempPath(), "spotnet-unit-" + Guid.NewGuid().ToString("N") + ".db");
        using (var store = new SqliteSpotStore(path))
        {
            store.AppendAudit(1, "admin", "account.create", "accountId=1");
            store.AppendAudit(2, "admin", "account.create", "accountId=2");
            Assert.Null(AuditChain.FindBreak(store.ReadAudit()));
        }

        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var update = connection.CreateCommand();
            update.CommandText = "UPDATE audit_log SET detail = 'x'";
            Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => update.ExecuteNonQuery());
            using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM audit_log";
            Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => delete.ExecuteNonQuery());
        }

        File.Delete(path);
    }

    [Fact]
    public void Generated_keys_are_64_alphanumerics_without_repeats()
    {
        var keys = Enumerable.Range(0, 2000).Select(_ => DataFolder.RandomAlphanumeric(64)).ToList();
        Assert.All(keys, key => Assert.Matches("^[A-Za-z0-9]{64}$", key));
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Created_key_never_shows_its_secret_in_to_string()
    {
        var created = new CreatedApiKey(1, new string('A', 60) + "WXYZ", "topsecretvalue", Protocol.Signing.KeyType.Hmac);
        var text = created.ToString();
        Assert.DoesNotContain("topsecretvalue", text, StringComparison.Ordinal);
        Assert.Contains("AAAA…WXYZ", text, StringComparison.Ordinal);
    }
}
