using System.Runtime.InteropServices;

namespace Spotnet.Protocol.Signing;

/// <summary>Owns one OpenSSL <c>EVP_PKEY*</c> and frees it exactly once.</summary>
internal sealed class OpenSslKeyHandle : SafeHandle
{
    public OpenSslKeyHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        OpenSslEd25519.FreeKey(handle);
        return true;
    }
}
