using System.Security.Cryptography;
using System.Text;
using Spotnet.Protocol.Signing;

namespace Spotnet.Protocol.Tests.Signing;

/// <summary>Bad keys end in <see cref="KeyFormatException"/> and bad signatures in false; nothing else escapes.</summary>
public class MalformedInputTests
{
    private const string Ed25519Pem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n-----END PRIVATE KEY-----";
    private static readonly Lazy<string> RsaPem = new(() =>
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportPkcs8PrivateKeyPem();
    });

    private static readonly byte[] Payload = "symbol=BTCUSDT&timestamp=1499827319559"u8.ToArray();

    public static TheoryData<string, KeyFormatError> BadPrivateKeys => new()
    {
        { "", KeyFormatError.Empty },
        { " \n\t ", KeyFormatError.Empty },
        { "two words", KeyFormatError.Unrecognized },
        { "secret\u00e9", KeyFormatError.Unrecognized },
        { "line1\nline2", KeyFormatError.Unrecognized },
        { "-----BEGIN PRIVATE KEY-----\nnot base64!\n-----END PRIVATE KEY-----", KeyFormatError.MalformedPem },
        { "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ1hsZ3v\n", KeyFormatError.MalformedPem },
        { "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n-----END PUBLIC KEY-----", KeyFormatError.MalformedPem },
        { "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----", KeyFormatError.MalformedKey },
        { "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9gAA==\n-----END PRIVATE KEY-----", KeyFormatError.MalformedKey },
        { "-----BEGIN PRIVATE KEY-----\nMCwCAQAwBQYDK2VwBCAEHp1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrg==\n-----END PRIVATE KEY-----", KeyFormatError.MalformedKey },
        { "-----BEGIN RSA PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n-----END RSA PRIVATE KEY-----", KeyFormatError.MalformedKey },
        { "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n-----END ENCRYPTED PRIVATE KEY-----", KeyFormatError.MalformedKey },
        { "-----BEGIN CERTIFICATE-----\nMC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n-----END CERTIFICATE-----", KeyFormatError.UnsupportedFormat },
        { "-----BEGIN OPENSSH PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n-----END OPENSSH PRIVATE KEY-----", KeyFormatError.UnsupportedFormat },
        { "-----BEGIN EC PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n-----END EC PRIVATE KEY-----", KeyFormatError.UnsupportedAlgorithm },
        { "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEACeCSz7VJkh3Bb+NF794hLMU8fLB9Zr+/tGMdVKCC2eo=\n-----END PUBLIC KEY-----", KeyFormatError.PublicKeyNotPrivate },
        { "MCowBQYDK2VwAyEACeCSz7VJkh3Bb+NF794hLMU8fLB9Zr+/tGMdVKCC2eo=", KeyFormatError.PublicKeyNotPrivate },
    };

    public static TheoryData<string, KeyFormatError> BadPublicKeys => new()
    {
        { "", KeyFormatError.Empty },
        { "MCowBQYDK2VwAyEACeCSz7VJkh3Bb+NF794hLMU8fLB9Zr+/tGMdVKCC2eo=", KeyFormatError.Unrecognized },
        { "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEACeCSz7VJkh3Bb+NF794hLMU8fLB9Zr+/tGMdVKCC2eo\n-----END PUBLIC KEY-----", KeyFormatError.MalformedPem },
        { "-----BEGIN PUBLIC KEY-----\nMCkwBQYDK2VwAyAACeCSz7VJkh3Bb+NF794hLMU8fLB9Zr+/tGMdVKCC2Q==\n-----END PUBLIC KEY-----", KeyFormatError.MalformedKey },
        { "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----", KeyFormatError.MalformedKey },
        { Ed25519Pem, KeyFormatError.PrivateKeyNotPublic },
        { "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----", KeyFormatError.UnsupportedFormat },
    };

    [Theory]
    [MemberData(nameof(BadPrivateKeys))]
    public void Bad_secret_or_private_key_fails_with_its_reason(string text, KeyFormatError reason)
    {
        var exception = Assert.Throws<KeyFormatException>(() => SigningKey.FromSecret(text));

        Assert.Equal(reason, exception.Reason);
        Assert.False(string.IsNullOrWhiteSpace(exception.Message));
    }

    [Theory]
    [MemberData(nameof(BadPublicKeys))]
    public void Bad_public_key_fails_with_its_reason(string text, KeyFormatError reason)
    {
        Assert.Equal(reason, Assert.Throws<KeyFormatException>(() => SignatureVerifier.ForPublicKeyPem(text)).Reason);
    }

    [Theory]
    [InlineData("0100000000000000000000000000000000000000000000000000000000000000")] // identity (order 1)
    [InlineData("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")] // y = -1 (order 2)
    [InlineData("0000000000000000000000000000000000000000000000000000000000000080")] // order 4
    [InlineData("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")] // y = p, not canonical
    public void Ed25519_public_key_that_is_not_a_proper_curve_point_is_rejected(string rawHex)
    {
        byte[] spki = [.. Convert.FromHexString("302a300506032b6570032100"), .. Convert.FromHexString(rawHex)];

        var exception = Assert.Throws<KeyFormatException>(() => SigningPublicKey.FromSubjectPublicKeyInfo(spki));

        Assert.Equal(KeyFormatError.MalformedKey, exception.Reason);
    }

    [Fact]
    public void The_documented_sample_ed25519_public_key_is_accepted()
    {
        using var verifier = SignatureVerifier.ForPublicKeyPem("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAgmDRTtj2FA+wzJUIlAL9ly1eovjLBu7uXUFR+jFULmg=\n-----END PUBLIC KEY-----");

        Assert.Equal(KeyType.Ed25519, verifier.KeyType);
        // The docs give no payload for their sample signature, so it must not verify an arbitrary one.
        Assert.False(verifier.Verify(Payload, "E7luAubOlcRxL10iQszvNCff+xJjwJrfajEHj1hOncmsgaSB4NE+A/BbQhCWwit/usNJ32/LeTwDYPoA7Qz4BA=="));
    }

    [Fact]
    public void Plain_text_without_spaces_is_an_hmac_secret_and_surrounding_whitespace_is_trimmed()
    {
        using var padded = SigningKey.FromSecret("  " + HmacVectorTests.Secret + "\n");
        using var exact = SigningKey.FromSecret(HmacVectorTests.Secret);
        using var shortSecret = SigningKey.FromSecret("x");

        Assert.Equal(KeyType.Hmac, padded.KeyType);
        Assert.Null(padded.PublicKey);
        Assert.Equal(exact.Sign(Payload), padded.Sign(Payload));
        Assert.Equal(KeyType.Hmac, shortSecret.KeyType);
    }

    [Fact]
    public void Random_bytes_and_huge_inputs_never_throw_anything_but_key_format_errors()
    {
        var random = new Random(1022);
        var inputs = new List<string>
        {
            new('A', 1_000_000),
            "-----BEGIN PRIVATE KEY-----\n" + new string('A', 100_000) + "\n-----END PRIVATE KEY-----",
            "-----BEGIN PUBLIC KEY-----\n" + Convert.ToBase64String(new byte[5000]) + "\n-----END PUBLIC KEY-----",
            "-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(300)) + "\n-----END ENCRYPTED PRIVATE KEY-----",
        };
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(0, 600)];
            random.NextBytes(bytes);
            // Valid DER headers with random content exercise the ASN.1 paths, not just the base64 ones.
            if (i % 3 == 0 && bytes.Length > 2)
            {
                bytes[0] = 0x30;
            }

            var base64 = Convert.ToBase64String(bytes);
            inputs.Add(base64);
            inputs.Add($"-----BEGIN PRIVATE KEY-----\n{base64}\n-----END PRIVATE KEY-----");
            inputs.Add($"-----BEGIN PUBLIC KEY-----\n{base64}\n-----END PUBLIC KEY-----");
            inputs.Add($"-----BEGIN RSA PRIVATE KEY-----\n{base64}\n-----END RSA PRIVATE KEY-----");
            inputs.Add($"-----BEGIN ENCRYPTED PRIVATE KEY-----\n{base64}\n-----END ENCRYPTED PRIVATE KEY-----");
            inputs.Add(Encoding.Latin1.GetString(bytes));
        }

        foreach (var input in inputs)
        {
            AssertOnlyKeyFormatErrors(() => SigningKey.FromSecret(input, () => "pass").Dispose());
            AssertOnlyKeyFormatErrors(() => SignatureVerifier.ForPublicKeyPem(input).Dispose());
        }

        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 300)];
            random.NextBytes(bytes);
            AssertOnlyKeyFormatErrors(() => SigningKey.FromSecret(bytes).Dispose());
            AssertOnlyKeyFormatErrors(() => SigningPublicKey.FromSubjectPublicKeyInfo(bytes));
        }
    }

    [Fact]
    public void Invalid_utf8_key_bytes_are_rejected()
    {
        Assert.Equal(KeyFormatError.Unrecognized, Assert.Throws<KeyFormatException>(() => SigningKey.FromSecret([0x61, 0xFF, 0x62])).Reason);
    }

    public static TheoryData<string> Verifiers => new() { "hmac", "rsa", "ed25519-openssl", "ed25519-bouncycastle" };

    [Theory]
    [MemberData(nameof(Verifiers))]
    public void Malformed_signatures_are_false_never_exceptions(string kind)
    {
        using var verifier = CreateVerifier(kind, out var valid);
        Assert.True(verifier.Verify(Payload, valid));

        var random = new Random(17);
        var candidates = new List<string>
        {
            "", " ", valid + "=", valid[..^1], valid[1..], valid + "A", valid + "AAAA", " " + valid, valid + "\n",
            valid.Replace('A', '-').Replace('+', '-'), valid.Replace('/', '_'), new string('=', valid.Length), new string('A', 1_000_000),
            Convert.ToBase64String(new byte[63]), Convert.ToBase64String(new byte[65]), Convert.ToBase64String(new byte[255]),
            Convert.ToBase64String(new byte[257]), Convert.ToHexString(new byte[32]), Convert.ToHexString(new byte[64]),
            "é".PadRight(valid.Length, 'a'), "\0".PadRight(valid.Length, 'a'),
        };
        if (kind != "hmac")
        {
            // Base64 is case-sensitive (HMAC hex is not, see the HMAC test).
            candidates.Add(valid.ToUpperInvariant());
            candidates.Add(valid.ToLowerInvariant());
        }

        for (var i = 0; i < 200; i++)
        {
            var chars = new char[random.Next(0, 800)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = (char)random.Next(0, 128);
            }

            candidates.Add(new string(chars));
            var bytes = new byte[random.Next(0, 600)];
            random.NextBytes(bytes);
            candidates.Add(Convert.ToBase64String(bytes));
        }

        foreach (var candidate in candidates.Where(c => c != valid))
        {
            Assert.False(verifier.Verify(Payload, candidate));
        }
    }

    [Fact]
    public void Hmac_signature_must_be_exactly_64_hex_characters_of_the_right_value()
    {
        using var key = SigningKey.FromSecret(HmacVectorTests.Secret);
        using var verifier = SignatureVerifier.ForHmacSecret(Encoding.ASCII.GetBytes(HmacVectorTests.Secret));
        var valid = key.Sign(Payload);
        var mac = Convert.FromHexString(valid);

        Assert.True(verifier.Verify(Payload, valid));
        Assert.True(verifier.Verify(Payload, valid[..32].ToUpperInvariant() + valid[32..]));
        Assert.False(verifier.Verify(Payload, valid.AsSpan(0, 63)));
        Assert.False(verifier.Verify(Payload, valid + "0"));
        Assert.False(verifier.Verify(Payload, valid[..63] + "g"));
        Assert.False(verifier.Verify(Payload, Convert.ToBase64String(mac)));
        Assert.False(verifier.Verify(Payload, (valid[0] == '0' ? "1" : "0") + valid[1..]));
    }

    [Fact]
    public void Rsa_signature_of_the_wrong_length_or_with_one_character_case_flipped_is_rejected()
    {
        using var verifier = CreateVerifier("rsa", out var valid);
        var index = valid.IndexOfAny("abcdefghijklmnopqrstuvwxyz".ToCharArray());
        var flipped = valid[..index] + char.ToUpperInvariant(valid[index]) + valid[(index + 1)..];
        var bytes = Convert.FromBase64String(valid);

        Assert.True(verifier.Verify(Payload, valid));
        Assert.False(verifier.Verify(Payload, flipped));
        Assert.False(verifier.Verify(Payload, Convert.ToBase64String(bytes[1..])));
        Assert.False(verifier.Verify(Payload, Convert.ToBase64String([0, .. bytes])));
    }

    [Theory]
    [InlineData("ed25519-openssl")]
    [InlineData("ed25519-bouncycastle")]
    [InlineData("rsa")]
    public void Base64_signature_with_nonzero_padding_bits_is_not_canonical_and_is_rejected(string kind)
    {
        using var verifier = CreateVerifier(kind, out var valid);
        var padding = valid.Length - valid.TrimEnd('=').Length;
        Assert.NotEqual(0, padding); // 64- and 256-byte signatures both end in padding.
        var lastDataIndex = valid.Length - padding - 1;
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        var sibling = Alphabet[Alphabet.IndexOf(valid[lastDataIndex], StringComparison.Ordinal) ^ 1];
        var lenient = string.Concat(valid.AsSpan(0, lastDataIndex), sibling.ToString(), valid.AsSpan(lastDataIndex + 1));

        // Both spellings decode to the same bytes with a lenient decoder; only the canonical one is accepted.
        Assert.Equal(Convert.FromBase64String(valid), Convert.FromBase64String(lenient));
        Assert.True(verifier.Verify(Payload, valid));
        Assert.False(verifier.Verify(Payload, lenient));
    }

    [Fact]
    public void Hmac_verifier_needs_a_secret()
    {
        Assert.Equal(KeyFormatError.Empty, Assert.Throws<KeyFormatException>(() => SignatureVerifier.ForHmacSecret([])).Reason);
    }

    [Theory]
    [InlineData("hmac")]
    [InlineData("rsa")]
    public void Verifier_shared_between_threads_gives_every_caller_the_right_answer(string kind)
    {
        using var key = kind == "hmac" ? SigningKey.FromSecret(HmacVectorTests.Secret) : SigningKey.FromSecret(RsaPem.Value);
        using var verifier = kind == "hmac"
            ? SignatureVerifier.ForHmacSecret(Encoding.ASCII.GetBytes(HmacVectorTests.Secret))
            : SignatureVerifier.ForPublicKey(key.PublicKey!);
        var payloads = Enumerable.Range(0, 64).Select(i => Encoding.ASCII.GetBytes($"timestamp={i}")).ToArray();
        var signatures = payloads.Select(p => key.Sign(p)).ToArray();
        var failures = 0;

        Parallel.For(0, kind == "hmac" ? 20_000 : 2_000, i =>
        {
            var payload = payloads[i % 64];
            var expected = i % 3 != 0;
            var signature = expected ? signatures[i % 64] : signatures[(i + 1) % 64];
            if (verifier.Verify(payload, signature) != expected)
            {
                Interlocked.Increment(ref failures);
            }
        });

        Assert.Equal(0, failures);
    }

    internal static SignatureVerifier CreateVerifier(string kind, out string validSignature)
    {
        switch (kind)
        {
            case "hmac":
                using (var key = SigningKey.FromSecret(HmacVectorTests.Secret))
                {
                    validSignature = key.Sign(Payload);
                }

                return SignatureVerifier.ForHmacSecret(Encoding.ASCII.GetBytes(HmacVectorTests.Secret));
            case "rsa":
                using (var key = SigningKey.FromSecret(RsaPem.Value))
                {
                    validSignature = key.Sign(Payload);
                    return SignatureVerifier.ForPublicKey(key.PublicKey!);
                }

            default:
                var backend = kind == "ed25519-openssl" ? Ed25519Backend.OpenSsl : Ed25519Backend.BouncyCastle;
                using (var key = Ed25519SigningKey.Create(RandomNumberGenerator.GetBytes(32), backend))
                {
                    validSignature = key.Sign(Payload);
                    return new Ed25519SignatureVerifier(key.PublicKey.SubjectPublicKeyInfo.Span[12..], backend);
                }
        }
    }

    private static void AssertOnlyKeyFormatErrors(Action action)
    {
        try
        {
            action();
        }
        catch (KeyFormatException)
        {
        }
    }
}
