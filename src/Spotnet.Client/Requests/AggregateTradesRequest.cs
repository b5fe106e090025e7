using Spotnet.Client.Http;

namespace Spotnet.Client.Requests;

/// <summary>Parameters of <c>GET /api/v3/aggTrades</c>; <see cref="FromId"/> cannot be combined with a time range.</summary>
/// <param name="Symbol">Symbol (<c>symbol</c>).</param>
public sealed record AggregateTradesRequest(string Symbol) : SpotRequest
{
    /// <summary>First aggregate trade id, inclusive (<c>fromId</c>).</summary>
    public long? FromId { get; init; }

    /// <summary>Start of the time range, inclusive (<c>startTime</c>).</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>End of the time range, inclusive (<c>endTime</c>).</summary>
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>Most trades returned (<c>limit</c>): default 500, at most 1000.</summary>
    public int? Limit { get; init; }

    internal override void WriteParameters(ParameterWriter writer) => writer
        .Add("symbol", Symbol)
        .Add("fromId", FromId)
        .Add("startTime", StartTime)
        .Add("endTime", EndTime)
        .Add("limit", Limit);
}
