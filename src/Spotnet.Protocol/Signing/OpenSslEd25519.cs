using System.Runtime.InteropServices;

namespace Spotnet.Protocol.Signing;

/// <summary>
/// Ed25519 through the platform's OpenSSL <c>libcrypto</c> (.NET 10 has no public Ed25519 API). Functions are bound
/// once at start-up; if the library or a symbol is missing, <see cref="IsAvailable"/> is false and callers fall back
/// to BouncyCastle. All calls are thread-safe: keys are immutable and every operation uses its own <c>EVP_MD_CTX</c>.
/// </summary>
internal static unsafe class OpenSslEd25519
{
    private const int EvpPkeyEd25519 = 1087; // NID_ED25519
    private const int KeyLength = 32;
    private const int SignatureLength = 64;

    private static readonly string[] LibraryNames =
    [
        "libcrypto.so.3", "libcrypto.so.1.1", "libcrypto.so", "libcrypto.3.dylib", "libcrypto-3-x64.dll", "libcrypto-3.dll",
    ];

    private static readonly Functions? Native = Load();

    /// <summary>Whether <c>libcrypto</c> was found with every function this class needs.</summary>
    public static bool IsAvailable => Native is not null;

    /// <summary>Creates an OpenSSL key from a raw 32-byte public key.</summary>
    public static OpenSslKeyHandle ImportPublicKey(ReadOnlySpan<byte> publicKey) =>
        Import(publicKey, isPrivate: false);

    /// <summary>Creates an OpenSSL key from a raw 32-byte private key (the RFC 8032 seed).</summary>
    public static OpenSslKeyHandle ImportPrivateKey(ReadOnlySpan<byte> seed) => Import(seed, isPrivate: true);

    /// <summary>Writes the raw 32-byte public key of <paramref name="key"/>.</summary>
    public static void ExportPublicKey(OpenSslKeyHandle key, Span<byte> destination) =>
        ExportRaw(key, destination, isPrivate: false);

    /// <summary>Writes the raw 32-byte private key (seed) of <paramref name="key"/>.</summary>
    public static void ExportPrivateKey(OpenSslKeyHandle key, Span<byte> destination) =>
        ExportRaw(key, destination, isPrivate: true);

    private static void ExportRaw(OpenSslKeyHandle key, Span<byte> destination, bool isPrivate)
    {
        var native = Required;
        var added = false;
        try
        {
            key.DangerousAddRef(ref added);
            nuint length = KeyLength;
            fixed (byte* output = destination[..KeyLength])
            {
                var result = isPrivate
                    ? native.GetRawPrivateKey(key.DangerousGetHandle(), output, &length)
                    : native.GetRawPublicKey(key.DangerousGetHandle(), output, &length);
                if (result != 1 || length != KeyLength)
                {
                    native.ClearError();
                    throw new InvalidOperationException("OpenSSL could not export the Ed25519 key.");
                }
            }
        }
        finally
        {
            if (added)
            {
                key.DangerousRelease();
            }
        }
    }

    /// <summary>Signs <paramref name="data"/> into a 64-byte <paramref name="signature"/>.</summary>
    public static void Sign(OpenSslKeyHandle key, ReadOnlySpan<byte> data, Span<byte> signature)
    {
        var native = Required;
        var context = native.NewContext();
        if (context == IntPtr.Zero)
        {
            throw new OutOfMemoryException("OpenSSL could not allocate a signing context.");
        }

        var added = false;
        try
        {
            key.DangerousAddRef(ref added);
            byte empty = 0;
            nuint length = SignatureLength;
            fixed (byte* message = data)
            fixed (byte* output = signature[..SignatureLength])
            {
                // A null message pointer is legal only with length 0; pass a real address anyway.
                var messagePointer = data.IsEmpty ? &empty : message;
                if (native.DigestSignInit(context, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, key.DangerousGetHandle()) != 1
                    || native.DigestSign(context, output, &length, messagePointer, (nuint)data.Length) != 1
                    || length != SignatureLength)
                {
                    native.ClearError();
                    throw new InvalidOperationException("OpenSSL failed to create an Ed25519 signature.");
                }
            }
        }
        finally
        {
            native.FreeContext(context);
            if (added)
            {
                key.DangerousRelease();
            }
        }
    }

    /// <summary>Verifies a 64-byte <paramref name="signature"/> over <paramref name="data"/>.</summary>
    public static bool Verify(OpenSslKeyHandle key, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        if (signature.Length != SignatureLength)
        {
            return false;
        }

        var native = Required;
        var context = native.NewContext();
        if (context == IntPtr.Zero)
        {
            throw new OutOfMemoryException("OpenSSL could not allocate a verification context.");
        }

        var added = false;
        try
        {
            key.DangerousAddRef(ref added);
            byte empty = 0;
            fixed (byte* message = data)
            fixed (byte* signaturePointer = signature)
            {
                var messagePointer = data.IsEmpty ? &empty : message;
                var valid = native.DigestVerifyInit(context, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, key.DangerousGetHandle()) == 1
                    && native.DigestVerify(context, signaturePointer, SignatureLength, messagePointer, (nuint)data.Length) == 1;
                if (!valid)
                {
                    // Failed verifications queue errors on this thread; leave the queue clean for .NET's own OpenSSL use.
                    native.ClearError();
                }

                return valid;
            }
        }
        finally
        {
            native.FreeContext(context);
            if (added)
            {
                key.DangerousRelease();
            }
        }
    }

    internal static void FreeKey(IntPtr key) => Required.FreeKey(key);

    private static Functions Required =>
        Native ?? throw new PlatformNotSupportedException("OpenSSL libcrypto with Ed25519 support was not found.");

    private static OpenSslKeyHandle Import(ReadOnlySpan<byte> raw, bool isPrivate)
    {
        if (raw.Length != KeyLength)
        {
            throw new ArgumentException("An Ed25519 key is 32 bytes.", nameof(raw));
        }

        var native = Required;
        var handle = new OpenSslKeyHandle();
        IntPtr key;
        fixed (byte* bytes = raw)
        {
            key = isPrivate
                ? native.NewRawPrivateKey(EvpPkeyEd25519, IntPtr.Zero, bytes, KeyLength)
                : native.NewRawPublicKey(EvpPkeyEd25519, IntPtr.Zero, bytes, KeyLength);
        }

        if (key == IntPtr.Zero)
        {
            native.ClearError();
            handle.Dispose();
            throw new InvalidOperationException("OpenSSL rejected the Ed25519 key.");
        }

        Marshal.InitHandle(handle, key);
        return handle;
    }

    private static Functions? Load()
    {
        foreach (var name in LibraryNames)
        {
            if (!NativeLibrary.TryLoad(name, typeof(OpenSslEd25519).Assembly, null, out var library))
            {
                continue;
            }

            if (Functions.TryBind(library, out var functions))
            {
                return functions;
            }
        }

        return null;
    }

    /// <summary>The bound <c>libcrypto</c> entry points.</summary>
    private sealed class Functions
    {
        public delegate* unmanaged<int, IntPtr, byte*, nuint, IntPtr> NewRawPublicKey;
        public delegate* unmanaged<int, IntPtr, byte*, nuint, IntPtr> NewRawPrivateKey;
        public delegate* unmanaged<IntPtr, byte*, nuint*, int> GetRawPublicKey;
        public delegate* unmanaged<IntPtr, byte*, nuint*, int> GetRawPrivateKey;
        public delegate* unmanaged<IntPtr, void> FreeKey;
        public delegate* unmanaged<IntPtr> NewContext;
        public delegate* unmanaged<IntPtr, void> FreeContext;
        public delegate* unmanaged<IntPtr, IntPtr, IntPtr, IntPtr, IntPtr, int> DigestSignInit;
        public delegate* unmanaged<IntPtr, byte*, nuint*, byte*, nuint, int> DigestSign;
        public delegate* unmanaged<IntPtr, IntPtr, IntPtr, IntPtr, IntPtr, int> DigestVerifyInit;
        public delegate* unmanaged<IntPtr, byte*, nuint, byte*, nuint, int> DigestVerify;
        public delegate* unmanaged<void> ClearError;

        public static bool TryBind(IntPtr library, out Functions functions)
        {
            functions = new Functions();
            if (!NativeLibrary.TryGetExport(library, "EVP_PKEY_new_raw_public_key", out var newRawPublicKey)
                || !NativeLibrary.TryGetExport(library, "EVP_PKEY_new_raw_private_key", out var newRawPrivateKey)
                || !NativeLibrary.TryGetExport(library, "EVP_PKEY_get_raw_public_key", out var getRawPublicKey)
                || !NativeLibrary.TryGetExport(library, "EVP_PKEY_get_raw_private_key", out var getRawPrivateKey)
                || !NativeLibrary.TryGetExport(library, "EVP_PKEY_free", out var freeKey)
                || !NativeLibrary.TryGetExport(library, "EVP_MD_CTX_new", out var newContext)
                || !NativeLibrary.TryGetExport(library, "EVP_MD_CTX_free", out var freeContext)
                || !NativeLibrary.TryGetExport(library, "EVP_DigestSignInit", out var digestSignInit)
                || !NativeLibrary.TryGetExport(library, "EVP_DigestSign", out var digestSign)
                || !NativeLibrary.TryGetExport(library, "EVP_DigestVerifyInit", out var digestVerifyInit)
                || !NativeLibrary.TryGetExport(library, "EVP_DigestVerify", out var digestVerify)
                || !NativeLibrary.TryGetExport(library, "ERR_clear_error", out var clearError))
            {
                return false;
            }

            functions.NewRawPublicKey = (delegate* unmanaged<int, IntPtr, byte*, nuint, IntPtr>)newRawPublicKey;
            functions.NewRawPrivateKey = (delegate* unmanaged<int, IntPtr, byte*, nuint, IntPtr>)newRawPrivateKey;
            functions.GetRawPublicKey = (delegate* unmanaged<IntPtr, byte*, nuint*, int>)getRawPublicKey;
            functions.GetRawPrivateKey = (delegate* unmanaged<IntPtr, byte*, nuint*, int>)getRawPrivateKey;
            functions.FreeKey = (delegate* unmanaged<IntPtr, void>)freeKey;
            functions.NewContext = (delegate* unmanaged<IntPtr>)newContext;
            functions.FreeContext = (delegate* unmanaged<IntPtr, void>)freeContext;
            functions.DigestSignInit = (delegate* unmanaged<IntPtr, IntPtr, IntPtr, IntPtr, IntPtr, int>)digestSignInit;
            functions.DigestSign = (delegate* unmanaged<IntPtr, byte*, nuint*, byte*, nuint, int>)digestSign;
            functions.DigestVerifyInit = (delegate* unmanaged<IntPtr, IntPtr, IntPtr, IntPtr, IntPtr, int>)digestVerifyInit;
            functions.DigestVerify = (delegate* unmanaged<IntPtr, byte*, nuint, byte*, nuint, int>)digestVerify;
            functions.ClearError = (delegate* unmanaged<void>)clearError;
            return true;
        }
    }
}
