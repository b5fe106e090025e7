using Spotnet.Client.Http;

namespace Spotnet.Client.Requests;

/// <summary>Parameters of <c>GET /api/v3/openOrders</c>.</summary>
public sealed record OpenOrdersRequest : SignedRequest
{
    /// <summary>One symbol (<c>symbol</c>); all symbols when <see langword="null"/> (weight 80 instead of 6).</summary>
    public string? Symbol { get; init; }

    internal override void WriteParameters(ParameterWriter writer) => writer.Add("symbol", Symbol);
}
