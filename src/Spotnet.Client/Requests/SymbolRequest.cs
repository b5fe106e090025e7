using Spotnet.Client.Http;

namespace Spotnet.Client.Requests;

/// <summary>A public request naming one symbol (<c>symbol</c>), e.g. for <c>avgPrice</c> or <c>referencePrice</c>.</summary>
/// <param name="Symbol">Symbol (<c>symbol</c>).</param>
public sealed record SymbolRequest(string Symbol) : SpotRequest
{
    internal override void WriteParameters(ParameterWriter writer) => writer.Add("symbol", Symbol);
}
