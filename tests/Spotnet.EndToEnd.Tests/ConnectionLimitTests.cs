using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Spotnet.Server.Security;

namespace Spotnet.EndToEnd.Tests;

/// <summary>S-27: the per-IP connection cap and the Kestrel request limits (catalogue §6.6 rows 117–119).</summary>
public sealed class ConnectionLimitTests
{
    private static readonly IPAddress OtherLoopback = IPAddress.Parse("127.0.0.2");

    [Fact]
    public async Task Connections_over_the_per_ip_cap_are_closed_while_other_addresses_are_served()
    {
        await using var server = await TestServer.StartAsync(extraArgs: "--Network:MaxConnectionsPerIp=2");
        using var first = await ConnectAsync(server, IPAddress.Loopback);
        using var second = await ConnectAsync(server, IPAddress.Loopback);
        Assert.StartsWith("HTTP/1.1 200", await PingAsync(first), StringComparison.Ordinal);
        Assert.StartsWith("HTTP/1.1 200", await PingAsync(second), StringComparison.Ordinal);

        var third = await PingOnNewConnectionAsync(server, IPAddress.Loopback);
        var elsewhere = await PingOnNewConnectionAsync(server, OtherLoopback);

        Assert.Equal("", third);
        Assert.StartsWith("HTTP/1.1 200", elsewhere, StringComparison.Ordinal);
        Assert.StartsWith("HTTP/1.1 200", await PingAsync(first), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_connection_frees_its_place_under_the_cap()
    {
        await using var server = await TestServer.StartAsync(extraArgs: "--Network:MaxConnectionsPerIp=1");
        var limiter = server.App.Services.GetRequiredService<ConnectionLimiter>();
        using (var first = await ConnectAsync(server, IPAddress.Loopback))
        {
            Assert.StartsWith("HTTP/1.1 200", await PingAsync(first), StringComparison.Ordinal);
        }

        // The server notices the close asynchronously; wait for it rather than for a fixed time.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (limiter.OpenConnections(IPAddress.Loopback) > 0)
        {
            await Task.Delay(20, timeout.Token);
        }

        using var next = await ConnectAsync(server, IPAddress.Loopback);
        Assert.StartsWith("HTTP/1.1 200", await PingAsync(next), StringComparison.Ordinal);
    }

    [Fact]
    public async Task By_default_the_101st_connection_from_one_address_is_closed()
    {
        await using var server = await TestServer.StartAsync();
        var open = new List<Socket>();
        try
        {
            for (var i = 0; i < 100; i++)
            {
                var socket = await ConnectAsync(server, IPAddress.Loopback);
                open.Add(socket);
                Assert.StartsWith("HTTP/1.1 200", await PingAsync(socket), StringComparison.Ordinal);
            }

            Assert.Equal("", await PingOnNewConnectionAsync(server, IPAddress.Loopback));
        }
        finally
        {
            open.ForEach(socket => socket.Dispose());
        }
    }

    [LongFact]
    public async Task Headers_sent_too_slowly_are_cut_off_after_the_request_headers_timeout()
    {
        await using var server = await TestServer.StartAsync();
        using var socket = await ConnectAsync(server, IPAddress.Loopback);
        await socket.SendAsync(Encoding.ASCII.GetBytes("GET /api/v3/ping HTTP/1.1\r\nHost: localhost\r\n"), SocketFlags.None);

        // Slowloris: the rest of the headers never comes; Kestrel answers 408 or closes once 10 s have passed.
        var started = DateTime.UtcNow;
        var reply = await ReceiveAsync(socket);

        Assert.True(reply.Length == 0 || reply.StartsWith("HTTP/1.1 408", StringComparison.Ordinal), reply);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Request_line_over_8_kib_returns_414()
    {
        await using var server = await TestServer.StartAsync();
        using var socket = await ConnectAsync(server, IPAddress.Loopback);

        var reply = await SendRawAsync(socket, $"GET /api/v3/ping?padding={new string('a', 9 * 1024)} HTTP/1.1\r\nHost: localhost\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 414", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_than_100_headers_return_431()
    {
        await using var server = await TestServer.StartAsync();
        using var socket = await ConnectAsync(server, IPAddress.Loopback);
        var headers = string.Concat(Enumerable.Range(0, 101).Select(i => $"X-Padding-{i}: x\r\n"));

        var reply = await SendRawAsync(socket, $"GET /api/v3/ping HTTP/1.1\r\nHost: localhost\r\n{headers}\r\n");

        Assert.StartsWith("HTTP/1.1 431", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Headers_over_32_kib_return_431()
    {
        await using var server = await TestServer.StartAsync();
        using var socket = await ConnectAsync(server, IPAddress.Loopback);
        var headers = string.Concat(Enumerable.Range(0, 5).Select(i => $"X-Padding-{i}: {new string('x', 7 * 1024)}\r\n"));

        var reply = await SendRawAsync(socket, $"GET /api/v3/ping HTTP/1.1\r\nHost: localhost\r\n{headers}\r\n");

        Assert.StartsWith("HTTP/1.1 431", reply, StringComparison.Ordinal);
    }

    private static async Task<Socket> ConnectAsync(TestServer server, IPAddress local)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(new IPEndPoint(local, 0));
            await socket.ConnectAsync(IPAddress.Loopback, server.Http.BaseAddress!.Port);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    // The response on a fresh connection, or "" when the server closed or reset it (at connect, send or receive).
    private static async Task<string> PingOnNewConnectionAsync(TestServer server, IPAddress local)
    {
        Socket socket;
        try
        {
            socket = await ConnectAsync(server, local);
        }
        catch (SocketException)
        {
            return "";
        }

        using (socket)
        {
            return await PingAsync(socket);
        }
    }

    private static Task<string> PingAsync(Socket socket) =>
        SendRawAsync(socket, "GET /api/v3/ping HTTP/1.1\r\nHost: localhost\r\n\r\n");

    // The response head and body as text, or "" when the server closed the connection instead of answering.
    private static async Task<string> SendRawAsync(Socket socket, string request)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await socket.SendAsync(Encoding.ASCII.GetBytes(request), SocketFlags.None, timeout.Token);
        }
        catch (SocketException)
        {
            // A reset is as good as a close: the connection was refused service.
            return "";
        }

        return await ReceiveAsync(socket);
    }

    private static async Task<string> ReceiveAsync(Socket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            var buffer = new byte[64 * 1024];
            var read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
            return Encoding.ASCII.GetString(buffer, 0, read);
        }
        catch (SocketException)
        {
            return "";
        }
    }
}
