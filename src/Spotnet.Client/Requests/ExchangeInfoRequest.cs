using Spotnet.Client.Http;
using Spotnet.Protocol.Enums;

namespace Spotnet.Client.Requests;

/// <summary>Filters for <c>GET /api/v3/exchangeInfo</c>; all optional, and permissions or status cannot be combined with symbols.</summary>
public sealed record ExchangeInfoRequest : SpotRequest
{
    /// <summary>One symbol (<c>symbol</c>).</summary>
    public string? Symbol { get; init; }

    /// <summary>Several symbols (<c>symbols</c>).</summary>
    public IReadOnlyList<string>? Symbols { get; init; }

    /// <summary>Permissions the symbols must have (<c>permissions</c>).</summary>
    public IReadOnlyList<string>? Permissions { get; init; }

    /// <summary>Whether to include <c>permissionSets</c> (<c>showPermissionSets</c>, server default true).</summary>
    public bool? ShowPermissionSets { get; init; }

    /// <summary>Only symbols with this status (<c>symbolStatus</c>).</summary>
    public SymbolStatus? SymbolStatus { get; init; }

    internal override void WriteParameters(ParameterWriter writer) => writer
        .Add("symbol", Symbol)
        .AddArray("symbols", Symbols)
        .AddArray("permissions", Permissions)
        .Add("showPermissionSets", ShowPermissionSets)
        .AddEnum("symbolStatus", SymbolStatus);
}
