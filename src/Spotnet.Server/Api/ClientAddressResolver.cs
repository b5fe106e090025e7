using System.Net;
using Microsoft.Extensions.Primitives;
using Spotnet.Server.Accounts;
using Spotnet.Server.Configuration;

namespace Spotnet.Server.Api;

/// <summary>
/// The client address a request is judged by (key IP lists, rate limits, bans): the socket peer, unless the peer is
/// a configured trusted proxy, in which case the nearest untrusted hop named by <c>Forwarded</c> or
/// <c>X-Forwarded-For</c>. Forwarding headers from anyone else are ignored, so a client cannot choose its address.
/// </summary>
public sealed class ClientAddressResolver
{
    private readonly IpRestriction? _trustedProxies;

    /// <summary>Creates a resolver; an invalid <see cref="NetworkSettings.TrustedProxies"/> entry stops start-up.</summary>
    public ClientAddressResolver(NetworkSettings network)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (network.TrustedProxies.Count == 0)
        {
            return;
        }

        _trustedProxies = IpRestriction.Parse(network.TrustedProxies, out var badEntry)
            ?? throw new InvalidOperationException($"Network:TrustedProxies entry '{badEntry}' is neither an IP address nor a CIDR range.");
    }

    /// <summary>Resolves the client address of a request.</summary>
    public IPAddress Resolve(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var peer = Normalize(context.Connection.RemoteIpAddress ?? IPAddress.Loopback);
        if (_trustedProxies is null || !_trustedProxies.Allows(peer))
        {
            return peer;
        }

        var headers = context.Request.Headers;
        var hops = headers.TryGetValue("Forwarded", out var forwarded)
            ? ForwardedHops(forwarded)
            : headers.TryGetValue("X-Forwarded-For", out var forwardedFor) ? ForwardedForHops(forwardedFor) : [];
        // Walk from the nearest hop back: each trusted proxy vouches for the hop before it.
        var client = peer;
        for (var i = hops.Count - 1; i >= 0; i--)
        {
            if (hops[i] is not { } hop)
            {
                break;
            }

            client = hop;
            if (!_trustedProxies.Allows(hop))
            {
                break;
            }
        }

        return client;
    }

    // X-Forwarded-For: client, proxy1, proxy2 (possibly split over several header lines).
    private static List<IPAddress?> ForwardedForHops(StringValues values)
    {
        var hops = new List<IPAddress?>();
        foreach (var value in values)
        {
            foreach (var part in (value ?? "").Split(',', StringSplitOptions.TrimEntries))
            {
                hops.Add(ParseHop(part));
            }
        }

        return hops;
    }

    // Forwarded (RFC 7239): for=192.0.2.60;proto=http, for="[2001:db8::1]:4711"
    private static List<IPAddress?> ForwardedHops(StringValues values)
    {
        var hops = new List<IPAddress?>();
        foreach (var value in values)
        {
            foreach (var element in (value ?? "").Split(',', StringSplitOptions.TrimEntries))
            {
                IPAddress? hop = null;
                foreach (var pair in element.Split(';', StringSplitOptions.TrimEntries))
                {
                    if (pair.StartsWith("for=", StringComparison.OrdinalIgnoreCase))
                    {
                        hop = ParseHop(pair[4..].Trim('"'));
                    }
                }

                hops.Add(hop);
            }
        }

        return hops;
    }

    // An address, optionally with a port ("192.0.2.1:80", "[2001:db8::1]:80"); obfuscated names ("unknown", "_x") are null.
    private static IPAddress? ParseHop(string text)
    {
        if (IPAddress.TryParse(text, out var address))
        {
            return Normalize(address);
        }

        return IPEndPoint.TryParse(text, out var endPoint) ? Normalize(endPoint.Address) : null;
    }

    private static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
