namespace Spotnet.Client.Credentials;

/// <summary>Signs the exact bytes of a REST payload and returns the signature as Binance expects it (hex for HMAC, base64 otherwise).</summary>
internal interface IRequestSigner : IDisposable
{
    /// <summary>Signs <paramref name="payload"/>.</summary>
    string Sign(ReadOnlySpan<byte> payload);
}
