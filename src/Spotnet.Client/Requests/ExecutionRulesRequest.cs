using Spotnet.Client.Http;
using Spotnet.Protocol.Enums;

namespace Spotnet.Client.Requests;

/// <summary>Filters for <c>GET /api/v3/executionRules</c>; at most one may be set.</summary>
public sealed record ExecutionRulesRequest : SpotRequest
{
    /// <summary>One symbol (<c>symbol</c>).</summary>
    public string? Symbol { get; init; }

    /// <summary>Several symbols (<c>symbols</c>).</summary>
    public IReadOnlyList<string>? Symbols { get; init; }

    /// <summary>Only symbols with this status (<c>symbolStatus</c>).</summary>
    public SymbolStatus? SymbolStatus { get; init; }

    internal override void WriteParameters(ParameterWriter writer) => writer
        .Add("symbol", Symbol)
        .AddArray("symbols", Symbols)
        .AddEnum("symbolStatus", SymbolStatus);
}
