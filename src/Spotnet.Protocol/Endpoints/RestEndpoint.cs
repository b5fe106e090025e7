namespace Spotnet.Protocol.Endpoints;

/// <summary>A REST endpoint of <c>/api/v3</c> as data: route, security, weight, order count and parameters.</summary>
/// <param name="Id">Stable identity, shared with the WebSocket API method.</param>
/// <param name="HttpMethod">HTTP method (<c>GET</c>, <c>POST</c>, <c>PUT</c>, <c>DELETE</c>).</param>
/// <param name="Path">Path, e.g. <c>/api/v3/order</c>.</param>
/// <param name="Group">Documentation group.</param>
/// <param name="Security">Security type.</param>
/// <param name="DataSource">Documented data source.</param>
/// <param name="Weight">Request-weight rule.</param>
/// <param name="UnfilledOrderCount">How much a successful request adds to the unfilled order count.</param>
/// <param name="Parameters">Parameters (for signed endpoints including <c>recvWindow</c> and <c>timestamp</c>).</param>
public sealed record RestEndpoint(
    EndpointId Id,
    string HttpMethod,
    string Path,
    EndpointGroup Group,
    SecurityType Security,
    DataSource DataSource,
    WeightRule Weight,
    int UnfilledOrderCount,
    IReadOnlyList<EndpointParameter> Parameters);
