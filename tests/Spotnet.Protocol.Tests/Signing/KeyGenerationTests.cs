using Spotnet.Protocol.Signing;

namespace Spotnet.Protocol.Tests.Signing;

public class KeyGenerationTests
{
    private static readonly byte[] Payload = "symbol=BTCUSDT&timestamp=1499827319559"u8.ToArray();

    [Fact]
    public void Generated_ed25519_key_round_trips_through_plain_and_encrypted_pem()
    {
        using var key = SigningKey.GenerateEd25519();

        using var plain = SigningKey.FromSecret(key.ExportPrivateKeyPem());
        using var encrypted = SigningKey.FromSecret(key.ExportPrivateKeyPem("s3cret pass"), () => "s3cret pass");

        Assert.Equal(KeyType.Ed25519, key.KeyType);
        Assert.Equal(key.Sign(Payload), plain.Sign(Payload));
        Assert.Equal(key.Sign(Payload), encrypted.Sign(Payload));
        using var verifier = SignatureVerifier.ForPublicKeyPem(key.PublicKey!.ToPem());
        Assert.True(verifier.Verify(Payload, key.Sign(Payload)));
    }

    [Fact]
    public void Generated_rsa_key_has_the_requested_size_and_round_trips_through_encrypted_pem()
    {
        using var key = SigningKey.GenerateRsa(3072);

        using var loaded = SigningKey.FromSecret(key.ExportPrivateKeyPem("pw"), () => "pw");

        Assert.Equal(3072, key.PublicKey!.KeySizeInBits);
        Assert.Equal(key.Sign(Payload), loaded.Sign(Payload));
        Assert.Equal(KeyFormatError.WrongPassphrase, Assert.Throws<KeyFormatException>(() => SigningKey.FromSecret(key.ExportPrivateKeyPem("pw"), () => "pW")).Reason);
    }

    [Fact]
    public void Rsa_sizes_binance_does_not_accept_cannot_be_generated()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SigningKey.GenerateRsa(1024));
        Assert.Throws<ArgumentOutOfRangeException>(() => SigningKey.GenerateRsa(8192));
    }

    [Fact]
    public void Both_ed25519_backends_export_the_same_pkcs8()
    {
        var seed = Convert.FromHexString("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        using var openSsl = Ed25519SigningKey.Create(seed, Ed25519Backend.OpenSsl);
        using var bouncyCastle = Ed25519SigningKey.Create(seed, Ed25519Backend.BouncyCastle);

        Assert.Equal(openSsl.ExportPrivateKeyPem(), bouncyCastle.ExportPrivateKeyPem());
        Assert.Contains("MC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g", openSsl.ExportPrivateKeyPem(), StringComparison.Ordinal);
    }

    [Fact]
    public void Hmac_secret_has_no_pem_form()
    {
        using var key = SigningKey.FromSecret(HmacVectorTests.Secret);

        Assert.Throws<InvalidOperationException>(() => key.ExportPrivateKeyPem());
    }

    [OpenSslFact]
    public void Openssl_reads_the_encrypted_keys_this_library_writes()
    {
        using var cli = new OpenSslCli();
        using var ed25519 = SigningKey.GenerateEd25519();
        using var rsa = SigningKey.GenerateRsa();
        foreach (var key in new[] { ed25519, rsa })
        {
            File.WriteAllText(cli.PathOf("key.pem"), key.ExportPrivateKeyPem("open sesame"));

            var publicPem = cli.Run("pkey", "-in", "key.pem", "-passin", "pass:open sesame", "-pubout");

            Assert.Equal(key.PublicKey!.ToPem().Trim(), publicPem.Trim());
            Assert.NotEqual(0, cli.TryRun("pkey", "-in", "key.pem", "-passin", "pass:wrong", "-pubout").ExitCode);
        }
    }
}
