using System.Buffers;
using System.Runtime.CompilerServices;

namespace Spotnet.Server.Exchange;

/// <summary>
/// A write-only stream over pooled 1 MiB chunks: a snapshot of tens of megabytes is encoded without one huge array,
/// without the copies a growing <see cref="MemoryStream"/> makes, and without large-object-heap garbage. Dispose
/// returns the chunks to the pool.
/// </summary>
internal sealed class SnapshotBuffer : Stream
{
    /// <summary>Bytes per chunk.</summary>
    public const int ChunkSize = 1 << 20;

    // Its own pool: the shared one keeps only a few arrays this large, so most chunks of a big snapshot would be
    // garbage on the large object heap each time.
    private static readonly ArrayPool<byte> Pool = ArrayPool<byte>.Create(ChunkSize, 256);

    private readonly List<byte[]> _chunks = [];
    private long _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    /// <summary>The written bytes, chunk by chunk (valid until disposed).</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Chunks()
    {
        var chunks = new ReadOnlyMemory<byte>[_chunks.Count];
        for (var i = 0; i < chunks.Length; i++)
        {
            chunks[i] = _chunks[i].AsMemory(0, (int)Math.Min(ChunkSize, _length - ((long)i * ChunkSize)));
        }

        return chunks;
    }

    /// <summary>Overwrites bytes already written (a length prefix known only after what it prefixes).</summary>
    public void Patch(long position, ReadOnlySpan<byte> bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position + bytes.Length, _length);
        while (!bytes.IsEmpty)
        {
            var offset = (int)(position % ChunkSize);
            var count = Math.Min(bytes.Length, ChunkSize - offset);
            bytes[..count].CopyTo(_chunks[(int)(position / ChunkSize)].AsSpan(offset));
            bytes = bytes[count..];
            position += count;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        // Most writes are a few bytes from a BinaryWriter and fit in the current chunk.
        var used = (int)(_length % ChunkSize);
        if (used != 0 && buffer.Length <= ChunkSize - used)
        {
            buffer.CopyTo(_chunks[^1].AsSpan(used));
            _length += buffer.Length;
            return;
        }

        while (!buffer.IsEmpty)
        {
            var offset = (int)(_length % ChunkSize);
            if (offset == 0 && _length / ChunkSize == _chunks.Count)
            {
                _chunks.Add(Pool.Rent(ChunkSize));
            }

            var count = Math.Min(buffer.Length, ChunkSize - offset);
            buffer[..count].CopyTo(_chunks[^1].AsSpan(offset));
            buffer = buffer[count..];
            _length += count;
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        foreach (var chunk in _chunks)
        {
            Pool.Return(chunk);
        }

        _chunks.Clear();
        _length = 0;
        base.Dispose(disposing);
    }
}
