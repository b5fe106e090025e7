using Spotnet.Client.Http;

namespace Spotnet.Client.Requests;

/// <summary>Parameters of <c>GET /api/v3/order/amendments</c>.</summary>
/// <param name="Symbol">Symbol (<c>symbol</c>).</param>
/// <param name="OrderId">The amended order (<c>orderId</c>).</param>
public sealed record OrderAmendmentsRequest(string Symbol, long OrderId) : SignedRequest
{
    /// <summary>Amendments with this execution id and above (<c>fromExecutionId</c>).</summary>
    public long? FromExecutionId { get; init; }

    /// <summary>Most amendments returned (<c>limit</c>): default 500, at most 1000.</summary>
    public int? Limit { get; init; }

    internal override void WriteParameters(ParameterWriter writer) => writer
        .Add("symbol", Symbol)
        .Add("orderId", OrderId)
        .Add("fromExecutionId", FromExecutionId)
        .Add("limit", Limit);
}
