namespace Spotnet.Client.Errors;

/// <summary>A state-changing request whose answer never arrived (timeout, reset, truncated body): it may or may not have been executed.</summary>
/// <remarks>The SDK never retries such a request; query the order by <see cref="ClientOrderId"/> (see <c>SpotRestClient.ResolveOrderAsync</c>) to learn the outcome.</remarks>
public sealed class SpotExecutionUnknownException : Exception
{
    /// <summary>Creates the exception for a request to <paramref name="path"/>.</summary>
    public SpotExecutionUnknownException(string path, string? clientOrderId, Exception innerException)
        : base($"No answer to {path}; execution status unknown{(clientOrderId is null ? "." : $" for newClientOrderId '{clientOrderId}'.")}", innerException)
    {
        Path = path;
        ClientOrderId = clientOrderId;
    }

    /// <summary>The endpoint path, e.g. <c>/api/v3/order</c>.</summary>
    public string Path { get; }

    /// <summary>The <c>newClientOrderId</c> the request carried, if it placed an order.</summary>
    public string? ClientOrderId { get; }
}
