using System.Text.Json;
using Spotnet.Protocol.Json;

namespace Spotnet.Client.Json;

/// <summary>The JSON metadata the SDK reads responses with: Protocol's source-generated context, with enums read tolerantly.</summary>
internal static class SdkJson
{
    /// <summary>Protocol's context on the SDK's options.</summary>
    public static SpotJsonContext Context { get; } = new(new JsonSerializerOptions(SpotJsonContext.Default.Options)
    {
        TypeInfoResolver = null,
        Converters = { new TolerantEnumConverterFactory() },
    });
}
