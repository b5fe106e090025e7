using Spotnet.Client.Http;

namespace Spotnet.Client.Requests;

/// <summary>Parameters of <c>GET /api/v3/allOrders</c>; a time range spans at most 24 hours.</summary>
/// <param name="Symbol">Symbol (<c>symbol</c>).</param>
public sealed record AllOrdersRequest(string Symbol) : SignedRequest
{
    /// <summary>Orders with this id and above (<c>orderId</c>).</summary>
    public long? OrderId { get; init; }

    /// <summary>Start of the time range (<c>startTime</c>).</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>End of the time range (<c>endTime</c>).</summary>
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>Most orders returned (<c>limit</c>): default 500, at most 1000.</summary>
    public int? Limit { get; init; }

    internal override void WriteParameters(ParameterWriter writer) => writer
        .Add("symbol", Symbol)
        .Add("orderId", OrderId)
        .Add("startTime", StartTime)
        .Add("endTime", EndTime)
        .Add("limit", Limit);
}
