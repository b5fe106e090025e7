using System.Security.Cryptography;

namespace Spotnet.Client.Tests.Support;

/// <summary>Private keys of every supported format, made for the tests.</summary>
internal static class TestKeys
{
    // RFC 8032 test 1 secret key; PKCS#8 wraps it behind a fixed 16-byte header (RFC 8410).
    private static readonly byte[] Ed25519Seed = Convert.FromHexString("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    private static readonly byte[] Ed25519Pkcs8Header = Convert.FromHexString("302e020100300506032b657004220420");

    public static RSA Rsa { get; } = RSA.Create(2048);

    public static string RsaPkcs1Pem => Rsa.ExportRSAPrivateKeyPem();

    public static string RsaPkcs8Pem => Rsa.ExportPkcs8PrivateKeyPem();

    public static string RsaEncryptedPkcs8Pem(string passphrase) =>
        Rsa.ExportEncryptedPkcs8PrivateKeyPem(passphrase, new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 100_000));

    public static string Ed25519Pem => PemEncoding.WriteString("PRIVATE KEY", [.. Ed25519Pkcs8Header, .. Ed25519Seed]);
}
