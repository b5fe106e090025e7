using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Spotnet.Server.Storage;

/// <summary>The audit log's hash chain: each entry's hash covers the previous hash and the entry's fields.</summary>
public static class AuditChain
{
    /// <summary>Computes the chained hash of one audit entry.</summary>
    public static byte[] Hash(long sequence, long timeMilliseconds, string actor, string action, string detail, byte[] previousHash)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(detail);
        ArgumentNullException.ThrowIfNull(previousHash);
        // Length-prefixed fields, so no two different entries serialise to the same bytes.
        var text = Encoding.UTF8.GetBytes(string.Create(
            CultureInfo.InvariantCulture,
            $"{sequence}|{timeMilliseconds}|{actor.Length}:{actor}|{action.Length}:{action}|{detail.Length}:{detail}"));
        return SHA256.HashData([.. previousHash, .. text]);
    }

    /// <summary>The sequence number of the first entry that breaks the chain, or null when the log is intact.</summary>
    public static long? FindBreak(IReadOnlyList<AuditRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var previous = new byte[32];
        var expectedSequence = 1L;
        foreach (var record in records)
        {
            var hash = Hash(record.Sequence, record.TimeMilliseconds, record.Actor, record.Action, record.Detail, previous);
            if (record.Sequence != expectedSequence || !record.PreviousHash.AsSpan().SequenceEqual(previous) || !record.Hash.AsSpan().SequenceEqual(hash))
            {
                return record.Sequence;
            }

            previous = record.Hash;
            expectedSequence++;
        }

        return null;
    }
}
