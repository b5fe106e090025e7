using System.Net;
using System.Net.Sockets;

namespace Spotnet.EndToEnd.Tests.Reset;

/// <summary>HTTP clients that connect from another loopback address (127.0.0.2, 127.0.0.3…), a second "IP" for the server.</summary>
internal static class LoopbackClient
{
    public static HttpClient From(string source, Uri baseAddress) =>
        new(new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(IPAddress.Parse(source), 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
        })
        { BaseAddress = baseAddress };

    /// <summary>Sends a signed GET from <paramref name="client"/>.</summary>
    public static async Task<Reply> SignedGetAsync(HttpClient client, Signer signer, string path, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{path}?{query}&signature={Uri.EscapeDataString(signer.Sign(query))}");
        request.Headers.Add("X-MBX-APIKEY", signer.ApiKey);
        return await Reply.ReadAsync(await client.SendAsync(request));
    }
}
