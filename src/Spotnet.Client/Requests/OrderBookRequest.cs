using Spotnet.Client.Http;
using Spotnet.Protocol.Enums;

namespace Spotnet.Client.Requests;

/// <summary>Parameters of <c>GET /api/v3/depth</c>.</summary>
/// <param name="Symbol">Symbol (<c>symbol</c>).</param>
public sealed record OrderBookRequest(string Symbol) : SpotRequest
{
    /// <summary>Levels per side (<c>limit</c>): default 100, at most 5000; the weight grows with it.</summary>
    public int? Limit { get; init; }

    /// <summary>Fails unless the symbol has this status (<c>symbolStatus</c>).</summary>
    public SymbolStatus? SymbolStatus { get; init; }

    internal override void WriteParameters(ParameterWriter writer) => writer
        .Add("symbol", Symbol)
        .Add("limit", Limit)
        .AddEnum("symbolStatus", SymbolStatus);
}
