using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Spotnet.Reliability.Tests;

/// <summary>An account on the server with one HMAC key, sending signed REST requests the way a bot does.</summary>
public sealed class TradingAccount
{
    private readonly byte[] _secret;

    /// <summary>Creates the handle.</summary>
    public TradingAccount(int index, long accountId, string apiKey, string secret, IReadOnlyDictionary<string, decimal> grant)
    {
        Index = index;
        AccountId = accountId;
        ApiKey = apiKey;
        Grant = grant;
        _secret = Encoding.ASCII.GetBytes(secret);
    }

    /// <summary>Position of the account in the test's list (names client order ids).</summary>
    public int Index { get; }

    /// <summary>Server account id.</summary>
    public long AccountId { get; }

    /// <summary>API key (<c>X-MBX-APIKEY</c>).</summary>
    public string ApiKey { get; }

    /// <summary>What the account was granted at creation, per asset.</summary>
    public IReadOnlyDictionary<string, decimal> Grant { get; }

    /// <summary>Creates an account with an HMAC key through the operator API.</summary>
    public static async Task<TradingAccount> CreateAsync(HttpClient http, string adminToken, int index)
    {
        ArgumentNullException.ThrowIfNull(http);
        var account = await AdminPostAsync(http, adminToken, "/admin/v1/accounts", $"{{\"name\":\"crash-{index}\"}}");
        var accountId = account.GetProperty("accountId").GetInt64();
        var key = await AdminPostAsync(http, adminToken, $"/admin/v1/accounts/{accountId}/api-keys", "{\"type\":\"HMAC\"}");
        var grant = account.GetProperty("balances").EnumerateArray().ToDictionary(
            balance => balance.GetProperty("asset").GetString()!,
            balance => Amount.Parse(balance.GetProperty("free")) + Amount.Parse(balance.GetProperty("locked")));
        return new TradingAccount(index, accountId, key.GetProperty("apiKey").GetString()!, key.GetProperty("secretKey").GetString()!, grant);
    }

    /// <summary>
    /// Sends a signed request with the parameters in the query string. Throws <see cref="HttpRequestException"/> or
    /// <see cref="TaskCanceledException"/> when no complete answer came (the outcome is then unknown).
    /// </summary>
    public async Task<ApiAnswer> SendAsync(HttpClient http, HttpMethod method, string path, IEnumerable<(string Name, string Value)> parameters)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(parameters);
        var query = new StringBuilder();
        foreach (var (name, value) in parameters)
        {
            query.Append(name).Append('=').Append(Uri.EscapeDataString(value)).Append('&');
        }

        // A wide recvWindow: two busy cores can delay a request by seconds, and timing is not what this tests.
        query.Append(CultureInfo.InvariantCulture, $"recvWindow=60000&timestamp={DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}");
        var payload = query.ToString();
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(_secret, Encoding.ASCII.GetBytes(payload)));
        using var request = new HttpRequestMessage(method, new Uri($"{path}?{payload}&signature={signature}", UriKind.Relative));
        request.Headers.Add("X-MBX-APIKEY", ApiKey);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        using var document = JsonDocument.Parse(body);
        return new ApiAnswer(response.StatusCode, document.RootElement.Clone());
    }

    /// <summary>Sends a signed request and fails unless it succeeds (for reads during verification).</summary>
    public async Task<JsonElement> ReadAsync(HttpClient http, string path, params (string Name, string Value)[] parameters)
    {
        var answer = await SendAsync(http, HttpMethod.Get, path, parameters);
        if (!answer.IsSuccess)
        {
            throw new InvalidOperationException($"GET {path} for account {AccountId} answered {(int)answer.Status}: {answer.Body}");
        }

        return answer.Body;
    }

    private static async Task<JsonElement> AdminPostAsync(HttpClient http, string adminToken, string path, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {body}");
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }
}
