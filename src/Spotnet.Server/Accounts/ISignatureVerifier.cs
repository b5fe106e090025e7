namespace Spotnet.Server.Accounts;

/// <summary>Verifies request signatures for one API key; implementations cache the parsed key.</summary>
public interface ISignatureVerifier
{
    /// <summary>Whether <paramref name="signature"/> (as sent, percent-decoded) signs <paramref name="payload"/>.</summary>
    bool Verify(ReadOnlySpan<byte> payload, ReadOnlySpan<char> signature);
}
