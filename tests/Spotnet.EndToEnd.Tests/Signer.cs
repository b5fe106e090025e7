using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace Spotnet.EndToEnd.Tests;

/// <summary>The client side of a key: signs payloads the way Binance's docs say (HMAC hex, RSA/Ed25519 base64).</summary>
public sealed class Signer
{
    private readonly string _type;
    private RSA? _rsa;
    private Ed25519PrivateKeyParameters? _ed25519;

    private Signer(string type) => _type = type;

    /// <summary>The public key to register, for RSA and Ed25519.</summary>
    public string? PublicKeyPem { get; private set; }

    /// <summary>The issued key string.</summary>
    public string ApiKey { get; private set; } = "";

    /// <summary>The HMAC secret.</summary>
    public string? Secret { get; private set; }

    /// <summary>The owning account.</summary>
    public long AccountId { get; private set; }

    /// <summary>The key's row id.</summary>
    public long KeyId { get; private set; }

    /// <summary>Creates key material for a type.</summary>
    public static Signer Generate(string type, int rsaBits = 2048)
    {
        var signer = new Signer(type);
        if (type == "RSA")
        {
            signer._rsa = RSA.Create(rsaBits);
            signer.PublicKeyPem = signer._rsa.ExportSubjectPublicKeyInfoPem();
        }
        else if (type == "ED25519")
        {
            signer._ed25519 = new Ed25519PrivateKeyParameters(new SecureRandom());
            var spki = Org.BouncyCastle.X509.SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(signer._ed25519.GeneratePublicKey()).GetDerEncoded();
            signer.PublicKeyPem = PemEncoding.WriteString("PUBLIC KEY", spki);
        }

        return signer;
    }

    /// <summary>Records what the server issued.</summary>
    public void Attach(long accountId, long keyId, string apiKey, string? secret)
    {
        AccountId = accountId;
        KeyId = keyId;
        ApiKey = apiKey;
        Secret = secret;
    }

    /// <summary>Signs a payload string (its UTF-8 bytes).</summary>
    public string Sign(string payload)
    {
        var bytes = Encoding.UTF8.GetBytes(payload);
        switch (_type)
        {
            case "HMAC":
                return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret!), bytes));
            case "RSA":
                return Convert.ToBase64String(_rsa!.SignData(bytes, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
            default:
                var signer = new Ed25519Signer();
                signer.Init(true, _ed25519);
                signer.BlockUpdate(bytes, 0, bytes.Length);
                return Convert.ToBase64String(signer.GenerateSignature());
        }
    }

    /// <summary>Ed25519 signature (64 raw bytes) over arbitrary bytes, for tests that sign something other than the payload.</summary>
    public byte[] SignEd25519Bytes(byte[] message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var signer = new Ed25519Signer();
        signer.Init(true, _ed25519);
        signer.BlockUpdate(message, 0, message.Length);
        return signer.GenerateSignature();
    }

    /// <summary>Signs with RSA-PSS instead of PKCS#1 v1.5 (which the server must reject).</summary>
    public string SignPss(string payload) =>
        Convert.ToBase64String(_rsa!.SignData(Encoding.UTF8.GetBytes(payload), HashAlgorithmName.SHA256, RSASignaturePadding.Pss));
}
