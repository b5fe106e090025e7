using System.Diagnostics;

namespace Spotnet.Client.Credentials;

/// <summary>An API key and the secret or private key that signs its requests; never shows either in <see cref="ToString"/>.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class SpotCredentials : IDisposable
{
    private readonly IRequestSigner _signer;

    internal SpotCredentials(string apiKey, IRequestSigner signer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        ApiKey = apiKey;
        _signer = signer;
    }

    /// <summary>The API key sent in <c>X-MBX-APIKEY</c>.</summary>
    internal string ApiKey { get; }

    /// <summary>The API key with all but its first and last four characters hidden, safe for logs.</summary>
    public string MaskedApiKey => Mask(ApiKey);

    internal string Sign(ReadOnlySpan<byte> payload) => _signer.Sign(payload);

    /// <summary>Shows the masked API key only.</summary>
    public override string ToString() => $"SpotCredentials({MaskedApiKey})";

    /// <summary>Releases and clears the key material.</summary>
    public void Dispose() => _signer.Dispose();

    internal static string Mask(string apiKey) => apiKey.Length <= 8 ? new string('*', apiKey.Length) : string.Concat(apiKey.AsSpan(0, 4), "…", apiKey.AsSpan(apiKey.Length - 4));
}
