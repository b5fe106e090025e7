using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Spotnet.Protocol.Signing;

namespace Spotnet.Benchmarks.Signing;

/// <summary>Signing and verification of one ~160-byte REST payload with keys built once, as the server caches them.</summary>
[MemoryDiagnoser]
public class SignatureBenchmarks
{
    private const string Secret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";

    private readonly byte[] _payload = Encoding.ASCII.GetBytes(
        "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.00100000&price=65000.00&newClientOrderId=x1y2z3&recvWindow=5000&timestamp=1499827319559");

    private readonly byte[] _secretBytes = Encoding.ASCII.GetBytes(Secret);
    private SigningKey _hmacKey = null!;
    private RSA _rsa = null!;
    private byte[] _rsaSignatureBytes = null!;
    private SignatureVerifier _hmacVerifier = null!;
    private string _hmacSignature = null!;
    private SignatureVerifier _rsaVerifier = null!;
    private string _rsaSignature = null!;
    private Ed25519SigningKey _ed25519OpenSsl = null!;
    private Ed25519SigningKey _ed25519BouncyCastle = null!;
    private Ed25519SignatureVerifier _ed25519OpenSslVerifier = null!;
    private Ed25519SignatureVerifier _ed25519BouncyCastleVerifier = null!;
    private string _ed25519Signature = null!;

    [GlobalSetup]
    public void Setup()
    {
        _hmacKey = SigningKey.FromSecret(Secret);
        _hmacVerifier = SignatureVerifier.ForHmacSecret(Encoding.ASCII.GetBytes(Secret));
        _hmacSignature = _hmacKey.Sign(_payload);

        _rsa = RSA.Create(2048);
        using (var rsaKey = SigningKey.FromSecret(_rsa.ExportPkcs8PrivateKeyPem()))
        {
            _rsaSignature = rsaKey.Sign(_payload);
            _rsaSignatureBytes = Convert.FromBase64String(_rsaSignature);
            _rsaVerifier = SignatureVerifier.ForPublicKeyPem(rsaKey.PublicKey!.ToPem());
        }

        var seed = RandomNumberGenerator.GetBytes(32);
        _ed25519OpenSsl = Ed25519SigningKey.Create(seed, Ed25519Backend.OpenSsl);
        _ed25519BouncyCastle = Ed25519SigningKey.Create(seed, Ed25519Backend.BouncyCastle);
        var publicKey = _ed25519OpenSsl.PublicKey.SubjectPublicKeyInfo.Span[12..];
        _ed25519OpenSslVerifier = new Ed25519SignatureVerifier(publicKey, Ed25519Backend.OpenSsl);
        _ed25519BouncyCastleVerifier = new Ed25519SignatureVerifier(publicKey, Ed25519Backend.BouncyCastle);
        _ed25519Signature = _ed25519OpenSsl.Sign(_payload);
        if (!_hmacVerifier.Verify(_payload, _hmacSignature) || !_rsaVerifier.Verify(_payload, _rsaSignature)
            || !_ed25519OpenSslVerifier.Verify(_payload, _ed25519Signature)
            || !_ed25519BouncyCastleVerifier.Verify(_payload, _ed25519Signature))
        {
            throw new InvalidOperationException("A benchmark signature does not verify.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _hmacKey.Dispose();
        _hmacVerifier.Dispose();
        _rsaVerifier.Dispose();
        _rsa.Dispose();
        _ed25519OpenSsl.Dispose();
        _ed25519BouncyCastle.Dispose();
        _ed25519OpenSslVerifier.Dispose();
        _ed25519BouncyCastleVerifier.Dispose();
    }

    /// <summary>Reference point in the same run: .NET's one-shot HMAC plus hex decoding and a constant-time compare.</summary>
    [Benchmark]
    public bool HmacVerifyOneShotReference()
    {
        Span<byte> expected = stackalloc byte[32];
        Span<byte> actual = stackalloc byte[32];
        Convert.FromHexString(_hmacSignature, expected, out _, out _);
        HMACSHA256.HashData(_secretBytes, _payload, actual);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>Reference point in the same run: a bare cached <see cref="RSA"/> verify with no decoding.</summary>
    [Benchmark]
    public bool Rsa2048VerifyBareReference() =>
        _rsa.VerifyData(_payload, _rsaSignatureBytes, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    [Benchmark]
    public string HmacSign() => _hmacKey.Sign(_payload);

    [Benchmark]
    public bool HmacVerify() => _hmacVerifier.Verify(_payload, _hmacSignature);

    [Benchmark]
    public bool Rsa2048Verify() => _rsaVerifier.Verify(_payload, _rsaSignature);

    [Benchmark]
    public string Ed25519SignOpenSsl() => _ed25519OpenSsl.Sign(_payload);

    [Benchmark]
    public bool Ed25519VerifyOpenSsl() => _ed25519OpenSslVerifier.Verify(_payload, _ed25519Signature);

    [Benchmark]
    public string Ed25519SignBouncyCastle() => _ed25519BouncyCastle.Sign(_payload);

    [Benchmark]
    public bool Ed25519VerifyBouncyCastle() => _ed25519BouncyCastleVerifier.Verify(_payload, _ed25519Signature);
}
