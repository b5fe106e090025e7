using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Spotnet.Engine;
using Spotnet.Server.Storage;

namespace Spotnet.Server.Exchange;

/// <summary>
/// The bytes of journal records and snapshots. A record is <c>[CRC-32 of sequence + body][body]</c> with the body
/// <c>[format][engine rules version, 2 bytes][operation]*</c> (format 1, the first, had no rules version); a snapshot
/// is <c>[body][SHA-256 of body]</c>. The checksums are the exchange's, not the store's, so corruption is found
/// whatever the store.
/// </summary>
internal static class JournalFormat
{
    public const byte RecordVersion = 2;
    public const int RecordHeaderLength = 3;
    public const byte CommandOperation = 1;
    public const byte AccountOperation = 2;
    private const int SnapshotMagic = 0x534E5053; // "SPNS"
    private const int SnapshotVersion = 1;
    private const int HashLength = 32;

    /// <summary>Prefixes a record body with its checksum.</summary>
    public static byte[] Seal(long sequence, ReadOnlySpan<byte> body)
    {
        var data = new byte[4 + body.Length];
        body.CopyTo(data.AsSpan(4));
        BinaryPrimitives.WriteUInt32LittleEndian(data, Checksum(sequence, body));
        return data;
    }

    /// <summary>Whether a record's checksum matches its sequence and body.</summary>
    public static bool IsIntact(JournalRecord record) =>
        record.Data.Length > 4 && BinaryPrimitives.ReadUInt32LittleEndian(record.Data) == Checksum(record.Sequence, record.Data.AsSpan(4));

    /// <summary>Starts a record body: its format and the rules of the engine that runs its commands.</summary>
    public static void WriteHeader(BinaryWriter writer)
    {
        writer.Write(RecordVersion);
        writer.Write((ushort)MatchingEngine.RulesVersion);
    }

    /// <summary>
    /// The format of an intact record and the engine rules it was written under (1 for format 1, which predates the
    /// rules version; null for a format this build does not know).
    /// </summary>
    public static (byte Format, int? Rules) Header(JournalRecord record) => record.Data[4] switch
    {
        1 => (1, 1),
        RecordVersion when record.Data.Length >= 4 + RecordHeaderLength => (RecordVersion, BinaryPrimitives.ReadUInt16LittleEndian(record.Data.AsSpan(5))),
        var format => (format, null),
    };

    /// <summary>Decodes a record's operations (throws <see cref="InvalidDataException"/> or <see cref="EndOfStreamException"/> on bad data).</summary>
    public static List<Operation> Decode(JournalRecord record)
    {
        using var reader = new BinaryReader(new MemoryStream(record.Data, 4, record.Data.Length - 4), Encoding.UTF8);
        // Recovery refuses records of other formats or rules before it decodes them (Header).
        var version = reader.ReadByte();
        if (version != RecordVersion)
        {
            throw new InvalidDataException($"Unknown journal record version {version}.");
        }

        reader.ReadUInt16();

        var operations = new List<Operation>();
        while (reader.BaseStream.Position < reader.BaseStream.Length)
        {
            var kind = reader.ReadByte();
            operations.Add(kind switch
            {
                CommandOperation => new Operation(CommandCodec.Read(reader), -1, -1),
                AccountOperation => new Operation(null, reader.ReadInt64(), reader.ReadInt32()),
                _ => throw new InvalidDataException($"Unknown journal operation {kind}."),
            });
        }

        return operations;
    }

    /// <summary>
    /// Encodes a snapshot of the state after record <paramref name="sequence"/> into pooled chunks (the caller disposes
    /// the buffer), without its checksum yet (<see cref="SealSnapshot"/>). Length prefixes are patched in after their
    /// part is written, so no part is copied.
    /// </summary>
    public static SnapshotBuffer EncodeSnapshot(
        long sequence, long genesisMilliseconds, MatchingEngine engine, ExchangeAccounts accounts, IReadOnlyList<IExchangeProjection> projections)
    {
        var buffer = new SnapshotBuffer();
        try
        {
            using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(SnapshotMagic);
                writer.Write(SnapshotVersion);
                writer.Write(sequence);
                writer.Write(genesisMilliseconds);
                var pairs = accounts.Pairs();
                writer.Write(pairs.Count);
                foreach (var (serverId, engineId) in pairs)
                {
                    writer.Write(serverId);
                    writer.Write(engineId);
                }

                WritePrefixed(buffer, writer, engine.WriteSnapshot);
                writer.Write(projections.Count);
                foreach (var projection in projections)
                {
                    WritePrefixed(buffer, writer, _ => projection.WriteSnapshot(writer));
                }
            }

            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Appends the SHA-256 of what <see cref="EncodeSnapshot"/> wrote, completing the snapshot. Separate so that
    /// hashing tens of megabytes happens outside the engine lock: the encoded bytes no longer change.
    /// </summary>
    public static void SealSnapshot(SnapshotBuffer buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var chunk in buffer.Chunks())
        {
            hash.AppendData(chunk.Span);
        }

        buffer.Write(hash.GetHashAndReset());
    }

    // [int32 length][part]: the length is written as a placeholder and patched once the part is written.
    private static void WritePrefixed(SnapshotBuffer buffer, BinaryWriter writer, Action<Stream> part)
    {
        writer.Write(0);
        writer.Flush();
        var start = buffer.Length;
        part(buffer);
        writer.Flush();
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, checked((int)(buffer.Length - start)));
        buffer.Patch(start - 4, length);
    }

    /// <summary>Decodes a snapshot, or throws <see cref="InvalidDataException"/> when its checksum or contents are wrong.</summary>
    public static Snapshot DecodeSnapshot(byte[] data, ExchangeConfig config)
    {
        if (data.Length < HashLength
            || !SHA256.HashData(data.AsSpan(0, data.Length - HashLength)).AsSpan().SequenceEqual(data.AsSpan(data.Length - HashLength)))
        {
            throw new InvalidDataException("Snapshot checksum mismatch.");
        }

        using var reader = new BinaryReader(new MemoryStream(data, 0, data.Length - HashLength), Encoding.UTF8);
        if (reader.ReadInt32() != SnapshotMagic || reader.ReadInt32() is var version && version != SnapshotVersion)
        {
            throw new InvalidDataException("Not a snapshot of this version.");
        }

        var sequence = reader.ReadInt64();
        var genesis = reader.ReadInt64();
        var accounts = new List<(long ServerId, int EngineId)>();
        for (var count = reader.ReadInt32(); accounts.Count < count;)
        {
            accounts.Add((reader.ReadInt64(), reader.ReadInt32()));
        }

        var engine = MatchingEngine.Restore(config, reader.ReadBytes(reader.ReadInt32()));
        var projections = new List<byte[]>();
        for (var count = reader.ReadInt32(); projections.Count < count;)
        {
            projections.Add(reader.ReadBytes(reader.ReadInt32()));
        }

        return new Snapshot(sequence, genesis, engine, accounts, projections);
    }

    private static uint Checksum(long sequence, ReadOnlySpan<byte> body)
    {
        Span<byte> prefix = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(prefix, sequence);
        return Crc32.Append(Crc32.Append(0, prefix), body);
    }

    /// <summary>One journaled state change: an engine command, or a server account's engine account.</summary>
    public sealed record Operation(EngineCommand? Command, long ServerAccountId, int EngineAccountId);

    /// <summary>A decoded snapshot.</summary>
    public sealed record Snapshot(
        long Sequence, long GenesisMilliseconds, MatchingEngine Engine, List<(long ServerId, int EngineId)> Accounts, List<byte[]> Projections);
}
