using Spotnet.Protocol.Endpoints;

namespace Spotnet.Server.Api;

/// <summary>
/// The one place that maps an endpoint to its handler; the pipeline serves exactly these routes, with method, path,
/// security and weight taken from Protocol's <see cref="EndpointTable"/>.
/// </summary>
public sealed class ApiRouteTable
{
    private readonly Dictionary<(string Method, string Path), ApiRoute> _routes = [];

    /// <summary>Every registered route.</summary>
    public IEnumerable<ApiRoute> Routes => _routes.Values;

    /// <summary>
    /// Serves an endpoint of the table. The grammar comes from the table's parameter list; <paramref name="refinements"/>
    /// replace entries by name (for example an ENUM's allowed values and error).
    /// </summary>
    public ApiRouteTable Map(EndpointId id, ApiHandler handler, params ParameterSpec[] refinements) =>
        Map(EndpointTable.FindRest(id) ?? throw new ArgumentException($"{id} has no REST endpoint.", nameof(id)), handler, refinements);

    /// <summary>Serves an endpoint described by the caller (tests use this for probes).</summary>
    public ApiRouteTable Map(RestEndpoint endpoint, ApiHandler handler, params ParameterSpec[] refinements)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(refinements);
        var parameters = endpoint.Parameters
            .Where(parameter => parameter.Name is not ("timestamp" or "recvWindow"))
            .Select(parameter => Array.Find(refinements, refinement => refinement.Name == parameter.Name) ?? ParameterSpec.From(parameter))
            .ToList();
        foreach (var refinement in refinements)
        {
            if (!parameters.Contains(refinement))
            {
                throw new ArgumentException($"{refinement.Name} is not a parameter of {endpoint.Path}.", nameof(refinements));
            }
        }

        if (!_routes.TryAdd((endpoint.HttpMethod, endpoint.Path), new ApiRoute(endpoint, parameters, handler)))
        {
            throw new InvalidOperationException($"{endpoint.HttpMethod} {endpoint.Path} is mapped twice.");
        }

        return this;
    }

    /// <summary>Finds the route for a method and path.</summary>
    public ApiRoute? Find(string method, string path) => _routes.GetValueOrDefault((method, path));
}
