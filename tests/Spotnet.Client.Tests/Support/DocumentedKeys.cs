using System.Security.Cryptography;
using System.Text;
using Spotnet.Client.Credentials;

namespace Spotnet.Client.Tests.Support;

/// <summary>The HMAC key pair published in Binance's REST and WebSocket API docs.</summary>
internal static class DocumentedKeys
{
    public const string ApiKey = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
    public const string Secret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";

    public static SpotCredentials Hmac() => SpotCredentials.FromSecret(ApiKey, Secret);

    /// <summary>HMAC-SHA256 lowercase hex computed independently of Protocol, as the test oracle.</summary>
    public static string ExpectedHmac(string payload) => Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(payload)));
}
