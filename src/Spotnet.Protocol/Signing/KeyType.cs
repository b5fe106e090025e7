namespace Spotnet.Protocol.Signing;

/// <summary>The three API key types Binance supports.</summary>
public enum KeyType
{
    /// <summary>HMAC-SHA256 over a shared secret; signatures are 64 hex characters.</summary>
    Hmac,
    /// <summary>RSASSA-PKCS1-v1_5 with SHA-256, 2048 to 4096 bits; signatures are base64.</summary>
    Rsa,
    /// <summary>Pure Ed25519 (RFC 8032) over the payload; signatures are 64 bytes in base64.</summary>
    Ed25519,
}
