using System.Text.Json;

namespace Spotnet.EndToEnd.Tests;

/// <summary>Signed calls for one account in trading tests: adds <c>timestamp</c> and signs with the account's key.</summary>
internal sealed class TradingClient(TestServer server, Signer signer)
{
    public Signer Signer => signer;

    public Task<Reply> SendAsync(HttpMethod method, string path, string parameters = "", Action<HttpRequestMessage>? configure = null) =>
        server.SendAsync(method, path, (parameters.Length > 0 ? parameters + "&" : "") + $"timestamp={server.NowMilliseconds}", signer: signer, configure: configure);

    public Task<Reply> PostAsync(string path, string parameters) => SendAsync(HttpMethod.Post, path, parameters);

    public Task<Reply> GetAsync(string path, string parameters = "") => SendAsync(HttpMethod.Get, path, parameters);

    public Task<Reply> DeleteAsync(string path, string parameters) => SendAsync(HttpMethod.Delete, path, parameters);

    public async Task<JsonElement> OkAsync(Task<Reply> call)
    {
        var reply = await call;
        Assert.True(reply.Status == 200, $"expected 200 but got {reply.Status}: {reply.Text}");
        return reply.Json;
    }

    /// <summary>Free and locked of one asset, from <c>GET /api/v3/account</c>.</summary>
    public async Task<(string Free, string Locked)> BalanceAsync(string asset)
    {
        var account = await OkAsync(GetAsync("/api/v3/account"));
        foreach (var balance in account.GetProperty("balances").EnumerateArray())
        {
            if (balance.GetProperty("asset").GetString() == asset)
            {
                return (balance.GetProperty("free").GetString()!, balance.GetProperty("locked").GetString()!);
            }
        }

        throw new InvalidOperationException($"{asset} is not in the account.");
    }

    public static async Task<TradingClient> CreateAsync(TestServer server, string type = "HMAC") => new(server, await server.CreateKeyAsync(type));
}
