using Spotnet.Client.Http;

namespace Spotnet.Client.Requests;

/// <summary>Parameters of <c>GET /api/v3/myAllocations</c> (SOR allocations); a time range spans at most 24 hours.</summary>
/// <param name="Symbol">Symbol (<c>symbol</c>).</param>
public sealed record AllocationsRequest(string Symbol) : SignedRequest
{
    /// <summary>Start of the time range (<c>startTime</c>).</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>End of the time range (<c>endTime</c>).</summary>
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>Allocations with this id and above (<c>fromAllocationId</c>).</summary>
    public long? FromAllocationId { get; init; }

    /// <summary>Most allocations returned (<c>limit</c>): default 500, at most 1000.</summary>
    public int? Limit { get; init; }

    /// <summary>Only the allocations of this order (<c>orderId</c>).</summary>
    public long? OrderId { get; init; }

    internal override void WriteParameters(ParameterWriter writer) => writer
        .Add("symbol", Symbol)
        .Add("startTime", StartTime)
        .Add("endTime", EndTime)
        .Add("fromAllocationId", FromAllocationId)
        .Add("limit", Limit)
        .Add("orderId", OrderId);
}
