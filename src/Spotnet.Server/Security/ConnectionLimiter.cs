using System.Net;
using Microsoft.AspNetCore.Connections;
using Spotnet.Server.Accounts;
using Spotnet.Server.Configuration;

namespace Spotnet.Server.Security;

/// <summary>
/// Caps the TCP connections one client address may hold open at once (idle keep-alive connections included);
/// connections over the cap are closed at once, before any byte is read. Trusted proxies are exempt.
/// </summary>
public sealed class ConnectionLimiter
{
    private readonly int _maxPerAddress;
    private readonly IpRestriction? _exempt;
    private readonly Dictionary<IPAddress, int> _open = [];
    private readonly Lock _lock = new();

    /// <summary>Creates a limiter from <see cref="NetworkSettings.MaxConnectionsPerIp"/> (0 turns it off).</summary>
    public ConnectionLimiter(NetworkSettings network)
    {
        ArgumentNullException.ThrowIfNull(network);
        _maxPerAddress = network.MaxConnectionsPerIp;
        _exempt = network.TrustedProxies.Count == 0 ? null : IpRestriction.Parse(network.TrustedProxies, out _);
    }

    /// <summary>The Kestrel connection middleware that applies the cap.</summary>
    public ConnectionDelegate Middleware(ConnectionDelegate next) => async connection =>
    {
        if (_maxPerAddress <= 0 || connection.RemoteEndPoint is not IPEndPoint endPoint)
        {
            await next(connection).ConfigureAwait(false);
            return;
        }

        var address = endPoint.Address.IsIPv4MappedToIPv6 ? endPoint.Address.MapToIPv4() : endPoint.Address;
        if (_exempt?.Allows(address) == true)
        {
            await next(connection).ConfigureAwait(false);
            return;
        }

        if (!TryOpen(address))
        {
            connection.Abort(new ConnectionAbortedException("Too many connections from this address."));
            return;
        }

        try
        {
            await next(connection).ConfigureAwait(false);
        }
        finally
        {
            Close(address);
        }
    };

    /// <summary>Connections currently open from an address.</summary>
    public int OpenConnections(IPAddress address)
    {
        lock (_lock)
        {
            return _open.GetValueOrDefault(address);
        }
    }

    private bool TryOpen(IPAddress address)
    {
        lock (_lock)
        {
            var open = _open.GetValueOrDefault(address);
            if (open >= _maxPerAddress)
            {
                return false;
            }

            _open[address] = open + 1;
            return true;
        }
    }

    private void Close(IPAddress address)
    {
        lock (_lock)
        {
            var open = _open[address] - 1;
            if (open == 0)
            {
                _open.Remove(address);
            }
            else
            {
                _open[address] = open;
            }
        }
    }
}
