using System.Text;
using Spotnet.Protocol.Signing;

namespace Spotnet.Client.Credentials;

/// <summary>Makes a new key pair for Binance: the private key stays on this machine in an encrypted file, the public key is returned for upload.</summary>
public static class SpotKeyGenerator
{
    /// <summary>Generates an Ed25519 (default, as Binance recommends) or RSA-2048 key, writes the private key to <paramref name="privateKeyPath"/> as encrypted PKCS#8 PEM readable by its owner only (mode 0600), and returns the public key as SPKI PEM (<c>BEGIN PUBLIC KEY</c>) to register with the exchange.</summary>
    /// <remarks>Load the file later with <see cref="SpotCredentials.FromPemFile"/> and the same passphrase. An existing file is never overwritten.</remarks>
    /// <exception cref="IOException">The file already exists.</exception>
    /// <exception cref="ArgumentException">The passphrase is empty, or the key type is HMAC (whose secret the exchange creates).</exception>
    public static string GenerateKeyFile(string privateKeyPath, string passphrase, KeyType keyType = KeyType.Ed25519)
    {
        ArgumentException.ThrowIfNullOrEmpty(privateKeyPath);
        ArgumentException.ThrowIfNullOrEmpty(passphrase);
        using var key = keyType switch
        {
            KeyType.Ed25519 => SigningKey.GenerateEd25519(),
            KeyType.Rsa => SigningKey.GenerateRsa(),
            _ => throw new ArgumentException("Only Ed25519 and RSA key pairs are generated; Binance creates HMAC secrets itself.", nameof(keyType)),
        };
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            // Created with the final mode, so the key is never readable by others, not even briefly.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var file = new FileStream(privateKeyPath, options))
        {
            file.Write(Encoding.ASCII.GetBytes(key.ExportPrivateKeyPem(passphrase)));
        }

        return key.PublicKey!.ToPem();
    }
}
