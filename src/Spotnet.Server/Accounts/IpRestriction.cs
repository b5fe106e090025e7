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

    /// <summary>Parses entries; returns null and the bad entry when one is neither an address nor a CIDR range.</summary>
    public static IpRestriction? Parse(IReadOnlyList<string> entries, out string? badEntry)
    {
        ArgumentNullException.ThrowIfNull(entries);
        badEntry = null;
        var networks = new IPNetwork[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (IPAddress.TryParse(entry, out var address))
            {
                networks[i] = new IPNetwork(Normalize(address), address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
            }
            else if (IPNetwork.TryParse(entry, out var network))
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
