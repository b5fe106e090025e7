using System.Text.Json;
using Spotnet.Client.Http;
using Spotnet.Client.Requests;

namespace Spotnet.Client;

// General endpoints.
public sealed partial class SpotRestClient
{
    private static readonly RestEndpoint Ping = new("GET", "/api/v3/ping", Signed: false, Weight: 1);
    private static readonly RestEndpoint Time = new("GET", "/api/v3/time", Signed: false, Weight: 1);

    /// <summary>Tests connectivity: <c>GET /api/v3/ping</c>, weight 1.</summary>
    public Task PingAsync(CancellationToken cancellationToken = default) =>
        SendAsync(Ping, EmptyRequest.Instance, static _ => true, cancellationToken);

    /// <summary>Reads the server's clock (<c>serverTime</c>): <c>GET /api/v3/time</c>, weight 1.</summary>
    public Task<DateTimeOffset> GetServerTimeAsync(CancellationToken cancellationToken = default) =>
        SendAsync(Time, EmptyRequest.Instance, static body => DateTimeOffset.FromUnixTimeMilliseconds(ReadServerTime(body)), cancellationToken);

    private static long ReadServerTime(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("serverTime").GetInt64();
    }
}
