using System.Net;

namespace Spotnet.Server.Accounts;

/// <summary>A key's IP allow-list: single addresses or CIDR ranges, IPv4 or IPv6; empty allows every address.</summary>
public sealed class IpRestriction
{
    private readonly IPNetwork[] _networks;

    private IpRestriction(IPNetwork[] networks, IReadOnlyList<string> entries)
    {
        _networks = networks;
        Entries = entries;
    }

    /// <summary>The entries as registered.</summary>
    public IReadOnlyList<string> Entries { get; }

    /// <summary>The operator API's answer to an entry <see cref="Parse"/> refuses (or one too long to try).</summary>
    public static string BadEntryMessage(string entry) => $"ipRestrict entry '{entry}' is neither an IP address nor a CIDR range.";

    /// <summary>Parses entries; returns null and the bad entry when one is neither an address nor a CIDR range in its usual spelling.</summary>
    public static IpRestriction? Parse(IReadOnlyList<string> entries, out string? badEntry)
    {
        ArgumentNullException.ThrowIfNull(entries);
        badEntry = null;
        var networks = new IPNetwork[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var slash = entry.IndexOf('/', StringComparison.Ordinal);
            if (slash < 0 && IsPlainAddress(entry) && IPAddress.TryParse(entry, out var parsed))
            {
                var address = Normalize(parsed);
                networks[i] = new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
            }
            else if (slash > 0 && IsPlainAddress(entry[..slash]) && IsPrefixLength(entry.AsSpan(slash + 1)) && IPNetwork.TryParse(entry, out var network))
            {
                networks[i] = network;
            }
            else
            {
                badEntry = entry;
                return null;
            }
        }

        return new IpRestriction(networks, [.. entries]);
    }

    // Only the usual spellings: IPv4 as four decimal numbers (the parser would also take "10" for 0.0.0.10, "127.1",
    // hexadecimal and, with a leading zero, octal: "010.0.0.1" is 8.0.0.1), IPv6 without a zone ("%eth0" names an
    // interface of this machine, which means nothing in a key's allow-list).
    private static bool IsPlainAddress(string text)
    {
        if (text.Contains(':', StringComparison.Ordinal))
        {
            return !text.Contains('%', StringComparison.Ordinal);
        }

        var parts = text.Split('.');
        return parts.Length == 4 && parts.All(part => part.Length is >= 1 and <= 3 && part.All(char.IsAsciiDigit) && (part.Length == 1 || part[0] != '0'));
    }

    private static bool IsPrefixLength(ReadOnlySpan<char> text) =>
        text.Length is >= 1 and <= 3 && !text.ContainsAnyExcept("0123456789") && (text.Length == 1 || text[0] != '0');

    /// <summary>Whether a client address may use the key.</summary>
    public bool Allows(IPAddress address)
    {
        if (_networks.Length == 0)
        {
            return true;
        }

        var normalized = Normalize(address);
        foreach (var network in _networks)
        {
            if (network.Contains(normalized))
            {
                return true;
            }
        }

        return false;
    }

    // Kestrel reports IPv4 clients on dual-stack sockets as ::ffff:a.b.c.d.
    private static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
