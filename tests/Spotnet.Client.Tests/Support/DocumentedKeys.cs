using System.Text;
using Spotnet.Client.Credentials;

namespace Spotnet.Client.Tests.Support;

/// <summary>The HMAC key pair published in Binance's REST and WebSocket API docs.</summary>
internal static class DocumentedKeys
{
    public const string ApiKey = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
    public const string Secret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";

    public static SpotCredentials Hmac() => new(ApiKey, new TestHmacSigner(Encoding.UTF8.GetBytes(Secret)));
}
