using System.Globalization;
using System.Text;

namespace Spotnet.Server.Storage;

/// <summary>
/// A Bloom filter of the client ids in one history chunk: 2,048 bits kept as 32 integer columns, so that SQLite tests
/// a client id against every chunk of an account with integer masks and reads only the chunks that may hold it. With
/// three probes and a full chunk of 256 client ids about 3 % of the chunks that lack an id still pass. The bits are
/// stored in the history file, so <see cref="Probes"/> must never change.
/// </summary>
internal static class ClientIdFilter
{
    public const int Words = 32;
    private const int Bits = Words * 64;
    private const int ProbeCount = 3;

    /// <summary>The words' column names, <c>w0</c> to <c>w31</c>.</summary>
    public static readonly string[] Columns = [.. Enumerable.Range(0, Words).Select(word => "w" + word.ToString(CultureInfo.InvariantCulture))];

    /// <summary>The filter of a chunk's client ids.</summary>
    public static long[] Of(IEnumerable<string> clientIds)
    {
        var words = new long[Words];
        foreach (var clientId in clientIds)
        {
            foreach (var (word, mask) in Probes(clientId))
            {
                words[word] |= mask;
            }
        }

        return words;
    }

    /// <summary>The bits a client id sets, one mask per word (two probes may share one).</summary>
    public static Dictionary<int, long> Probes(string clientId)
    {
        // FNV-1a over the UTF-8 bytes, then double hashing: stable across processes and versions, unlike string hashes.
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(clientId))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        var step = (hash >> 32) | 1;
        var probes = new Dictionary<int, long>();
        for (var i = 0UL; i < ProbeCount; i++)
        {
            var bit = (int)((hash + (i * step)) % Bits);
            probes[bit / 64] = probes.GetValueOrDefault(bit / 64) | (1L << (bit % 64));
        }

        return probes;
    }
}
