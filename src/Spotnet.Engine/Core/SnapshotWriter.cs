using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace Spotnet.Engine.Core;

/// <summary>
/// Writes snapshot fields in exactly <see cref="BinaryWriter"/>'s format (little-endian integers, one byte per
/// boolean, a string as its UTF-8 length in 7-bit groups and then its bytes), which every snapshot so far was written
/// in, through a buffer of its own. A snapshot is millions of small fields, encoded under the server's engine lock while
/// every request waits: a <see cref="BinaryWriter"/> makes two virtual calls per field (its own and the stream's),
/// while these methods are inlined into the snapshot code, which is compiled fully optimized at its first call (a
/// snapshot is taken too rarely for tiered compilation to have optimized it).
/// </summary>
internal sealed class SnapshotWriter(Stream stream) : IDisposable
{
    private const int BufferSize = 64 * 1024;

    // The encoding every snapshot's BinaryWriter was given (its byte-order mark is never written).
    private static readonly Encoding Utf8 = Encoding.UTF8;

    private readonly byte[] _buffer = new byte[BufferSize];
    private int _used;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(bool value)
    {
        Reserve(1);
        _buffer[_used++] = value ? (byte)1 : (byte)0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(byte value)
    {
        Reserve(1);
        _buffer[_used++] = value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(uint value)
    {
        Reserve(sizeof(uint));
        BinaryPrimitives.WriteUInt32LittleEndian(_buffer.AsSpan(_used), value);
        _used += sizeof(uint);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(int value)
    {
        Reserve(sizeof(int));
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_used), value);
        _used += sizeof(int);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(long value)
    {
        Reserve(sizeof(long));
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_used), value);
        _used += sizeof(long);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(ulong value)
    {
        Reserve(sizeof(ulong));
        BinaryPrimitives.WriteUInt64LittleEndian(_buffer.AsSpan(_used), value);
        _used += sizeof(ulong);
    }

    public void Write(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var length = Utf8.GetByteCount(value);
        for (var rest = (uint)length; ; rest >>= 7)
        {
            Reserve(1);
            _buffer[_used++] = (byte)(rest < 0x80 ? rest : (rest & 0x7F) | 0x80);
            if (rest < 0x80)
            {
                break;
            }
        }

        if (length <= BufferSize)
        {
            Reserve(length);
            _used += Utf8.GetBytes(value, _buffer.AsSpan(_used));
            return;
        }

        Flush();
        stream.Write(Utf8.GetBytes(value));
    }

    /// <summary>Writes what is buffered to the stream.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Flush()
    {
        stream.Write(_buffer, 0, _used);
        _used = 0;
    }

    public void Dispose() => Flush();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Reserve(int count)
    {
        if (_used + count > BufferSize)
        {
            Flush();
        }
    }
}
