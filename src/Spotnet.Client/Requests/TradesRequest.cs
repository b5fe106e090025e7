using Spotnet.Client.Http;

namespace Spotnet.Client.Requests;

/// <summary>Parameters of <c>GET /api/v3/trades</c>, <c>historicalTrades</c> and <c>historicalBlockTrades</c>.</summary>
/// <param name="Symbol">Symbol (<c>symbol</c>).</param>
public sealed record TradesRequest(string Symbol) : SpotRequest
{
    /// <summary>Most trades returned (<c>limit</c>): default 500, at most 1000.</summary>
    public int? Limit { get; init; }

    /// <summary>First trade id (<c>fromId</c>); historical endpoints only, and required for block trades.</summary>
    public long? FromId { get; init; }

    internal override void WriteParameters(ParameterWriter writer) => writer
        .Add("symbol", Symbol)
        .Add("limit", Limit)
        .Add("fromId", FromId);
}
