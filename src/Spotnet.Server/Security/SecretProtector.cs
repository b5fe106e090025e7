using System.Security.Cryptography;

namespace Spotnet.Server.Security;

/// <summary>Encrypts HMAC secrets at rest with AES-256-GCM under a data key kept in the data folder.</summary>
/// <remarks>Ciphertext layout: version (1 byte) ‖ nonce (12) ‖ tag (16) ‖ encrypted secret.</remarks>
public sealed class SecretProtector
{
    private const byte Version = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;

    /// <summary>Creates a protector over a 32-byte data key.</summary>
    public SecretProtector(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != 32)
        {
            throw new ArgumentException("The data key must be 32 bytes.", nameof(key));
        }

        _key = key;
    }

    /// <summary>Loads the data key from a file, creating it (mode 0600) when absent.</summary>
    public static SecretProtector LoadOrCreate(string path) =>
        new(DataFolder.ReadOrCreateKeyFile(path, 32));

    /// <summary>Encrypts a secret bound to associated data (the key id), so it cannot be moved to another row.</summary>
    public byte[] Protect(ReadOnlySpan<byte> secret, ReadOnlySpan<byte> associatedData)
    {
        var output = new byte[1 + NonceSize + TagSize + secret.Length];
        output[0] = Version;
        var nonce = output.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, secret, output.AsSpan(1 + NonceSize + TagSize), output.AsSpan(1 + NonceSize, TagSize), associatedData);
        return output;
    }

    /// <summary>Decrypts a secret; returns null when the ciphertext or associated data does not match.</summary>
    public byte[]? Unprotect(ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> associatedData)
    {
        if (ciphertext.Length < 1 + NonceSize + TagSize || ciphertext[0] != Version)
        {
            return null;
        }

        var secret = new byte[ciphertext.Length - 1 - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        try
        {
            aes.Decrypt(
                ciphertext.Slice(1, NonceSize), ciphertext[(1 + NonceSize + TagSize)..],
                ciphertext.Slice(1 + NonceSize, TagSize), secret, associatedData);
            return secret;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }
}
