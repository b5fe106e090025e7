using System.Text.Json;
using Spotnet.Protocol.Json;

namespace Spotnet.Client.Json;

/// <summary>The JSON metadata the SDK reads responses with: Protocol's source-generated context, with enums read tolerantly and the FULL order answer read by hand.</summary>
internal static class SdkJson
{
    /// <summary>Protocol's context on the SDK's options.</summary>
    public static SpotJsonContext Context { get; } = new(new JsonSerializerOptions(SpotJsonContext.Default.Options)
    {
        TypeInfoResolver = null,
        Converters = { new TolerantEnumConverterFactory(), new NewOrderResponseConverter() },
    });
}
