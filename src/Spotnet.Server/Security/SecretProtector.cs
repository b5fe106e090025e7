using System.Collections.Frozen;
using System.Globalization;
using System.Security.Cryptography;

namespace Spotnet.Server.Security;

/// <summary>
/// Encrypts HMAC secrets at rest with AES-256-GCM under versioned data keys kept in the data folder: version 1 in
/// <c>data.key</c>, version N in <c>data.key.N</c>. New secrets use the newest version; every version still present
/// decrypts, so rotation never interrupts signing, and a retired version's file is deleted.
/// </summary>
/// <remarks>Ciphertext layout: key version (1 byte) ‖ nonce (12) ‖ tag (16) ‖ encrypted secret.</remarks>
public sealed class SecretProtector
{
    /// <summary>The highest key version (the version is one byte of the ciphertext).</summary>
    public const int MaxVersion = byte.MaxValue;

    private const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly string? _basePath;
    private readonly Lock _lock = new();
    private volatile KeyRing _ring;

    /// <summary>Creates an in-memory protector over one 32-byte data key (version 1).</summary>
    public SecretProtector(byte[] key)
        : this(null, new Dictionary<int, byte[]> { [1] = CheckKey(key) })
    {
    }

    private SecretProtector(string? basePath, Dictionary<int, byte[]> keys)
    {
        _basePath = basePath;
        _ring = new KeyRing(keys.ToFrozenDictionary(), keys.Keys.Max());
    }

    /// <summary>The version new secrets are encrypted with.</summary>
    public int ActiveVersion => _ring.Active;

    /// <summary>Every version that can still decrypt, in ascending order.</summary>
    public IReadOnlyList<int> Versions => [.. _ring.Keys.Keys.Order()];

    /// <summary>
    /// Loads every data key version next to <paramref name="path"/> (<c>data.key</c>, <c>data.key.2</c>, ...), creating
    /// version 1 (mode 0600) when there is none.
    /// </summary>
    public static SecretProtector LoadOrCreate(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var keys = new Dictionary<int, byte[]>();
        if (File.Exists(path))
        {
            keys[1] = CheckKey(File.ReadAllBytes(path));
        }

        var prefix = Path.GetFileName(path) + ".";
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(Path.GetFullPath(path))!, prefix + "*"))
        {
            // The pattern "data.key.*" also matches "data.key" itself, hence the explicit prefix check.
            var name = Path.GetFileName(file);
            if (name.StartsWith(prefix, StringComparison.Ordinal)
                && int.TryParse(name.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
                && version is > 1 and <= MaxVersion)
            {
                keys[version] = CheckKey(File.ReadAllBytes(file));
            }
        }

        if (keys.Count == 0)
        {
            keys[1] = DataFolder.ReadOrCreateKeyFile(path, KeySize);
        }

        return new SecretProtector(path, keys);
    }

    /// <summary>The key version a ciphertext was made with, or 0 when it is too short to have one.</summary>
    public static int VersionOf(ReadOnlySpan<byte> ciphertext) =>
        ciphertext.Length < 1 + NonceSize + TagSize ? 0 : ciphertext[0];

    /// <summary>Adds a new data key version (written to the data folder first) and makes it the active one.</summary>
    public int Rotate()
    {
        lock (_lock)
        {
            var ring = _ring;
            var version = ring.Keys.Keys.Max() + 1;
            if (version > MaxVersion)
            {
                throw new InvalidOperationException($"No more than {MaxVersion} data key versions can exist.");
            }

            var key = RandomNumberGenerator.GetBytes(KeySize);
            if (_basePath is not null)
            {
                DataFolder.WriteSecretFile(FileOf(version), key);
            }

            var keys = new Dictionary<int, byte[]>(ring.Keys) { [version] = key };
            _ring = new KeyRing(keys.ToFrozenDictionary(), version);
            return version;
        }
    }

    /// <summary>Forgets a version and deletes its file; ciphertext made with it can no longer be decrypted.</summary>
    public void Retire(int version)
    {
        lock (_lock)
        {
            var ring = _ring;
            if (version == ring.Active)
            {
                throw new InvalidOperationException("The active data key version cannot be retired.");
            }

            if (!ring.Keys.ContainsKey(version))
            {
                return;
            }

            var keys = new Dictionary<int, byte[]>(ring.Keys);
            CryptographicOperations.ZeroMemory(keys[version]);
            keys.Remove(version);
            _ring = new KeyRing(keys.ToFrozenDictionary(), ring.Active);
            if (_basePath is not null)
            {
                File.Delete(FileOf(version));
            }
        }
    }

    /// <summary>Encrypts a secret bound to associated data (the key id), so it cannot be moved to another row.</summary>
    public byte[] Protect(ReadOnlySpan<byte> secret, ReadOnlySpan<byte> associatedData)
    {
        var ring = _ring;
        var output = new byte[1 + NonceSize + TagSize + secret.Length];
        output[0] = (byte)ring.Active;
        var nonce = output.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(ring.Keys[ring.Active], TagSize);
        aes.Encrypt(nonce, secret, output.AsSpan(1 + NonceSize + TagSize), output.AsSpan(1 + NonceSize, TagSize), associatedData);
        return output;
    }

    /// <summary>Decrypts a secret; returns null when the version is unknown or retired, or the ciphertext or associated data does not match.</summary>
    public byte[]? Unprotect(ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> associatedData)
    {
        if (VersionOf(ciphertext) is var version && !_ring.Keys.TryGetValue(version, out var key))
        {
            return null;
        }

        var secret = new byte[ciphertext.Length - 1 - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
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

    private string FileOf(int version) =>
        version == 1 ? _basePath! : _basePath + "." + version.ToString(CultureInfo.InvariantCulture);

    private static byte[] CheckKey(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Length == KeySize ? key : throw new ArgumentException("A data key must be 32 bytes.", nameof(key));
    }

    private sealed record KeyRing(FrozenDictionary<int, byte[]> Keys, int Active);
}
