using System.Formats.Asn1;
using System.Security.Cryptography;

namespace Spotnet.Server.Accounts;

/// <summary>Checks an uploaded public key: exactly one SPKI PEM block, RSA 2048–4096 bits or Ed25519.</summary>
public static class PublicKeyParser
{
    private const string Ed25519Oid = "1.3.101.112";

    /// <summary>Returns the SubjectPublicKeyInfo DER of a valid key, or null with a reason for the operator.</summary>
    public static byte[]? Parse(ApiKeyType type, string? pem, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(pem))
        {
            error = "publicKey is required for RSA and ED25519 keys.";
            return null;
        }

        if (!PemEncoding.TryFind(pem, out var fields))
        {
            error = "publicKey is not a PEM block.";
            return null;
        }

        var label = pem[fields.Label];
        if (label.Contains("PRIVATE KEY", StringComparison.Ordinal))
        {
            error = "publicKey holds a private key; upload only the public key (never share the private key).";
            return null;
        }

        if (!label.SequenceEqual("PUBLIC KEY"))
        {
            error = "publicKey must be a SubjectPublicKeyInfo PEM block (BEGIN PUBLIC KEY).";
            return null;
        }

        if (!pem.AsSpan(0, fields.Location.Start.Value).IsWhiteSpace() || !pem.AsSpan(fields.Location.End).IsWhiteSpace())
        {
            error = "publicKey must contain exactly one PEM block and nothing else.";
            return null;
        }

        var der = Convert.FromBase64String(pem[fields.Base64Data].ToString());
        return type == ApiKeyType.Rsa ? CheckRsa(der, out error) : CheckEd25519(der, out error);
    }

    private static byte[]? CheckRsa(byte[] der, out string? error)
    {
        error = null;
        using var rsa = RSA.Create();
        try
        {
            rsa.ImportSubjectPublicKeyInfo(der, out var read);
            if (read != der.Length)
            {
                error = "publicKey has trailing data.";
                return null;
            }
        }
        catch (CryptographicException)
        {
            error = "publicKey is not an RSA public key.";
            return null;
        }

        if (rsa.KeySize is < 2048 or > 4096)
        {
            error = $"RSA keys must be 2048 to 4096 bits; this one has {rsa.KeySize}.";
            return null;
        }

        return der;
    }

    private static byte[]? CheckEd25519(byte[] der, out string? error)
    {
        error = null;
        try
        {
            var reader = new AsnReader(der, AsnEncodingRules.DER);
            var spki = reader.ReadSequence();
            reader.ThrowIfNotEmpty();
            var algorithm = spki.ReadSequence();
            var oid = algorithm.ReadObjectIdentifier();
            var key = spki.ReadBitString(out var unusedBits);
            spki.ThrowIfNotEmpty();
            if (oid != Ed25519Oid || algorithm.HasData || unusedBits != 0 || key.Length != 32)
            {
                error = "publicKey is not an Ed25519 public key.";
                return null;
            }
        }
        catch (AsnContentException)
        {
            error = "publicKey is not an Ed25519 public key.";
            return null;
        }

        return der;
    }
}
