namespace Spotnet.Protocol.Endpoints;

/// <summary>One request parameter of an endpoint, from Binance's parameter table.</summary>
/// <param name="Name">Wire name, case-sensitive (<c>quoteOrderQty</c>).</param>
/// <param name="Type">Wire type.</param>
/// <param name="Required">Whether the table marks it mandatory; type-dependent and either-or rules are the server's.</param>
public sealed record EndpointParameter(string Name, ParameterType Type, bool Required);
