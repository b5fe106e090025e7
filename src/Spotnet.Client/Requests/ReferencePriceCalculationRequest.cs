using Spotnet.Client.Http;
using Spotnet.Protocol.Enums;

namespace Spotnet.Client.Requests;

/// <summary>Parameters of <c>GET /api/v3/referencePrice/calculation</c>.</summary>
/// <param name="Symbol">Symbol (<c>symbol</c>).</param>
public sealed record ReferencePriceCalculationRequest(string Symbol) : SpotRequest
{
    /// <summary>Fails unless the symbol has this status (<c>symbolStatus</c>).</summary>
    public SymbolStatus? SymbolStatus { get; init; }

    internal override void WriteParameters(ParameterWriter writer) => writer
        .Add("symbol", Symbol)
        .AddEnum("symbolStatus", SymbolStatus);
}
