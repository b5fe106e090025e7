using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Spotnet.EndToEnd.Tests;

/// <summary>
/// Catalogue §6.6: a request body that stops arriving, or ends early, is answered 408/400 or the connection is closed;
/// never 500, never a stack trace. Raw sockets against the real server.
/// </summary>
public sealed class SlowBodyTests
{
    [Theory]
    [InlineData("/api/v3/order")]
    [InlineData("/admin/v1/accounts")]
    public async Task A_body_that_stops_arriving_gets_408_or_a_close_never_500(string path)
    {
        await using var server = await TestServer.StartAsync();
        using var socket = await ConnectAsync(server);
        await SendAsync(socket, Head(server, path, 1000) + "symbol=BTCUSDT&side=BUY");

        // The rest of the body never comes: Kestrel's minimum body data rate (240 B/s after a 5 s grace) cuts it off.
        var reply = await ReceiveAllAsync(socket);

        AssertRefusedCleanly(reply, 408);
    }

    [Theory]
    [InlineData("/api/v3/order")]
    [InlineData("/admin/v1/accounts")]
    public async Task A_body_shorter_than_its_content_length_gets_400_or_a_close_never_500(string path)
    {
        await using var server = await TestServer.StartAsync();
        using var socket = await ConnectAsync(server);
        await SendAsync(socket, Head(server, path, 1000) + "symbol=BTCUSDT&side=BUY");

        // The client gives up half-way: end of stream before Content-Length bytes.
        socket.Shutdown(SocketShutdown.Send);
        var reply = await ReceiveAllAsync(socket);

        AssertRefusedCleanly(reply, 400);
        Assert.Equal(200, (await server.SendAsync(HttpMethod.Get, "/api/v3/ping")).Status);
    }

    private static void AssertRefusedCleanly(string reply, int status)
    {
        Assert.True(reply.Length == 0 || reply.StartsWith($"HTTP/1.1 {status}", StringComparison.Ordinal), reply);
        Assert.DoesNotContain("Exception", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", reply, StringComparison.Ordinal);
    }

    private static string Head(TestServer server, string path, int contentLength) =>
        $"POST {path} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {server.AdminToken}\r\n"
        + $"Content-Type: {(path.StartsWith("/admin", StringComparison.Ordinal) ? "application/json" : "application/x-www-form-urlencoded")}\r\n"
        + $"Content-Length: {contentLength}\r\n\r\n";

    private static async Task<Socket> ConnectAsync(TestServer server)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(IPAddress.Loopback, server.Http.BaseAddress!.Port);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static async Task SendAsync(Socket socket, string text) =>
        await socket.SendAsync(Encoding.ASCII.GetBytes(text), SocketFlags.None);

    // Everything the server sends until it closes the connection ("" when it closes or resets without answering).
    private static async Task<string> ReceiveAllAsync(Socket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var received = new StringBuilder();
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token)) > 0)
            {
                received.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }
        }
        catch (SocketException)
        {
            // A reset after (or instead of) the answer: the connection was refused service.
        }

        return received.ToString();
    }
}
