using System.Globalization;
using System.Text;
using Spotnet.Protocol.Signing;

namespace Spotnet.Protocol.Tests.Signing;

public class CultureAndSecrecyTests
{
    private const string Ed25519Pem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n-----END PRIVATE KEY-----";

    private static readonly string RsaPem = CreateRsaPem();

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    public void Payloads_and_signatures_are_the_same_bytes_under_any_current_culture(string culture)
    {
        var invariant = RunUnder(CultureInfo.InvariantCulture);
        var local = RunUnder(CultureInfo.GetCultureInfo(culture));

        Assert.Equal(invariant, local);
        Assert.StartsWith("symbol=%EF%BC%91&quantity=1234.50000000&price=-0.001&timestamp=1499827319559&flag=true", invariant[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Hmac_signing_key_zeroes_its_secret_on_dispose()
    {
        var key = (HmacSigningKey)SigningKey.FromSecret(HmacVectorTests.Secret);
        Assert.Equal(Encoding.ASCII.GetBytes(HmacVectorTests.Secret), key.Secret.ToArray());

        key.Dispose();

        Assert.True(key.Secret.ToArray().All(b => b == 0));
        Assert.Throws<ObjectDisposedException>(() => key.Sign("a=1"u8));
    }

    [Fact]
    public void Hmac_verifier_zeroes_its_secret_on_dispose()
    {
        var verifier = (HmacSignatureVerifier)SignatureVerifier.ForHmacSecret(Encoding.ASCII.GetBytes(HmacVectorTests.Secret));
        Assert.False(verifier.Verify("a=1"u8, new string('0', 64)));

        verifier.Dispose();

        Assert.True(verifier.Secret.ToArray().All(b => b == 0));
        Assert.Throws<ObjectDisposedException>(() => verifier.Verify("a=1"u8, new string('0', 64)));
    }

    [Fact]
    public void Managed_ed25519_key_zeroes_its_seed_and_native_keys_are_released_on_dispose()
    {
        var managed = Ed25519SigningKey.Create(Convert.FromHexString("833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42"), Ed25519Backend.BouncyCastle);
        var native = SigningKey.FromSecret(Ed25519Pem);

        managed.Dispose();
        native.Dispose();

        Assert.Throws<ObjectDisposedException>(() => managed.Sign("a=1"u8));
        Assert.Throws<ObjectDisposedException>(() => native.Sign("a=1"u8));
        var seed = typeof(Ed25519SigningKey).GetField("_seed", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        Assert.True(((byte[])seed.GetValue(managed)!).All(b => b == 0));
    }

    [Fact]
    public void ToString_shows_the_key_type_and_never_the_secret()
    {
        using var hmac = SigningKey.FromSecret(HmacVectorTests.Secret);
        using var ed25519 = SigningKey.FromSecret(Ed25519Pem);
        using var verifier = SignatureVerifier.ForHmacSecret(Encoding.ASCII.GetBytes(HmacVectorTests.Secret));

        Assert.Equal("Hmac signing key", hmac.ToString());
        Assert.Equal("Ed25519 signing key", ed25519.ToString());
        Assert.Equal("Hmac signature verifier", verifier.ToString());
        Assert.DoesNotContain("NhqPtmd", hmac.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("Ed25519 public key (256 bits, SHA-256 ", ed25519.PublicKey!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Key_errors_never_repeat_the_text_they_were_given()
    {
        const string secretLike = "this is not a secret but it has spaces NhqPtmdSJYdKjVHjA7PZj4Mge3R5";
        var exception = Assert.Throws<KeyFormatException>(() => SigningKey.FromSecret(secretLike));
        var pem = Ed25519Pem.Replace("-----END PRIVATE KEY-----", "-----END PRIVATE KEY-----\ntrailing", StringComparison.Ordinal);
        var trailing = Assert.Throws<KeyFormatException>(() => SigningKey.FromSecret(pem));

        Assert.DoesNotContain("NhqPtmd", exception.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("MC4CAQAw", trailing.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("trailing", trailing.Message, StringComparison.Ordinal);
    }

    private static string CreateRsaPem()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        return rsa.ExportPkcs8PrivateKeyPem();
    }

    private static string[] RunUnder(CultureInfo culture)
    {
        var previous = CultureInfo.CurrentCulture;
        var previousUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            using var hmac = SigningKey.FromSecret(HmacVectorTests.Secret);
            using var ed25519 = SigningKey.FromSecret(Ed25519Pem);
            using var rsa = SigningKey.FromSecret(RsaPem);
            var builder = new QueryStringBuilder()
                .Add("symbol", "１").Add("quantity", 1234.50000000m).Add("price", -0.001m).Add("timestamp", 1499827319559L).Add("flag", true);
            var payload = builder.ToString();
            var webSocket = Encoding.UTF8.GetString(WebSocketSignaturePayload.Build([new("price", 0.1m.ToString(CultureInfo.InvariantCulture)), new("apiKey", "k")]));
            return [payload, builder.ToSignedString(hmac), builder.ToSignedString(ed25519), builder.ToSignedString(rsa), webSocket, hmac.Sign(webSocket)];
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}
