namespace Spotnet.Protocol.Endpoints;

/// <summary>A WebSocket API (<c>/ws-api/v3</c>) method as data: name, security, weight, order count and parameters.</summary>
/// <param name="Id">Stable identity, shared with the REST endpoint when there is one.</param>
/// <param name="Name">Method name, e.g. <c>order.place</c>.</param>
/// <param name="Group">Documentation group.</param>
/// <param name="Security">Security type.</param>
/// <param name="DataSource">Documented data source.</param>
/// <param name="Weight">Request-weight rule.</param>
/// <param name="UnfilledOrderCount">How much a successful request adds to the unfilled order count.</param>
/// <param name="Parameters">Parameters (for signed methods including <c>apiKey</c>, <c>signature</c>, <c>recvWindow</c>, <c>timestamp</c>).</param>
public sealed record WebSocketMethod(
    EndpointId Id,
    string Name,
    EndpointGroup Group,
    SecurityType Security,
    DataSource DataSource,
    WeightRule Weight,
    int UnfilledOrderCount,
    IReadOnlyList<EndpointParameter> Parameters);
