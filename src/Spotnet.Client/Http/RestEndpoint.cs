namespace Spotnet.Client.Http;

/// <summary>How one REST endpoint is called: verb, path, whether it is signed, its request weight and whether it places orders.</summary>
internal sealed record RestEndpoint(string Method, string Path, bool Signed, int Weight, bool PlacesOrder = false)
{
    /// <summary>Whether repeating the request cannot change state, so it may be retried.</summary>
    public bool IsRead => Method == "GET";

    /// <summary>The HTTP method object.</summary>
    public HttpMethod HttpMethod { get; } = HttpMethod.Parse(Method);
}
