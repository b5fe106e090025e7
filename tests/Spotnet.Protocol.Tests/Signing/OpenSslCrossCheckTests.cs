using System.Text;
using Spotnet.Protocol.Signing;

namespace Spotnet.Protocol.Tests.Signing;

/// <summary>Keys made by the openssl command line load here, and signatures cross-verify in both directions.</summary>
public sealed class OpenSslCrossCheckTests : IClassFixture<OpenSslKeys>
{
    private static readonly byte[] Payload = Encoding.UTF8.GetBytes(
        "symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559");

    private readonly OpenSslKeys _keys;

    public OpenSslCrossCheckTests(OpenSslKeys keys)
    {
        _keys = keys;
    }

    private OpenSslCli Cli => _keys.Cli!;

    [OpenSslTheory]
    [InlineData(2048)]
    [InlineData(3072)]
    [InlineData(4096)]
    public void Rsa_pkcs8_key_from_openssl_signs_what_openssl_verifies_and_verifies_what_openssl_signs(int bits)
    {
        File.WriteAllBytes(Cli.PathOf("payload.bin"), Payload);
        using var key = SigningKey.FromSecret(Cli.ReadText($"rsa{bits}.pem"));
        Assert.Equal(KeyType.Rsa, key.KeyType);
        Assert.Equal(bits, key.PublicKey!.KeySizeInBits);

        var ours = key.Sign(Payload);
        File.WriteAllBytes(Cli.PathOf("ours.sig"), Convert.FromBase64String(ours));
        var verified = Cli.Run("dgst", "-sha256", "-verify", $"rsa{bits}.pub.pem", "-signature", "ours.sig", "payload.bin");
        Assert.Contains("Verified OK", verified, StringComparison.Ordinal);

        Cli.Run("dgst", "-sha256", "-sign", $"rsa{bits}.pem", "-out", "theirs.sig", "payload.bin");
        var theirs = Convert.ToBase64String(File.ReadAllBytes(Cli.PathOf("theirs.sig")));
        using var verifier = SignatureVerifier.ForPublicKeyPem(Cli.ReadText($"rsa{bits}.pub.pem"));
        Assert.Equal(KeyType.Rsa, verifier.KeyType);
        Assert.True(verifier.Verify(Payload, theirs));
        Assert.True(verifier.Verify(Payload, ours));
        Assert.False(verifier.Verify(Payload.AsSpan(1), theirs));
    }

    [OpenSslFact]
    public void Rsa_pkcs1_private_key_signs_exactly_like_its_pkcs8_form()
    {
        Cli.Run("pkey", "-in", "rsa2048.pem", "-traditional", "-out", "rsa2048.pkcs1.pem");
        Assert.Contains("BEGIN RSA PRIVATE KEY", Cli.ReadText("rsa2048.pkcs1.pem"), StringComparison.Ordinal);

        using var pkcs1 = SigningKey.FromSecret(Cli.ReadText("rsa2048.pkcs1.pem"));
        using var pkcs8 = SigningKey.FromSecret(Cli.ReadText("rsa2048.pem"));

        Assert.Equal(KeyType.Rsa, pkcs1.KeyType);
        Assert.Equal(pkcs8.Sign(Payload), pkcs1.Sign(Payload));
    }

    [OpenSslFact]
    public void Ed25519_key_from_openssl_signs_what_openssl_verifies_and_verifies_what_openssl_signs()
    {
        File.WriteAllBytes(Cli.PathOf("payload.bin"), Payload);
        using var key = SigningKey.FromSecret(Cli.ReadText("ed25519.pem"));
        Assert.Equal(KeyType.Ed25519, key.KeyType);

        var ours = key.Sign(Payload);
        File.WriteAllBytes(Cli.PathOf("ours.sig"), Convert.FromBase64String(ours));
        var verified = Cli.Run("pkeyutl", "-verify", "-pubin", "-inkey", "ed25519.pub.pem", "-rawin", "-in", "payload.bin", "-sigfile", "ours.sig");
        Assert.Contains("Signature Verified Successfully", verified, StringComparison.Ordinal);

        Cli.Run("pkeyutl", "-sign", "-rawin", "-inkey", "ed25519.pem", "-in", "payload.bin", "-out", "theirs.sig");
        var theirs = Convert.ToBase64String(File.ReadAllBytes(Cli.PathOf("theirs.sig")));
        Assert.Equal(theirs, ours); // Ed25519 is deterministic.
        using var verifier = SignatureVerifier.ForPublicKeyPem(Cli.ReadText("ed25519.pub.pem"));
        Assert.Equal(KeyType.Ed25519, verifier.KeyType);
        Assert.True(verifier.Verify(Payload, theirs));
        var raw = key.PublicKey!.SubjectPublicKeyInfo.Span[12..];
        using var managed = new Ed25519SignatureVerifier(raw, Ed25519Backend.BouncyCastle);
        Assert.True(managed.Verify(Payload, theirs));
    }

    [OpenSslTheory]
    [InlineData("rsa2048.pub.pem")]
    [InlineData("ed25519.pub.pem")]
    public void Public_key_fingerprint_is_the_sha256_of_the_spki_der_as_openssl_computes_it(string file)
    {
        Cli.Run("pkey", "-pubin", "-in", file, "-outform", "DER", "-out", "spki.der");
        var digest = Cli.Run("dgst", "-sha256", "-r", "spki.der").Split(' ')[0];

        var publicKey = SigningPublicKey.FromPem(Cli.ReadText(file));

        Assert.Equal(digest, publicKey.Fingerprint);
        Assert.Equal(Cli.ReadText(file).Trim(), publicKey.ToPem().Trim());
    }

    [OpenSslFact]
    public void Private_key_reports_the_same_public_key_openssl_derives()
    {
        using var rsa = SigningKey.FromSecret(Cli.ReadText("rsa3072.pem"));
        using var ed25519 = SigningKey.FromSecret(Cli.ReadText("ed25519.pem"));

        Assert.Equal(SigningPublicKey.FromPem(Cli.ReadText("rsa3072.pub.pem")).Fingerprint, rsa.PublicKey!.Fingerprint);
        Assert.Equal(SigningPublicKey.FromPem(Cli.ReadText("ed25519.pub.pem")).Fingerprint, ed25519.PublicKey!.Fingerprint);
    }

    [OpenSslTheory]
    [InlineData("ed25519.pem", "aes256", "hmacWithSHA256", "correct horse battery staple")]
    [InlineData("ed25519.pem", "aes192", "hmacWithSHA512", "pässwörd ✓")]
    [InlineData("rsa2048.pem", "aes128", "hmacWithSHA1", "x")]
    [InlineData("rsa2048.pem", "aes256", "hmacWithSHA384", "correct horse battery staple")]
    public void Encrypted_pkcs8_key_loads_with_the_right_passphrase_only(string file, string cipher, string prf, string passphrase)
    {
        Cli.Run("pkcs8", "-topk8", "-v2", cipher, "-v2prf", prf, "-in", file, "-passout", $"pass:{passphrase}", "-out", "encrypted.pem");
        var encrypted = Cli.ReadText("encrypted.pem");
        Assert.Contains("BEGIN ENCRYPTED PRIVATE KEY", encrypted, StringComparison.Ordinal);
        using var plain = SigningKey.FromSecret(Cli.ReadText(file));

        using var key = SigningKey.FromSecret(encrypted, () => passphrase);

        Assert.Equal(plain.KeyType, key.KeyType);
        Assert.Equal(plain.Sign(Payload), key.Sign(Payload));
        Assert.Equal(KeyFormatError.WrongPassphrase, Assert.Throws<KeyFormatException>(() => SigningKey.FromSecret(encrypted, () => passphrase + "!")).Reason);
        Assert.Equal(KeyFormatError.PassphraseRequired, Assert.Throws<KeyFormatException>(() => SigningKey.FromSecret(encrypted)).Reason);
    }

    [OpenSslFact]
    public void Wrong_passphrases_never_load_a_key_and_always_say_so()
    {
        Cli.Run("genpkey", "-algorithm", "ED25519", "-aes256", "-pass", "pass:right", "-out", "generated-encrypted.pem");
        var encrypted = Cli.ReadText("generated-encrypted.pem");
        using var key = SigningKey.FromSecret(encrypted, () => "right");
        Assert.Equal(KeyType.Ed25519, key.KeyType);

        // Enough attempts that some pass the CBC padding check by chance and must be caught by the key parser.
        for (var i = 0; i < 600; i++)
        {
            var attempt = $"wrong-{i}";
            var exception = Assert.Throws<KeyFormatException>(() => SigningKey.FromSecret(encrypted, () => attempt));
            Assert.Equal(KeyFormatError.WrongPassphrase, exception.Reason);
        }
    }

    [OpenSslFact]
    public void Legacy_encryption_formats_are_rejected_with_a_conversion_hint()
    {
        Cli.Run("pkey", "-in", "rsa2048.pem", "-traditional", "-aes256", "-passout", "pass:x", "-out", "legacy.pem");
        var legacy = Assert.Throws<KeyFormatException>(() => SigningKey.FromSecret(Cli.ReadText("legacy.pem"), () => "x"));
        Assert.Equal(KeyFormatError.UnsupportedFormat, legacy.Reason);
        Assert.Contains("openssl pkcs8 -topk8", legacy.Message, StringComparison.Ordinal);

        var (exitCode, _, _) = Cli.TryRun("pkcs8", "-topk8", "-v1", "PBE-SHA1-3DES", "-in", "ed25519.pem", "-passout", "pass:x", "-out", "pbes1.pem");
        if (exitCode == 0)
        {
            var pbes1 = Assert.Throws<KeyFormatException>(() => SigningKey.FromSecret(Cli.ReadText("pbes1.pem"), () => "x"));
            Assert.Equal(KeyFormatError.UnsupportedFormat, pbes1.Reason);
        }
    }

    [OpenSslTheory]
    [InlineData(1024)]
    [InlineData(4160)]
    public void Rsa_keys_outside_2048_to_4096_bits_are_rejected_for_signing_and_registration(int bits)
    {
        var signing = Assert.Throws<KeyFormatException>(() => SigningKey.FromSecret(Cli.ReadText($"rsa{bits}.pem")));
        var registration = Assert.Throws<KeyFormatException>(() => SigningPublicKey.FromPem(Cli.ReadText($"rsa{bits}.pub.pem")));

        Assert.Equal(KeyFormatError.RsaKeySize, signing.Reason);
        Assert.Equal(KeyFormatError.RsaKeySize, registration.Reason);
        Assert.Contains($"{bits} bits", registration.Message, StringComparison.Ordinal);
    }

    [OpenSslFact]
    public void Rsa_key_with_exponent_3_is_rejected()
    {
        Cli.Run("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-pkeyopt", "rsa_keygen_pubexp:3", "-out", "e3.pem");
        Cli.Run("pkey", "-in", "e3.pem", "-pubout", "-out", "e3.pub.pem");

        Assert.Equal(KeyFormatError.RsaPublicExponent, Assert.Throws<KeyFormatException>(() => SigningKey.FromSecret(Cli.ReadText("e3.pem"))).Reason);
        Assert.Equal(KeyFormatError.RsaPublicExponent, Assert.Throws<KeyFormatException>(() => SigningPublicKey.FromPem(Cli.ReadText("e3.pub.pem"))).Reason);
    }

    [OpenSslTheory]
    [InlineData("EC", "ec_paramgen_curve:P-256", "EC P-256")]
    [InlineData("EC", "ec_paramgen_curve:secp256k1", "EC secp256k1")]
    [InlineData("X25519", null, "X25519")]
    [InlineData("ED448", null, "Ed448")]
    [InlineData("RSA-PSS", "rsa_keygen_bits:2048", "RSA-PSS")]
    public void Keys_of_other_algorithms_are_rejected_naming_the_algorithm(string algorithm, string? option, string name)
    {
        var arguments = new List<string> { "genpkey", "-algorithm", algorithm, "-out", "other.pem" };
        if (option is not null)
        {
            arguments.AddRange(["-pkeyopt", option]);
        }

        Cli.Run([.. arguments]);
        Cli.Run("pkey", "-in", "other.pem", "-pubout", "-out", "other.pub.pem");

        var signing = Assert.Throws<KeyFormatException>(() => SigningKey.FromSecret(Cli.ReadText("other.pem")));
        var registration = Assert.Throws<KeyFormatException>(() => SigningPublicKey.FromPem(Cli.ReadText("other.pub.pem")));

        Assert.Equal(KeyFormatError.UnsupportedAlgorithm, signing.Reason);
        Assert.Equal(KeyFormatError.UnsupportedAlgorithm, registration.Reason);
        Assert.StartsWith(name + " keys are not supported", registration.Message, StringComparison.Ordinal);
    }

    [OpenSslFact]
    public void Rsa_pss_signature_does_not_verify_with_an_rsa_key()
    {
        File.WriteAllBytes(Cli.PathOf("payload.bin"), Payload);
        Cli.Run("dgst", "-sha256", "-sigopt", "rsa_padding_mode:pss", "-sign", "rsa2048.pem", "-out", "pss.sig", "payload.bin");
        var pss = Convert.ToBase64String(File.ReadAllBytes(Cli.PathOf("pss.sig")));

        using var verifier = SignatureVerifier.ForPublicKeyPem(Cli.ReadText("rsa2048.pub.pem"));

        Assert.Equal(344, pss.Length);
        Assert.False(verifier.Verify(Payload, pss));
    }

    [OpenSslFact]
    public void Pkcs1_public_key_is_rejected_for_registration_with_a_pointer_to_spki()
    {
        Cli.Run("rsa", "-in", "rsa2048.pem", "-RSAPublicKey_out", "-out", "pkcs1.pub.pem");
        var pem = Cli.ReadText("pkcs1.pub.pem");
        Assert.Contains("BEGIN RSA PUBLIC KEY", pem, StringComparison.Ordinal);

        var registration = Assert.Throws<KeyFormatException>(() => SigningPublicKey.FromPem(pem));
        var signing = Assert.Throws<KeyFormatException>(() => SigningKey.FromSecret(pem));

        Assert.Equal(KeyFormatError.Pkcs1PublicKey, registration.Reason);
        Assert.Contains("BEGIN PUBLIC KEY", registration.Message, StringComparison.Ordinal);
        Assert.Equal(KeyFormatError.PublicKeyNotPrivate, signing.Reason);
    }

    [OpenSslTheory]
    [InlineData("rsa2048")]
    [InlineData("ed25519")]
    public void Public_and_private_keys_swapped_are_rejected_without_echoing_the_key(string name)
    {
        var privatePem = Cli.ReadText($"{name}.pem");
        var publicPem = Cli.ReadText($"{name}.pub.pem");

        var asPrivate = Assert.Throws<KeyFormatException>(() => SigningKey.FromSecret(publicPem));
        var asPublic = Assert.Throws<KeyFormatException>(() => SignatureVerifier.ForPublicKeyPem(privatePem));

        Assert.Equal(KeyFormatError.PublicKeyNotPrivate, asPrivate.Reason);
        Assert.Equal(KeyFormatError.PrivateKeyNotPublic, asPublic.Reason);
        var body = privatePem.Split('\n')[1];
        Assert.DoesNotContain(body, asPublic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(body, asPublic.ToString(), StringComparison.Ordinal);
    }

    [OpenSslFact]
    public void More_than_one_pem_block_or_text_around_it_is_rejected()
    {
        var privatePem = Cli.ReadText("ed25519.pem");
        var publicPem = Cli.ReadText("ed25519.pub.pem");

        Assert.Equal(KeyFormatError.MultiplePemBlocks, Assert.Throws<KeyFormatException>(() => SigningKey.FromSecret(privatePem + privatePem)).Reason);
        Assert.Equal(KeyFormatError.MultiplePemBlocks, Assert.Throws<KeyFormatException>(() => SigningPublicKey.FromPem(publicPem + Cli.ReadText("rsa2048.pub.pem"))).Reason);
        Assert.Equal(KeyFormatError.TextOutsidePemBlock, Assert.Throws<KeyFormatException>(() => SigningKey.FromSecret(privatePem + "garbage")).Reason);
        Assert.Equal(KeyFormatError.TextOutsidePemBlock, Assert.Throws<KeyFormatException>(() => SigningPublicKey.FromPem("key:\n" + publicPem)).Reason);
        // Surrounding whitespace (a trailing newline in a file, an indented paste) is fine.
        using var key = SigningKey.FromSecret("\n  " + privatePem + "\n\n");
        Assert.Equal(KeyType.Ed25519, key.KeyType);
    }

    [OpenSslFact]
    public void Pem_body_without_its_header_lines_is_read_as_the_key_it_contains()
    {
        static string Body(string pem) => string.Concat(pem.Split('\n').Where(line => !line.StartsWith("-----", StringComparison.Ordinal)));
        using var pem = SigningKey.FromSecret(Cli.ReadText("ed25519.pem"));

        using var bare = SigningKey.FromSecret(Body(Cli.ReadText("ed25519.pem")));
        var publicBody = Assert.Throws<KeyFormatException>(() => SigningKey.FromSecret(Body(Cli.ReadText("rsa2048.pub.pem"))));

        Assert.Equal(KeyType.Ed25519, bare.KeyType);
        Assert.Equal(pem.Sign(Payload), bare.Sign(Payload));
        Assert.Equal(KeyFormatError.PublicKeyNotPrivate, publicBody.Reason);
    }

    [OpenSslFact]
    public void Key_files_read_as_bytes_load_like_text()
    {
        using var fromBytes = SigningKey.FromSecret(File.ReadAllBytes(Cli.PathOf("rsa2048.pem")));
        using var fromText = SigningKey.FromSecret(Cli.ReadText("rsa2048.pem"));

        Assert.Equal(fromText.Sign(Payload), fromBytes.Sign(Payload));
    }
}
