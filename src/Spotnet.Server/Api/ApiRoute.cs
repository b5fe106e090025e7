using Spotnet.Protocol.Endpoints;

namespace Spotnet.Server.Api;

/// <summary>Handles one endpoint after the pipeline has done auth, limits and parameter grammar.</summary>
public delegate ValueTask<ApiResult> ApiHandler(ApiRequest request);

/// <summary>One served REST endpoint: its row of Protocol's endpoint table, its parameter grammar and its handler.</summary>
/// <param name="Endpoint">Method, path, security, weight and unfilled order count, from <see cref="EndpointTable"/>.</param>
/// <param name="Parameters">Parameters the endpoint reads, besides <c>timestamp</c>, <c>recvWindow</c> and <c>signature</c>.</param>
/// <param name="Handler">The handler.</param>
public sealed record ApiRoute(RestEndpoint Endpoint, IReadOnlyList<ParameterSpec> Parameters, ApiHandler Handler)
{
    /// <summary>Security type.</summary>
    public SecurityType Security => Endpoint.Security;

    /// <summary>Unfilled orders a successful request adds (0 for non-order endpoints).</summary>
    public int OrderCount => Endpoint.UnfilledOrderCount;

    /// <summary>Whether a successful request costs no weight (order placement and cancelation since 2026-03-27).</summary>
    public bool FreeOnSuccess => Endpoint.Weight.ZeroWhenSuccessful;

    /// <summary>Whether the endpoint needs <c>timestamp</c> and <c>signature</c>.</summary>
    public bool IsSigned => Security != SecurityType.None;
}
