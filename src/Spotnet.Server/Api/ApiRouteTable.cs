namespace Spotnet.Server.Api;

/// <summary>The one place that maps a method and path to an endpoint; the pipeline serves exactly these.</summary>
public sealed class ApiRouteTable
{
    private readonly Dictionary<string, ApiRoute> _routes = new(StringComparer.Ordinal);

    /// <summary>Every registered route.</summary>
    public IEnumerable<ApiRoute> Routes => _routes.Values;

    /// <summary>Registers a route; a second route for the same method and path is a programming error.</summary>
    public ApiRouteTable Map(ApiRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (!_routes.TryAdd(Key(route.Method, route.Path), route))
        {
            throw new InvalidOperationException($"{route.Method} {route.Path} is mapped twice.");
        }

        return this;
    }

    /// <summary>Finds the route for a method and path.</summary>
    public ApiRoute? Find(string method, string path) => _routes.GetValueOrDefault(Key(method, path));

    private static string Key(string method, string path) => method + " " + path;
}
