using System.Text;
using Spotnet.Client.Credentials;
using Spotnet.Client.Tests.Support;
using Spotnet.Protocol.Signing;

namespace Spotnet.Client.Tests;

/// <summary>The key-pair helper (C-4) and credentials from caller-held bytes (C-1).</summary>
public class KeyGenerationTests
{
    private const string ApiKey = "testApiKey0123456789";

    [Theory]
    [InlineData(KeyType.Ed25519)]
    [InlineData(KeyType.Rsa)]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_generated_key_file_is_encrypted_owner_only_and_signs_what_its_public_key_verifies(KeyType keyType)
    {
        var path = Path.Combine(Path.GetTempPath(), $"spotnet-key-{Guid.NewGuid():N}.pem");
        try
        {
            var publicKeyPem = SpotKeyGenerator.GenerateKeyFile(path, "correct horse battery staple", keyType);

            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            Assert.StartsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----", File.ReadAllText(path), StringComparison.Ordinal);
            Assert.StartsWith("-----BEGIN PUBLIC KEY-----", publicKeyPem, StringComparison.Ordinal);
            Assert.ThrowsAny<Exception>(() => SpotCredentials.FromPemFile(ApiKey, path, () => "wrong passphrase"));
            using var credentials = SpotCredentials.FromPemFile(ApiKey, path, () => "correct horse battery staple");
            Assert.Equal(keyType, credentials.KeyType);
            var payload = "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=1&timestamp=1499827319559"u8.ToArray();
            using var verifier = SignatureVerifier.ForPublicKeyPem(publicKeyPem);
            Assert.True(verifier.Verify(payload, credentials.Key.Sign(payload)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_existing_file_is_never_overwritten_and_hmac_pairs_are_not_generated()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "keep me");

            Assert.Throws<IOException>(() => SpotKeyGenerator.GenerateKeyFile(path, "passphrase"));
            Assert.Throws<ArgumentException>(() => SpotKeyGenerator.GenerateKeyFile(path + ".hmac", "passphrase", KeyType.Hmac));
            Assert.Equal("keep me", File.ReadAllText(path));
            Assert.False(File.Exists(path + ".hmac"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Credentials_from_utf8_bytes_sign_like_credentials_from_the_same_text()
    {
        var bytes = Encoding.UTF8.GetBytes(TestKeys.Ed25519Pem);
        using var fromBytes = SpotCredentials.FromSecret(ApiKey, bytes);
        Array.Clear(bytes);
        using var fromText = SpotCredentials.FromSecret(ApiKey, TestKeys.Ed25519Pem);

        Assert.Equal(fromText.Key.Sign("a=1"), fromBytes.Key.Sign("a=1"));
        Assert.Equal(KeyType.Ed25519, fromBytes.KeyType);
    }
}
