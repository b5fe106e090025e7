using System.Net;
using Microsoft.AspNetCore.Http;
using Spotnet.Server.Api;
using Spotnet.Server.Configuration;

namespace Spotnet.Server.Tests;

public sealed class ClientAddressResolverTests
{
    private static readonly ClientAddressResolver BehindProxies = new(new NetworkSettings { TrustedProxies = ["10.0.0.0/8"] });

    [Theory]
    [InlineData("Forwarded", "for=\"[2001:db8::7]:4711\"", "2001:db8::7")]
    [InlineData("Forwarded", "for=192.0.2.60;proto=http;by=10.0.0.2, for=10.0.0.3", "192.0.2.60")]
    [InlineData("X-Forwarded-For", "192.0.2.60, 10.0.0.3", "192.0.2.60")]
    [InlineData("X-Forwarded-For", "198.51.100.1, 192.0.2.60, 10.0.0.3", "192.0.2.60")]
    public void The_nearest_untrusted_hop_named_by_a_trusted_proxy_is_the_client(string header, string value, string expected)
    {
        Assert.Equal(IPAddress.Parse(expected), BehindProxies.Resolve(Request("10.0.0.1", (header, value))));
    }

    [Theory]
    [InlineData("Forwarded", "for=unknown")]
    [InlineData("X-Forwarded-For", "not-an-address")]
    public void An_unparseable_hop_leaves_the_nearest_trusted_address(string header, string value)
    {
        Assert.Equal(IPAddress.Parse("10.0.0.1"), BehindProxies.Resolve(Request("10.0.0.1", (header, value))));
    }

    [Fact]
    public void Forwarded_is_preferred_over_x_forwarded_for()
    {
        var context = Request("10.0.0.1", ("Forwarded", "for=192.0.2.1"), ("X-Forwarded-For", "192.0.2.2"));

        Assert.Equal(IPAddress.Parse("192.0.2.1"), BehindProxies.Resolve(context));
    }

    [Fact]
    public void Without_trusted_proxies_the_peer_is_the_client_whatever_the_headers_say()
    {
        var resolver = new ClientAddressResolver(new NetworkSettings());

        Assert.Equal(IPAddress.Parse("192.0.2.9"), resolver.Resolve(Request("::ffff:192.0.2.9", ("X-Forwarded-For", "10.1.2.3"))));
    }

    private static DefaultHttpContext Request(string peer, params (string Name, string Value)[] headers)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(peer);
        foreach (var (name, value) in headers)
        {
            context.Request.Headers[name] = value;
        }

        return context;
    }
}
