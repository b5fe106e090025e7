using System.Buffers.Binary;

namespace Spotnet.Server.Storage;

/// <summary>
/// Checks a SQLite write-ahead log before SQLite opens it. SQLite replays a log up to its first frame that fails its
/// checksum and silently ignores everything after it, because a torn write at a crash looks the same. But frames are
/// appended and each commit is synced before the next one starts, so a damaged frame followed by later commits of the
/// same log generation (same salts) is not a torn tail: it is damage that would drop acknowledged transactions. Such a
/// log refuses the start. The format: <see href="https://www.sqlite.org/fileformat2.html#the_write_ahead_log"/>.
/// A log cut short leaves no trace in the log itself and cannot be found this way.
/// </summary>
internal static class WriteAheadLog
{
    private const int HeaderLength = 32;
    private const int FrameHeaderLength = 24;
    private const uint MagicLittleEndian = 0x377f0682;
    private const uint MagicBigEndian = 0x377f0683;
    private const uint FormatVersion = 3007000;

    /// <summary>Throws <see cref="StoreDamagedException"/> when the log of <paramref name="databasePath"/> would lose committed transactions.</summary>
    public static void EnsureNothingIsDropped(string databasePath)
    {
        var path = databasePath + "-wal";
        if (!File.Exists(path))
        {
            return;
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
        if (Describe(file) is { } damage)
        {
            throw new StoreDamagedException(
                $"{Path.GetFileName(path)} is damaged ({damage}): SQLite would silently drop the committed transactions after it. "
                + "Refusing to start; restore the data folder from a backup or move it away to start empty.");
        }
    }

    /// <summary>What is wrong with the log, or null when SQLite will replay every commit in it.</summary>
    private static string? Describe(Stream log)
    {
        Span<byte> header = stackalloc byte[HeaderLength];
        if (log.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false) < HeaderLength)
        {
            return null;
        }

        var magic = BinaryPrimitives.ReadUInt32BigEndian(header);
        var pageSize = BinaryPrimitives.ReadUInt32BigEndian(header[8..]);
        var checksum = (S1: 0u, S2: 0u);
        var littleEndian = magic == MagicLittleEndian;
        var headerValid = magic is MagicLittleEndian or MagicBigEndian
            && BinaryPrimitives.ReadUInt32BigEndian(header[4..]) == FormatVersion
            && pageSize is >= 512 and <= 65536 && (pageSize & (pageSize - 1)) == 0
            && Checksum(header[..24], littleEndian, ref checksum) == (BinaryPrimitives.ReadUInt32BigEndian(header[24..]), BinaryPrimitives.ReadUInt32BigEndian(header[28..]));
        if (!headerValid)
        {
            // SQLite then ignores the whole log; only an empty one (header alone) can be ignored safely.
            return log.Length > HeaderLength ? "its header is not valid" : null;
        }

        var salts = header[16..24].ToArray();
        var frame = new byte[FrameHeaderLength + pageSize];
        long index = 0;
        long firstBad = -1;
        var badFrameIsCommit = false;
        var laterCommits = 0;
        while (log.ReadAtLeast(frame, frame.Length, throwOnEndOfStream: false) == frame.Length)
        {
            var sameGeneration = frame.AsSpan(8, 8).SequenceEqual(salts);
            var isCommit = BinaryPrimitives.ReadUInt32BigEndian(frame.AsSpan(4)) != 0;
            if (firstBad < 0)
            {
                var expected = (BinaryPrimitives.ReadUInt32BigEndian(frame.AsSpan(16)), BinaryPrimitives.ReadUInt32BigEndian(frame.AsSpan(20)));
                var next = checksum;
                Checksum(frame.AsSpan(0, 8), littleEndian, ref next);
                if (sameGeneration && Checksum(frame.AsSpan(FrameHeaderLength), littleEndian, ref next) == expected)
                {
                    checksum = next;
                }
                else
                {
                    firstBad = index;
                    badFrameIsCommit = sameGeneration && isCommit;
                }
            }
            else if (sameGeneration && isCommit)
            {
                laterCommits++;
            }

            index++;
        }

        // The first commit at or after the damaged frame may close the transaction that was being written at a crash;
        // any commit after that one was acknowledged.
        var lost = firstBad < 0 ? 0 : badFrameIsCommit ? laterCommits : Math.Max(0, laterCommits - 1);
        return lost > 0 ? $"frame {firstBad + 1} fails its checksum and {lost} later commits follow it" : null;
    }

    private static (uint S1, uint S2) Checksum(ReadOnlySpan<byte> data, bool littleEndian, ref (uint S1, uint S2) sum)
    {
        var (s1, s2) = sum;
        for (var i = 0; i + 8 <= data.Length; i += 8)
        {
            var a = littleEndian ? BinaryPrimitives.ReadUInt32LittleEndian(data[i..]) : BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
            var b = littleEndian ? BinaryPrimitives.ReadUInt32LittleEndian(data[(i + 4)..]) : BinaryPrimitives.ReadUInt32BigEndian(data[(i + 4)..]);
            s1 += a + s2;
            s2 += b + s1;
        }

        sum = (s1, s2);
        return sum;
    }
}
