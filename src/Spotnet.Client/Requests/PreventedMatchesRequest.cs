using Spotnet.Client.Http;

namespace Spotnet.Client.Requests;

/// <summary>Parameters of <c>GET /api/v3/myPreventedMatches</c>: by <see cref="PreventedMatchId"/>, or by <see cref="OrderId"/> with optional paging.</summary>
/// <param name="Symbol">Symbol (<c>symbol</c>).</param>
public sealed record PreventedMatchesRequest(string Symbol) : SignedRequest
{
    /// <summary>One prevented match (<c>preventedMatchId</c>).</summary>
    public long? PreventedMatchId { get; init; }

    /// <summary>The prevented matches of this order (<c>orderId</c>).</summary>
    public long? OrderId { get; init; }

    /// <summary>Prevented matches with this id and above (<c>fromPreventedMatchId</c>).</summary>
    public long? FromPreventedMatchId { get; init; }

    /// <summary>Most entries returned (<c>limit</c>): default 500, at most 1000.</summary>
    public int? Limit { get; init; }

    internal override void WriteParameters(ParameterWriter writer) => writer
        .Add("symbol", Symbol)
        .Add("preventedMatchId", PreventedMatchId)
        .Add("orderId", OrderId)
        .Add("fromPreventedMatchId", FromPreventedMatchId)
        .Add("limit", Limit);
}
