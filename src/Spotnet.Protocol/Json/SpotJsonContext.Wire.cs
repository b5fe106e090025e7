using System.Text.Encodings.Web;
using System.Text.Json;

namespace Spotnet.Protocol.Json;

public sealed partial class SpotJsonContext
{
    /// <summary>
    /// The context with Binance's escaping: characters such as <c>'</c>, <c>`</c>, <c>&lt;</c>, <c>+</c> and non-ASCII
    /// text are written as they are instead of <c>\u0027</c>-style escapes (the JSON means the same either way).
    /// </summary>
    /// <remarks>For servers writing responses; <see cref="JsonSerializerContext.Default"/>'s HTML-safe escaping is fine for clients.</remarks>
    public static SpotJsonContext Wire { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
