namespace Spotnet.Server.Api;

/// <summary>Handles one endpoint after the pipeline has done auth, limits and parameter grammar.</summary>
public delegate ValueTask<ApiResult> ApiHandler(ApiRequest request);

/// <summary>One REST endpoint: method, path, security, weight, parameters and handler.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path, for example <c>/api/v3/ping</c>.</param>
/// <param name="Security">Security type.</param>
/// <param name="Weight">REQUEST_WEIGHT of a request, which may depend on its parameters.</param>
/// <param name="Parameters">Parameters the endpoint reads, besides <c>timestamp</c>, <c>recvWindow</c> and <c>signature</c>.</param>
/// <param name="Handler">The handler.</param>
public sealed record ApiRoute(
    string Method, string Path, SecurityType Security, Func<RequestParameters, int> Weight,
    IReadOnlyList<ParameterSpec> Parameters, ApiHandler Handler)
{
    /// <summary>Unfilled orders a successful request adds (0 for non-order endpoints).</summary>
    public int OrderCount { get; init; }

    /// <summary>Whether a successful request costs no weight (order placement and cancelation since 2026-03-27).</summary>
    public bool FreeOnSuccess { get; init; }

    /// <summary>Whether the endpoint needs <c>timestamp</c> and <c>signature</c>.</summary>
    public bool IsSigned => Security != SecurityType.None;
}
