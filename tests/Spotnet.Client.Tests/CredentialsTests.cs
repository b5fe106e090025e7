using System.Security.Cryptography;
using System.Text;
using Spotnet.Client.Credentials;
using Spotnet.Client.Requests;
using Spotnet.Client.Tests.Support;
using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Signing;

namespace Spotnet.Client.Tests;

public class CredentialsTests
{
    private const string ApiKey = "testApiKey0123456789";
    private const EndpointId PostOrder = EndpointId.NewOrder;

    public static TheoryData<string, KeyType> Secrets => new()
    {
        { DocumentedKeys.Secret, KeyType.Hmac },
        { TestKeys.RsaPkcs1Pem, KeyType.Rsa },
        { TestKeys.RsaPkcs8Pem, KeyType.Rsa },
        { TestKeys.Ed25519Pem, KeyType.Ed25519 },
    };

    [Theory]
    [MemberData(nameof(Secrets))]
    public void Key_type_is_detected_by_reading_the_secret(string secret, KeyType expected)
    {
        using var credentials = SpotCredentials.FromSecret(ApiKey, secret);

        Assert.Equal(expected, credentials.KeyType);
    }

    [Theory]
    [MemberData(nameof(Secrets))]
    public async Task Signature_covers_exactly_the_bytes_sent_before_it_for_every_key_type(string secret, KeyType keyType)
    {
        await using var fixture = await ClientFixture.StartAsync(credentials: SpotCredentials.FromSecret(ApiKey, secret));
        var order = NewOrder.Limit("这是测试币456", OrderSide.Buy, 0.5m, 100.25m) with { ClientOrderId = "key-check" };

        await fixture.Client.SendAsync(PostOrder, order, static _ => 0, CancellationToken.None);

        var sent = Assert.Single(fixture.Server.Requests);
        var body = sent.BodyText;
        var cut = body.LastIndexOf("&signature=", StringComparison.Ordinal);
        var signedPart = body[..cut];
        var signature = Uri.UnescapeDataString(body[(cut + "&signature=".Length)..]);
        Assert.Equal(ApiKey, sent.ApiKey);
        Assert.Equal(
            "symbol=%E8%BF%99%E6%98%AF%E6%B5%8B%E8%AF%95%E5%B8%81456&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.5&price=100.25&newClientOrderId=key-check&recvWindow=5000&timestamp=1499827319559",
            signedPart);
        Assert.True(Verify(keyType, secret, Encoding.ASCII.GetBytes(signedPart), signature));
    }

    [Fact]
    public void Encrypted_pkcs8_key_is_decrypted_with_the_passphrase_callback()
    {
        var asked = 0;

        using var credentials = SpotCredentials.FromSecret(ApiKey, TestKeys.RsaEncryptedPkcs8Pem("correct horse"), () =>
        {
            asked++;
            return "correct horse";
        });

        Assert.Equal(KeyType.Rsa, credentials.KeyType);
        Assert.Equal(1, asked);
    }

    [Fact]
    public void Public_key_given_as_secret_is_refused_with_a_key_format_error()
    {
        var publicPem = TestKeys.Rsa.ExportSubjectPublicKeyInfoPem();

        Assert.Throws<KeyFormatException>(() => SpotCredentials.FromSecret(ApiKey, publicPem));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Pem_file_is_loaded_when_private_and_refused_when_others_can_read_it()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, TestKeys.Ed25519Pem);
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            using (var credentials = SpotCredentials.FromPemFile(ApiKey, path))
            {
                Assert.Equal(KeyType.Ed25519, credentials.KeyType);
            }

            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
            Assert.Throws<UnauthorizedAccessException>(() => SpotCredentials.FromPemFile(ApiKey, path));
            using var allowed = SpotCredentials.FromPemFile(ApiKey, path, allowInsecureKeyFile: true);
            Assert.Equal(KeyType.Ed25519, allowed.KeyType);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Exception_for_a_bad_secret_does_not_contain_the_secret()
    {
        const string secret = "not a key, with spaces: hunter2";

        var error = Assert.Throws<KeyFormatException>(() => SpotCredentials.FromSecret(ApiKey, secret));

        Assert.DoesNotContain("hunter2", error.ToString(), StringComparison.Ordinal);
    }

    private static bool Verify(KeyType keyType, string secret, byte[] payload, string signature)
    {
        switch (keyType)
        {
            case KeyType.Hmac:
                return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), payload)) == signature;
            case KeyType.Rsa:
                return TestKeys.Rsa.VerifyData(payload, Convert.FromBase64String(signature), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            default:
                using (var key = SigningKey.FromSecret(secret))
                using (var verifier = SignatureVerifier.ForPublicKey(key.PublicKey!))
                {
                    return verifier.Verify(payload, signature);
                }
        }
    }
}
