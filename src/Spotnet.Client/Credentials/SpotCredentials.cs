using System.Diagnostics;
using Spotnet.Protocol.Signing;

namespace Spotnet.Client.Credentials;

/// <summary>An API key and the secret or private key that signs its requests; the key type (HMAC, RSA, Ed25519) is detected by reading the key.</summary>
/// <remarks>Neither <see cref="ToString"/>, the debugger nor any log shows the secret or the full API key.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class SpotCredentials : IDisposable
{
    /// <summary>Environment variable holding the API key.</summary>
    public const string ApiKeyVariable = "BINANCE_API_KEY";

    /// <summary>Environment variable holding the HMAC secret or a private-key PEM.</summary>
    public const string SecretVariable = "BINANCE_API_SECRET";

    /// <summary>Environment variable holding the path of a private-key file (used when <see cref="SecretVariable"/> is not set).</summary>
    public const string PrivateKeyPathVariable = "BINANCE_PRIVATE_KEY_PATH";

    /// <summary>Environment variable holding the passphrase of an encrypted private-key file.</summary>
    public const string PrivateKeyPassphraseVariable = "BINANCE_PRIVATE_KEY_PASSPHRASE";

    private readonly SigningKey _key;

    private SpotCredentials(string apiKey, SigningKey key)
    {
        ApiKey = apiKey;
        _key = key;
    }

    /// <summary>Which kind of key signs the requests.</summary>
    public KeyType KeyType => _key.KeyType;

    /// <summary>The API key with all but its first and last four characters hidden, safe for logs.</summary>
    public string MaskedApiKey => Mask(ApiKey);

    /// <summary>The API key sent in <c>X-MBX-APIKEY</c>.</summary>
    internal string ApiKey { get; }

    /// <summary>The key, for signing.</summary>
    internal SigningKey Key => _key;

    /// <summary>Credentials from an API key and its secret: an HMAC secret, or an RSA/Ed25519 private-key PEM (PKCS#8, PKCS#1 RSA, or encrypted PKCS#8 with <paramref name="passphrase"/>).</summary>
    /// <exception cref="KeyFormatException">The secret is not a usable HMAC secret or private key.</exception>
    public static SpotCredentials FromSecret(string apiKey, string secretOrPem, Func<string>? passphrase = null)
    {
        ValidateApiKey(apiKey);
        return new SpotCredentials(apiKey, SigningKey.FromSecret(secretOrPem, passphrase));
    }

    /// <summary>Credentials from an API key and its secret or private-key PEM as UTF-8 bytes (e.g. from a secret store), which the caller can clear afterwards: no string copy of the secret is made.</summary>
    /// <exception cref="KeyFormatException">The bytes are not a usable HMAC secret or private key.</exception>
    public static SpotCredentials FromSecret(string apiKey, ReadOnlySpan<byte> secretOrPemUtf8, Func<string>? passphrase = null)
    {
        ValidateApiKey(apiKey);
        return new SpotCredentials(apiKey, SigningKey.FromSecret(secretOrPemUtf8, passphrase));
    }

    /// <summary>Credentials from an API key and a private-key (or secret) file, refusing a file that other users can read unless <paramref name="allowInsecureKeyFile"/>.</summary>
    /// <exception cref="UnauthorizedAccessException">The file is readable by group or others.</exception>
    /// <exception cref="KeyFormatException">The file holds no usable key.</exception>
    public static SpotCredentials FromPemFile(string apiKey, string path, Func<string>? passphrase = null, bool allowInsecureKeyFile = false)
    {
        ValidateApiKey(apiKey);
        KeyFileGuard.EnsurePrivate(path, allowInsecureKeyFile);
        var bytes = File.ReadAllBytes(path);
        try
        {
            return new SpotCredentials(apiKey, SigningKey.FromSecret(bytes, passphrase));
        }
        finally
        {
            Array.Clear(bytes);
        }
    }

    /// <summary>Credentials from <c>BINANCE_API_KEY</c> plus <c>BINANCE_API_SECRET</c> or, failing that, the file named by <c>BINANCE_PRIVATE_KEY_PATH</c> (passphrase in <c>BINANCE_PRIVATE_KEY_PASSPHRASE</c> unless <paramref name="passphrase"/> is given).</summary>
    /// <exception cref="InvalidOperationException">The variables are missing.</exception>
    public static SpotCredentials FromEnvironment(Func<string>? passphrase = null, bool allowInsecureKeyFile = false)
    {
        var apiKey = Environment.GetEnvironmentVariable(ApiKeyVariable);
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            throw new InvalidOperationException($"{ApiKeyVariable} is not set.");
        }

        var environmentPassphrase = Environment.GetEnvironmentVariable(PrivateKeyPassphraseVariable);
        passphrase ??= environmentPassphrase is null ? null : () => environmentPassphrase;
        var secret = Environment.GetEnvironmentVariable(SecretVariable);
        if (!string.IsNullOrWhiteSpace(secret))
        {
            // Some shells and CI systems cannot hold multi-line values, so a PEM may arrive with literal \n.
            return FromSecret(apiKey, secret.Contains("-----BEGIN", StringComparison.Ordinal) ? secret.Replace("\\n", "\n", StringComparison.Ordinal) : secret, passphrase);
        }

        var path = Environment.GetEnvironmentVariable(PrivateKeyPathVariable);
        return string.IsNullOrWhiteSpace(path)
            ? throw new InvalidOperationException($"Set {SecretVariable} or {PrivateKeyPathVariable} next to {ApiKeyVariable}.")
            : FromPemFile(apiKey, path, passphrase, allowInsecureKeyFile);
    }

    /// <summary>Shows the key type and masked API key only.</summary>
    public override string ToString() => $"SpotCredentials({KeyType}, {MaskedApiKey})";

    /// <summary>Wipes the key material.</summary>
    public void Dispose() => _key.Dispose();

    internal static string Mask(string apiKey) => apiKey.Length <= 8 ? new string('*', apiKey.Length) : string.Concat(apiKey.AsSpan(0, 4), "…", apiKey.AsSpan(apiKey.Length - 4));

    private static void ValidateApiKey(string apiKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        foreach (var c in apiKey)
        {
            if (c is < '!' or > '~')
            {
                throw new ArgumentException("The API key must be printable ASCII without spaces.", nameof(apiKey));
            }
        }
    }
}
