using Spotnet.Client.Http;

namespace Spotnet.Client.Requests;

/// <summary>A signed request naming one symbol (<c>symbol</c>), e.g. for <c>account/commission</c> or <c>myFilters</c>.</summary>
/// <param name="Symbol">Symbol (<c>symbol</c>).</param>
public sealed record SignedSymbolRequest(string Symbol) : SignedRequest
{
    internal override void WriteParameters(ParameterWriter writer) => writer.Add("symbol", Symbol);
}
