using Spotnet.Client.Http;

namespace Spotnet.Client.Requests;

/// <summary>Parameters of <c>GET /api/v3/allOrderList</c>; <see cref="FromId"/> cannot be combined with a time range.</summary>
public sealed record AllOrderListsRequest : SignedRequest
{
    /// <summary>Lists with this id and above (<c>fromId</c>).</summary>
    public long? FromId { get; init; }

    /// <summary>Start of the time range (<c>startTime</c>).</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>End of the time range (<c>endTime</c>).</summary>
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>Most lists returned (<c>limit</c>): default 500, at most 1000.</summary>
    public int? Limit { get; init; }

    internal override void WriteParameters(ParameterWriter writer) => writer
        .Add("fromId", FromId)
        .Add("startTime", StartTime)
        .Add("endTime", EndTime)
        .Add("limit", Limit);
}
