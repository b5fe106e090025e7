using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Spotnet.Protocol.Signing;

namespace Spotnet.LoadGenerator;

/// <summary>Creates accounts and HMAC keys through Spotnet's operator API (<c>/admin/v1</c>).</summary>
internal static class OperatorApi
{
    /// <summary>Creates <paramref name="count"/> accounts, each with one HMAC key.</summary>
    public static async Task<IReadOnlyList<BenchAccount>> CreateAccountsAsync(Uri baseAddress, string adminToken, int count)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
        var accounts = new List<BenchAccount>(count);
        for (var i = 0; i < count; i++)
        {
            using var account = await PostAsync(http, "admin/v1/accounts", new { name = $"load-{i}" }).ConfigureAwait(false);
            var accountId = account.RootElement.GetProperty("accountId").GetInt64();
            using var key = await PostAsync(http, $"admin/v1/accounts/{accountId}/api-keys", new { type = "HMAC" })
                .ConfigureAwait(false);
            accounts.Add(new BenchAccount(
                accountId,
                key.RootElement.GetProperty("apiKey").GetString()!,
                SigningKey.FromSecret(key.RootElement.GetProperty("secretKey").GetString()!)));
        }

        return accounts;
    }

    private static async Task<JsonDocument> PostAsync(HttpClient http, string path, object body)
    {
        using var response = await http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /{path} answered {(int)response.StatusCode}: {text}");
        }

        return JsonDocument.Parse(text);
    }
}
