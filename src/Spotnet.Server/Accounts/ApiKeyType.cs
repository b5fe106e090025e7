namespace Spotnet.Server.Accounts;

/// <summary>Kind of API key (<c>type</c> on the operator API).</summary>
public enum ApiKeyType
{
    /// <summary><c>HMAC</c>: the server generates and keeps a shared secret.</summary>
    Hmac,

    /// <summary><c>RSA</c>: the user registers an RSA public key (2048 to 4096 bits).</summary>
    Rsa,

    /// <summary><c>ED25519</c>: the user registers an Ed25519 public key.</summary>
    Ed25519,
}
